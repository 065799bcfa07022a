import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PassphraseAssessment } from '../../../shared/vault/passphrasePolicy';
import { strengthText, verdictText } from './newPassphrase';

type PassphraseMeterProps = {
  readonly assessment: PassphraseAssessment;
  /** Nothing typed yet: the meter stays empty and says what is needed. */
  readonly empty: boolean;
  /** Id for the verdict, so the passphrase field can point at it with aria-describedby. */
  readonly verdictId: string;
};

export function PassphraseMeter({ assessment, empty, verdictId }: PassphraseMeterProps) {
  const { t } = useTranslation();
  const meterId = useId();
  const level = empty ? '' : strengthText(t, assessment);
  return (
    <div className="meter">
      <div className="meter-row">
        <label htmlFor={meterId}>{t('passphrase.strength')}</label>
        <meter id={meterId} min={0} max={4} low={2} high={3} optimum={4} value={empty ? 0 : assessment.score} aria-valuetext={level === '' ? undefined : level} />
        <span className="meter-level" aria-hidden="true">
          {level}
        </span>
      </div>
      <p id={verdictId} className={assessment.acceptable ? 'hint good' : 'hint'}>
        {verdictText(t, assessment)}
      </p>
    </div>
  );
}
