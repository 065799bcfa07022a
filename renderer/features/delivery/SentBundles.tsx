import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionButton } from '../../ui/ActionButton';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';
import { SentBundleTable } from './SentBundleTable';
import type { ReceiptOutcome, useSentBundles } from './useSentBundles';

type Sent = ReturnType<typeof useSentBundles>;

function statusText(outcome: ReceiptOutcome, t: ReturnType<typeof useTranslation>['t']): string | null {
  switch (outcome.kind) {
    case 'busy':
      return t('delivery.sent.receiptBusy');
    case 'accepted':
      return t('delivery.sent.receiptAccepted');
    case 'purged':
      return t('delivery.sent.purged', { count: outcome.count });
    default:
      return null;
  }
}

/** Removing delivered files, asked for and then confirmed: nothing is removed by one stray press. */
function PurgeDelivered({ sent }: { readonly sent: Sent }) {
  const { t } = useTranslation();
  const headingId = useId();
  const count = sent.purgeable.length;
  if (count === 0 && sent.outcome.kind !== 'purging') {
    return null;
  }
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('delivery.sent.purgeHeading')}</h3>
      <p>{t('delivery.sent.purgeExplain', { count })}</p>
      {sent.outcome.kind === 'purging' ? (
        <div role="group" aria-label={t('delivery.sent.purgeHeading')} className="notice confirm">
          <p>{t('delivery.sent.purgeConfirm', { count })}</p>
          <button type="button" className="danger" onClick={() => void sent.purge()}>
            {t('delivery.sent.purgeYes')}
          </button>
          <button type="button" onClick={sent.keep} autoFocus>
            {t('delivery.sent.purgeNo')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={sent.askPurge}>
          {t('delivery.sent.purge')}
        </button>
      )}
    </section>
  );
}

/** Monitor side: what was sent, receipts coming back, and what may now leave this laptop. */
export function SentBundles({ sent, children }: { readonly sent: Sent; readonly children?: ReactNode }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('delivery.sent.heading')}</h2>
      {sent.bundles === null ? null : <SentBundleTable bundles={sent.bundles} />}
      <div className="actions">
        <ActionButton busy={sent.outcome.kind === 'busy'} onActivate={sent.openReceipt}>
          {t('delivery.sent.openReceipt')}
        </ActionButton>
      </div>
      <StatusMessage message={statusText(sent.outcome, t)} />
      <ErrorAlert message={sent.outcome.kind === 'failed' ? t(`errors.${sent.outcome.code}`) : null} />
      <PurgeDelivered sent={sent} />
      {children}
    </section>
  );
}
