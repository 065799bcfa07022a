import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EvidenceRecoveryIdentity } from './EvidenceRecoveryIdentity';
import { VerifyAllEvidence } from './VerifyAllEvidence';

/** Settings › Evidence: checking every file, and the key that opens them without Aigaq. */
export function EvidenceSettings() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="card evidence-settings" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('evidence.settings.heading')}</h2>
      <VerifyAllEvidence />
      <EvidenceRecoveryIdentity />
    </section>
  );
}
