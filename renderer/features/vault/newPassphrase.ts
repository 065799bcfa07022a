import type { TFunction } from 'i18next';
import { MAX_PASSPHRASE_LENGTH, MIN_PASSPHRASE_LENGTH, type PassphraseAssessment } from '../../../shared/vault/passphrasePolicy';

// Pure rules and texts for choosing a new passphrase, shared by "create vault" and "change
// passphrase". Main runs the same policy again before it writes a keyslot.

export type NewPassphraseProblem = 'weak' | 'mismatch';

export function newPassphraseProblem(assessment: PassphraseAssessment, passphrase: string, confirm: string): NewPassphraseProblem | null {
  if (!assessment.acceptable) {
    return 'weak';
  }
  return passphrase === confirm ? null : 'mismatch';
}

const LEVELS = ['veryWeak', 'weak', 'fair', 'good', 'strong'] as const;

export function strengthText(t: TFunction, assessment: PassphraseAssessment): string {
  return t(`passphrase.levels.${LEVELS[assessment.score]}`);
}

/** Why the passphrase is refused (and what makes it guessable), or that it is strong enough. */
export function verdictText(t: TFunction, assessment: PassphraseAssessment): string {
  if (assessment.refusal === null) {
    return t('passphrase.acceptable');
  }
  const refusal = t(`passphrase.refusal.${assessment.refusal}`, { min: MIN_PASSPHRASE_LENGTH, max: MAX_PASSPHRASE_LENGTH });
  return assessment.warning === null ? refusal : `${refusal} ${t(`passphrase.warnings.${assessment.warning}`)}`;
}

export function problemText(t: TFunction, problem: NewPassphraseProblem, assessment: PassphraseAssessment): string {
  return problem === 'mismatch' ? t('create.mismatch') : verdictText(t, assessment);
}
