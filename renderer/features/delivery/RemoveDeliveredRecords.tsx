import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';
import { RecordStubTable } from './RecordStubTable';
import type { RemovalPhase, useRecordRemoval } from './useRecordRemoval';

type Removal = ReturnType<typeof useRecordRemoval>;

function phaseMessage(phase: RemovalPhase, t: ReturnType<typeof useTranslation>['t']): string | null {
  if (phase.kind === 'removing') {
    return t('delivery.removal.removing');
  }
  return phase.kind === 'removed' ? t('delivery.removal.removed', { count: phase.count }) : null;
}

/** The offer (asked, then confirmed) to remove delivered records, and the stubs of those removed. */
export function RemoveDeliveredRecords({ removal }: { readonly removal: Removal }) {
  const { t } = useTranslation();
  const headingId = useId();
  const count = removal.removable.length;
  const { phase } = removal;
  const offer =
    removal.offered && (count > 0 || phase.kind === 'confirming') ? (
      <>
        <p>{t('delivery.removal.explain', { count })}</p>
        {phase.kind === 'confirming' ? (
          <div role="group" aria-label={t('delivery.removal.heading')} className="notice confirm">
            <p>{t('delivery.removal.confirm', { count })}</p>
            <button type="button" className="danger" onClick={() => void removal.remove()}>
              {t('delivery.removal.yes')}
            </button>
            <button type="button" onClick={removal.keep} autoFocus>
              {t('delivery.removal.no')}
            </button>
          </div>
        ) : (
          <button type="button" onClick={removal.ask} disabled={phase.kind === 'removing'}>
            {t('delivery.removal.remove')}
          </button>
        )}
      </>
    ) : null;
  if (offer === null && removal.stubs.length === 0 && phase.kind === 'idle') {
    return null;
  }
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('delivery.removal.heading')}</h3>
      {offer}
      <StatusMessage message={phaseMessage(phase, t)} />
      <ErrorAlert message={phase.kind === 'failed' ? t(`errors.${phase.code}`) : null} />
      {removal.stubs.length > 0 ? <RecordStubTable stubs={removal.stubs} /> : null}
    </section>
  );
}
