import { useTranslation } from 'react-i18next';
import { useTimeFormat } from '../../ui/useTimeFormat';
import type { SentBundle } from './useSentBundles';

/** Every bundle this laptop saved, newest first, and whether a receipt came back for it. */
export function SentBundleTable({ bundles }: { readonly bundles: readonly SentBundle[] }) {
  const { t } = useTranslation();
  const formatTime = useTimeFormat();
  if (bundles.length === 0) {
    return <p>{t('delivery.sent.none')}</p>;
  }
  return (
    <table className="monitor-table sent-bundles">
      <caption className="visually-hidden">{t('delivery.sent.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('delivery.sent.number')}</th>
          <th scope="col">{t('delivery.sent.date')}</th>
          <th scope="col">{t('delivery.sent.items')}</th>
          <th scope="col">{t('delivery.sent.status')}</th>
        </tr>
      </thead>
      <tbody>
        {bundles.map((bundle) => (
          <tr key={bundle.bundleId}>
            <td>{bundle.seq}</td>
            <td>{formatTime(bundle.at)}</td>
            <td>{bundle.items}</td>
            <td>{bundle.delivered ? t('delivery.sent.delivered') : t('delivery.sent.waiting')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
