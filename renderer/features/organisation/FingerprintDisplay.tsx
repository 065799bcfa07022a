import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fingerprintGroups } from './fingerprintGroups';

type FingerprintDisplayProps = {
  readonly fingerprint: string;
  /** What to do with the number: read it aloud, compare it… Shown under the digits and read with them. */
  readonly instruction: string;
};

/**
 * The number two people compare by phone or in person. Large monospace groups, so a digit is hard
 * to misread; the group's text is exactly the digits with their spaces (screen readers and the
 * end-to-end tests read it as one string), and its name says what it is.
 */
export function FingerprintDisplay({ fingerprint, instruction }: FingerprintDisplayProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const instructionId = useId();
  const groups = fingerprintGroups(fingerprint);
  return (
    <div className="fingerprint-part">
      <p id={labelId} className="fingerprint-label">
        {t('organisation.fingerprint')}
      </p>
      <div role="group" aria-labelledby={labelId} aria-describedby={instructionId} className="fingerprint mono" translate="no" data-testid="fingerprint">
        {groups.map((group, index) => (
          // Index keys: the same five digits may well appear twice in one fingerprint. The space
          // between groups is plain text, so the line may wrap there and the text reads as shown.
          <Fragment key={index}>
            {index === 0 ? null : ' '}
            <span className="fingerprint-group">{group}</span>
          </Fragment>
        ))}
      </div>
      <p id={instructionId} className="notice">
        {instruction}
      </p>
    </div>
  );
}
