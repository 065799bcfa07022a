import { formatPartialDate, PartialDate } from '../model/partialDate';
import type { Locale } from '../settings/settings';
import { vocabularyById } from '../vocab/vocabularyRegistry';
import type { ScalarFieldDefinition } from './fieldDefinition';
import type { FieldValue } from './fieldValues';
import type { NarrativeDoc } from '../narrative/narrativeSchema';
import { narrativePlainText } from '../narrative/narrativeText';

// A stored value as a monitor reads it: vocabulary labels instead of codes, dates with their
// precision, yes/no in the reader's language. For history diffs now, summaries later.

const WORDS: Record<Locale, Record<'YES' | 'NO' | 'UNKNOWN' | 'true' | 'false', string>> = {
  en: { YES: 'Yes', NO: 'No', UNKNOWN: 'Not known', true: 'Yes', false: 'No' },
  ru: { YES: 'Да', NO: 'Нет', UNKNOWN: 'Неизвестно', true: 'Да', false: 'Нет' },
  kk: { YES: 'Иә', NO: 'Жоқ', UNKNOWN: 'Белгісіз', true: 'Иә', false: 'Жоқ' },
};

export type PersonNamer = (personId: string) => string;

function codes(value: FieldValue): string[] {
  return Array.isArray(value) ? (value as unknown[]).filter((item): item is string => typeof item === 'string') : typeof value === 'string' ? [value] : [];
}

type Formatter = (field: ScalarFieldDefinition, value: FieldValue, locale: Locale, personName: PersonNamer) => string;

const vocabularyText: Formatter = (field, value, locale) => {
  const vocabulary = field.kind === 'vocab' || field.kind === 'vocabMulti' ? vocabularyById(field.vocabulary) : undefined;
  return codes(value).map((code) => vocabulary?.label(code, locale) ?? code).join('; ');
};
const wordText: Formatter = (_field, value, locale) => WORDS[locale][String(value) as keyof (typeof WORDS)['en']] ?? String(value);
const plainText: Formatter = (_field, value) => (typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value));

/** One way of reading per kind; a kind added to the language fails to compile until it has one. */
const FORMATTERS: Record<ScalarFieldDefinition['kind'], Formatter> = {
  text: plainText,
  longText: plainText,
  // The monitor's own view: redaction marks apply to what is shared, not to the author's history.
  narrative: (_field, value) => narrativePlainText(value as NarrativeDoc),
  integer: plainText,
  vocab: vocabularyText,
  vocabMulti: vocabularyText,
  tri: wordText,
  boolean: wordText,
  partialDate: (_field, value, locale) => {
    const date = PartialDate.safeParse(value);
    return date.success ? formatPartialDate(date.data, locale) : '';
  },
  person: (_field, value, _locale, personName) => codes(value).map(personName).join('; '),
  persons: (_field, value, _locale, personName) => codes(value).map(personName).join('; '),
  dateTime: (_field, value) => String(value).replace('T', ' '),
};

export function formatFieldValue(field: ScalarFieldDefinition, value: FieldValue | undefined, locale: Locale, personName: PersonNamer = (id) => id): string {
  return value === undefined || value === null ? '' : FORMATTERS[field.kind](field, value, locale, personName);
}
