import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

type RecoveryKeyShownProps = {
  readonly recoveryKey: string;
  /** Leaves this screen; the key is not kept anywhere after it. */
  readonly onContinue: () => void;
};

// Shown once, right after the vault is created. Printing prints only the key and what it is for
// (see @media print in app.css).
export function RecoveryKeyShown({ recoveryKey, onContinue }: RecoveryKeyShownProps) {
  const { t } = useTranslation();
  const [written, setWritten] = useState(false);
  const checkId = useId();

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (written) {
      onContinue();
    }
  }

  return (
    <main className="screen narrow">
      <section className="print-area">
        <h1>{t('recovery.title')}</h1>
        <p>{t('recovery.explain')}</p>
        <p className="recovery-key" data-testid="recovery-key" translate="no">
          {recoveryKey}
        </p>
        <p className="notice">{t('recovery.writeDown')}</p>
      </section>
      <div className="actions">
        <button type="button" onClick={() => window.print()}>
          {t('recovery.print')}
        </button>
      </div>
      <form onSubmit={onSubmit} noValidate>
        <div className="check">
          <input id={checkId} type="checkbox" checked={written} onChange={(event) => setWritten(event.target.checked)} />
          <label htmlFor={checkId}>{t('recovery.confirmWritten')}</label>
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={!written}>
            {t('recovery.continue')}
          </button>
        </div>
      </form>
    </main>
  );
}
