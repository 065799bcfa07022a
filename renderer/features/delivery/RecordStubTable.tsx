import { useTranslation } from 'react-i18next';
import { currentDefinition } from '../../../shared/definitions/registry';
import type { RecordStub } from '../../../shared/bundles/recordStub';
import type { Locale } from '../../../shared/settings/settings';
import { useTimeFormat } from '../../ui/useTimeFormat';

/** What stays of each removed record: its reference and type, the sealed revision delivered, when and how. */
export function RecordStubTable({ stubs }: { readonly stubs: readonly RecordStub[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const formatTime = useTimeFormat();
  return (
    <table className="monitor-table record-stubs">
      <caption>{t('delivery.removal.stubsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('delivery.removal.reference')}</th>
          <th scope="col">{t('delivery.removal.type')}</th>
          <th scope="col">{t('delivery.removal.revision')}</th>
          <th scope="col">{t('delivery.removal.delivered')}</th>
          <th scope="col">{t('delivery.removal.removedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {stubs.map((stub) => (
          <tr key={stub.recordId}>
            <td>{stub.localRef}</td>
            <td>{currentDefinition(stub.recordType).label[locale]}</td>
            <td>
              <span title={stub.head.contentHash}>{t('delivery.removal.revisionValue', { seq: stub.head.seq, hash: stub.head.contentHash.slice(0, 12) })}</span>
            </td>
            <td>{t('delivery.removal.deliveredValue', { time: formatTime(stub.deliveredAt), bundle: stub.bundleSeq })}</td>
            <td>{formatTime(stub.removedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
