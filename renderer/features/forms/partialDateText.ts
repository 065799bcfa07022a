import { PartialDate, type DatePrecision } from '../../../shared/model/partialDate';
import type { Locale } from '../../../shared/settings/settings';

// A partial date as a monitor types it: `2022`, `2022-01`, `2022-01-05`, or the order Russian and
// Kazakh texts use, `01.2022` and `05.01.2022`. The precision is what was typed: "01.2022" is
// January 2022, month precision, and never the first of January.

export type TypedDate = { readonly value: string; readonly precision: DatePrecision };

const FORMATS: readonly { readonly pattern: RegExp; readonly read: (match: RegExpExecArray) => TypedDate }[] = [
  { pattern: /^(\d{4})$/, read: (m) => ({ value: `${m[1]}`, precision: 'year' }) },
  { pattern: /^(\d{4})-(\d{1,2})$/, read: (m) => ({ value: `${m[1]}-${pad(m[2])}`, precision: 'month' }) },
  { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, read: (m) => ({ value: `${m[1]}-${pad(m[2])}-${pad(m[3])}`, precision: 'day' }) },
  { pattern: /^(\d{1,2})\.(\d{4})$/, read: (m) => ({ value: `${m[2]}-${pad(m[1])}`, precision: 'month' }) },
  { pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, read: (m) => ({ value: `${m[3]}-${pad(m[2])}-${pad(m[1])}`, precision: 'day' }) },
];

function pad(digits: string | undefined): string {
  return (digits ?? '').padStart(2, '0');
}

/** The date a text means, with the precision it was typed with; null for an empty text or a date that does not exist. */
export function parsePartialDateText(text: string): TypedDate | null {
  const trimmed = text.trim();
  for (const { pattern, read } of FORMATS) {
    const match = pattern.exec(trimmed);
    if (match !== null) {
      const date = read(match);
      return PartialDate.safeParse({ ...date, approximate: false }).success ? date : null;
    }
  }
  return null;
}

/** How a stored date is shown for editing: ISO order in English, day.month.year in Russian and Kazakh. */
export function partialDateToText(date: TypedDate, locale: Locale): string {
  if (locale === 'en') {
    return date.value;
  }
  return date.value.split('-').reverse().join('.');
}
