import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useVerifyAll } from './useVerifyAll';
import { VerifyReportView } from './VerifyReportView';

/** Decrypts and hashes every evidence file, and verifies every custody log, on request. */
export function VerifyAllEvidence() {
  const { t } = useTranslation();
  const headingId = useId();
  const verify = useVerifyAll();
  const state = verify.state;
  const running = state.kind === 'running';
  const progress = running ? state.progress : null;
  return (
    <section className="evidence-settings-part" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('evidence.settings.verify.heading')}</h3>
      <p>{t('evidence.settings.verify.intro')}</p>
      <div className="actions">
        <button
          type="button"
          aria-disabled={running ? true : undefined}
          onClick={() => {
            if (!running) {
              void verify.run();
            }
          }}
        >
          {t('evidence.settings.verify.run')}
        </button>
      </div>
      {running ? (
        // Without a total yet the bar is indeterminate rather than a false 0 %.
        <progress className="verify-progress" aria-label={t('evidence.settings.verify.progress')} value={progress === null || progress.total === 0 ? undefined : progress.done} max={progress === null || progress.total === 0 ? undefined : progress.total} />
      ) : null}
      {/* Not a live region: one announcement per file would drown everything else out. */}
      {progress === null ? null : <p className="status">{t('evidence.settings.verify.busy', { done: progress.done, total: progress.total })}</p>}
      {state.kind === 'done' ? <VerifyReportView report={state.report} /> : null}
      <ErrorAlert message={state.kind === 'failed' ? t(`errors.${state.code}`) : null} />
    </section>
  );
}
