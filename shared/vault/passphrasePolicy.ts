import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';

// One policy, run in the renderer to show the meter and again in main before any keyslot is
// written, so a compromised renderer cannot set a weak passphrase.
//
// Why these numbers: a seized laptop gives the adversary unlimited offline guesses. Argon2id at
// 256 MiB costs a GPU rig roughly 10^3–10^4 guesses a second, so 10^15 estimated guesses is
// centuries; 10^12 (a random 12-character password, or a word and a year) is months.
export const MIN_PASSPHRASE_LENGTH = 12;
export const MIN_GUESSES_LOG10 = 15;
export const MAX_PASSPHRASE_LENGTH = 1024;

export const PASSPHRASE_WARNINGS = [
  'straightRow',
  'keyPattern',
  'simpleRepeat',
  'extendedRepeat',
  'sequences',
  'recentYears',
  'dates',
  'topTen',
  'topHundred',
  'common',
  'similarToCommon',
  'wordByItself',
  'namesByThemselves',
  'commonNames',
  'userInputs',
  'pwned',
] as const;
export type PassphraseWarning = (typeof PASSPHRASE_WARNINGS)[number];

export type PassphraseRefusal = 'empty' | 'tooShort' | 'tooLong' | 'tooGuessable';

export type PassphraseAssessment = {
  /** 0–4, for the meter. */
  readonly score: 0 | 1 | 2 | 3 | 4;
  readonly guessesLog10: number;
  readonly acceptable: boolean;
  readonly refusal: PassphraseRefusal | null;
  /** Why it is guessable, as a key the UI translates (`passphrase.warnings.<key>`). */
  readonly warning: PassphraseWarning | null;
};

let factory: ZxcvbnFactory | undefined;

function estimator(): ZxcvbnFactory {
  // Translations map each key to itself, so zxcvbn hands back keys and the UI's i18n does the words.
  const keysOnly = Object.fromEntries(PASSPHRASE_WARNINGS.map((key) => [key, key]));
  factory ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: { ...zxcvbnEn.translations, warnings: keysOnly as typeof zxcvbnEn.translations.warnings },
  });
  return factory;
}

function asWarning(value: string | null): PassphraseWarning | null {
  return PASSPHRASE_WARNINGS.find((key) => key === value) ?? null;
}

function refusalFor(passphrase: string, guessesLog10: number): PassphraseRefusal | null {
  const length = [...passphrase].length;
  if (length === 0) {
    return 'empty';
  }
  if (length < MIN_PASSPHRASE_LENGTH) {
    return 'tooShort';
  }
  if (length > MAX_PASSPHRASE_LENGTH) {
    return 'tooLong';
  }
  return guessesLog10 < MIN_GUESSES_LOG10 ? 'tooGuessable' : null;
}

export function assessPassphrase(passphrase: string): PassphraseAssessment {
  // zxcvbn is quadratic in length; past the ceiling the answer is "too long" anyway.
  const result = estimator().check(passphrase.slice(0, 256));
  const refusal = refusalFor(passphrase, result.guessesLog10);
  return {
    score: result.score,
    guessesLog10: result.guessesLog10,
    acceptable: refusal === null,
    refusal,
    warning: asWarning(result.feedback.warning),
  };
}
