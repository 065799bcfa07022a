import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { assessPassphrase, type PassphraseAssessment } from '../../../shared/vault/passphrasePolicy';
import { newPassphraseProblem, type NewPassphraseProblem } from './newPassphrase';

export type NewPassphrase = {
  readonly passphrase: string;
  readonly confirm: string;
  setPassphrase(value: string): void;
  setConfirm(value: string): void;
  /** The assessment of the passphrase as typed a moment ago (typing stays responsive). */
  readonly assessment: PassphraseAssessment;
  /** What blocks submitting now; also 'weak' while the assessment catches up with typing. */
  readonly problem: NewPassphraseProblem | null;
  /** The verdict on exactly what is typed, for the moment of submitting. */
  check(): { readonly problem: NewPassphraseProblem | null; readonly assessment: PassphraseAssessment };
  reset(): void;
};

export function useNewPassphrase(): NewPassphrase {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const assessed = useDeferredValue(passphrase);
  const assessment = useMemo(() => assessPassphrase(assessed), [assessed]);
  const problem = assessed === passphrase ? newPassphraseProblem(assessment, passphrase, confirm) : 'weak';
  const check = useCallback(() => {
    const now = assessPassphrase(passphrase);
    return { problem: newPassphraseProblem(now, passphrase, confirm), assessment: now };
  }, [passphrase, confirm]);
  const reset = useCallback(() => {
    setPassphrase('');
    setConfirm('');
  }, []);
  return { passphrase, confirm, setPassphrase, setConfirm, assessment, problem, check, reset };
}
