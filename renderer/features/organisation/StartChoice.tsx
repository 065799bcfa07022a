import { useId } from 'react';
import { useTranslation } from 'react-i18next';

type StartChoiceProps = {
  readonly onStart: () => void;
  /** Back from the form's Cancel: the button takes focus again, as the form had it. */
  readonly autoFocus: boolean;
};

/** "I am a coordinator": what starting an organisation means, and the button that opens the form. */
export function StartChoice({ onStart, autoFocus }: StartChoiceProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="card organisation-choice" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('organisation.choose.coordinatorHeading')}</h2>
      <p>{t('organisation.choose.coordinatorExplain')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={onStart} autoFocus={autoFocus}>
          {t('organisation.choose.start')}
        </button>
      </div>
    </section>
  );
}
