import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionButton } from '../../ui/ActionButton';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';
import { BundleProgressBar } from './BundleProgressBar';
import { useBundleProgress } from './useBundleProgress';
import { useReceiveBundle, type ReceiveOutcome } from './useReceiveBundle';

type Imported = Extract<ReceiveOutcome, { kind: 'imported' }>;

/** What the import added, and anything about the monitor's sequence a coordinator must act on. */
function ImportSummary({ outcome }: { readonly outcome: Imported }) {
  const { t } = useTranslation();
  const { result, stored } = outcome;
  const continuity = result.continuity === 'gap' || result.continuity === 'duplicate' || result.continuity === 'older' ? result.continuity : null;
  return (
    <div className="import-summary">
      <p>{t('delivery.receive.counts', { added: stored.added, updated: stored.updated, unchanged: stored.unchanged, evidence: result.evidenceAdded.length })}</p>
      {continuity === null ? null : <p className={continuity === 'gap' ? 'notice' : undefined}>{t(`delivery.receive.continuity.${continuity}`)}</p>}
      {stored.diverged.length === 0 ? null : <p className="notice">{t('delivery.receive.diverged', { count: stored.diverged.length })}</p>}
    </div>
  );
}

export function statusText(outcome: ReceiveOutcome, t: ReturnType<typeof useTranslation>['t']): string | null {
  if (outcome.kind === 'busy') {
    return t('delivery.receive.busy');
  }
  if (outcome.kind !== 'imported') {
    return null;
  }
  const { monitorName: monitor, receiptFileName: receipt } = outcome.result;
  return receipt === null ? t('delivery.receive.importedNoReceipt', { monitor }) : t('delivery.receive.imported', { monitor, receipt });
}

function errorText(outcome: ReceiveOutcome, t: ReturnType<typeof useTranslation>['t']): string | null {
  if (outcome.kind === 'refused') {
    return `${t('delivery.receive.refusedHeading')} ${t(`delivery.receive.refused.${outcome.reason}`)}`;
  }
  return outcome.kind === 'failed' ? t(`errors.${outcome.code}`) : null;
}

/** Coordinator side: open a monitor's bundle, check it strictly, store what it carried, write the receipt. */
export function ReceiveBundles() {
  const { t } = useTranslation();
  const headingId = useId();
  const { outcome, receive } = useReceiveBundle();
  const busy = outcome.kind === 'busy';
  const progress = useBundleProgress('import', busy);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('delivery.receive.heading')}</h2>
      <p>{t('delivery.receive.explain')}</p>
      <div className="actions">
        <ActionButton busy={busy} onActivate={receive} className="primary">
          {t('delivery.receive.import')}
        </ActionButton>
      </div>
      {busy ? <BundleProgressBar label={t('delivery.receive.progress')} progress={progress} /> : null}
      <StatusMessage message={statusText(outcome, t)} notice={outcome.kind === 'imported' && outcome.result.receiptFileName === null} />
      {outcome.kind === 'imported' ? <ImportSummary outcome={outcome} /> : null}
      <ErrorAlert message={errorText(outcome, t)} />
    </section>
  );
}
