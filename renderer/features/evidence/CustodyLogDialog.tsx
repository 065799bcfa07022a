import { useTranslation } from 'react-i18next';
import type { CustodyEntry, CustodyVerdict } from '../../../shared/evidence/custodyEvent';
import type { EvidenceSummary } from '../../../shared/evidence/evidenceSummary';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';
import { useTimeFormat } from '../../ui/useTimeFormat';
import { ModalDialog } from '../../ui/ModalDialog';
import { claimedTime, keyFingerprint } from './evidenceFormat';
import { useCustodyLog } from './useCustodyLog';

type CustodyLogDialogProps = { readonly item: EvidenceSummary; readonly onClose: () => void };

/** The verdict comes first: a monitor must not read a log as history before knowing it holds. */
function Verdict({ verdict }: { readonly verdict: CustodyVerdict }) {
  const { t } = useTranslation();
  if (verdict.ok) {
    return (
      <p role="status" className="custody-verdict custody-verdict-ok">
        {t('evidence.custody.intact', { count: verdict.events })}
      </p>
    );
  }
  return (
    <div role="alert" className="alert custody-verdict">
      <p>{t(`evidence.custody.problem.${verdict.problem}`, { seq: verdict.atSeq })}</p>
      <p>{t('evidence.custody.verifiedBefore')}</p>
    </div>
  );
}

function CustodyTable({ entries }: { readonly entries: readonly CustodyEntry[] }) {
  const { t } = useTranslation();
  const formatTime = useTimeFormat();
  return (
    <table className="custody-table">
      <caption className="visually-hidden">{t('evidence.custody.list')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('evidence.custody.columns.seq')}</th>
          <th scope="col">{t('evidence.custody.columns.action')}</th>
          <th scope="col">{t('evidence.custody.columns.time')}</th>
          <th scope="col">{t('evidence.custody.columns.actor')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(({ event, leaf }) => (
          <tr key={leaf}>
            <td>{event.seq}</td>
            <td>{t(`evidence.custody.action.${event.action}`)}</td>
            <td>{claimedTime(formatTime, event.t)}</td>
            <td className="mono" title={event.actor} translate="no">
              {keyFingerprint(event.actor)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Who did what to one file, and when by their clock, as signed events in order. */
export function CustodyLogDialog({ item, onClose }: CustodyLogDialogProps) {
  const { t } = useTranslation();
  const log = useCustodyLog(item.id);
  return (
    <ModalDialog title={t('evidence.custody.title', { name: item.name })} closeLabel={t('evidence.preview.close')} onClose={onClose} className="custody-dialog">
      <StatusMessage message={log.kind === 'loading' ? t('evidence.custody.loading') : null} />
      <ErrorAlert message={log.kind === 'failed' ? t(`errors.${log.code}`) : null} />
      {log.kind === 'ready' ? (
        <>
          <Verdict verdict={log.verdict} />
          <CustodyTable entries={log.entries} />
        </>
      ) : null}
    </ModalDialog>
  );
}
