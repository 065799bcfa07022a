// A whole number as a monitor types it: "12", "-3", "1 000" (spaces group thousands in Russian and
// Kazakh). Anything else is not a number; the text is kept for the monitor to correct.

export type IntegerBounds = { readonly min: number; readonly max: number };

/** The bounds the values' schema applies when a definition gives none (shared/definitions/fieldValues.ts). */
export const DEFAULT_BOUNDS: IntegerBounds = { min: 0, max: 10_000_000 };

/** The integer a text means within the bounds; null for an empty text, a fraction, a word or a number out of bounds. */
export function parseIntegerText(text: string, bounds: IntegerBounds = DEFAULT_BOUNDS): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[-−]?\d{1,15}$/.test(compact)) {
    return null;
  }
  const number = Number(compact.replace('−', '-'));
  return Number.isSafeInteger(number) && number >= bounds.min && number <= bounds.max ? number : null;
}
