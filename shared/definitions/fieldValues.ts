import { z } from 'zod';
import { PartialDate } from '../model/partialDate';
import type { NarrativeDoc } from '../narrative/narrativeSchema';
import { parseNarrative } from '../narrative/sanitizeNarrative';
import { narrativePlainText } from '../narrative/narrativeText';
import { canonicalJson } from '../records/canonicalJson';
import { TRI_VALUES, type FieldDefinition, type FormDefinition, type ScalarFieldDefinition, allFields } from './fieldDefinition';

// What a form's values look like, as zod schemas generated from a definition. Every field is
// optional at this level: shape is checked always, requirements by stage (requirements.ts). A
// value is "empty" when it is absent, an empty string, an empty list or null.

export type FieldValue = string | number | boolean | PartialDate | NarrativeDoc | readonly string[] | readonly FieldValues[] | null;
export type FieldValues = { readonly [key: string]: FieldValue | undefined };

const Code = z.string().regex(/^[0-9A-Z][0-9A-Z_-]{0,39}$/);
const PersonRef = z.string().regex(/^[A-Za-z0-9_-]{22}$/);
/** A clock reading, not an instant: the monitor's local time, without a zone (the record's region says where). */
export const LocalDateTime = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/, 'a date and time is YYYY-MM-DDTHH:mm');
const MAX_TEXT = 200_000;

/**
 * A narrative is stored only as the sanitizer leaves it: a document parseNarrative would change
 * (an unknown node, a javascript: link, too deep) is refused, so what is sealed is always clean.
 */
const StoredNarrative = z.custom<NarrativeDoc>((value) => {
  try {
    const { doc, removed } = parseNarrative(value);
    return removed.length === 0 && canonicalJson(doc) === canonicalJson(value);
  } catch {
    return false;
  }
}, 'not a clean narrative document');
const MAX_ROWS = 500;

type Kind = ScalarFieldDefinition['kind'];
type FieldOf<K extends Kind> = Extract<ScalarFieldDefinition, { kind: K }>;

/** One zod schema per kind of value; a kind added to the language fails to compile until it has one. */
const SCHEMA_OF_KIND: { readonly [K in Kind]: (field: FieldOf<K>) => z.ZodType } = {
  text: (field) => z.string().max(field.maxLength ?? 2_000),
  longText: () => z.string().max(MAX_TEXT),
  narrative: () => StoredNarrative,
  integer: (field) =>
    z
      .number()
      .int()
      .min(field.min ?? 0)
      .max(field.max ?? 10_000_000),
  tri: () => z.enum(TRI_VALUES),
  boolean: () => z.boolean(),
  partialDate: () => PartialDate,
  dateTime: () => LocalDateTime,
  vocab: () => Code,
  vocabMulti: () => z.array(Code).max(200),
  person: () => PersonRef,
  persons: () => z.array(PersonRef).max(MAX_ROWS),
};

function scalarSchema(field: ScalarFieldDefinition): z.ZodType {
  return (SCHEMA_OF_KIND[field.kind] as (field: ScalarFieldDefinition) => z.ZodType)(field);
}

function fieldSchema(field: FieldDefinition): z.ZodType {
  if (field.kind === 'group') {
    return z.array(rowSchema(field.fields)).max(MAX_ROWS);
  }
  return scalarSchema(field);
}

function rowSchema(fields: readonly FieldDefinition[]): z.ZodType {
  return z.strictObject(Object.fromEntries(fields.map((field) => [field.key, fieldSchema(field).nullable().optional()])));
}

/** The shape of a form's values: known keys only, each of its kind, all optional. */
export function valuesSchema(definition: FormDefinition): z.ZodType<FieldValues> {
  return rowSchema(allFields(definition)) as z.ZodType<FieldValues>;
}

export function isEmptyValue(value: unknown): boolean {
  if (isNarrativeDoc(value)) {
    return narrativePlainText(value).trim() === '';
  }
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

function isNarrativeDoc(value: unknown): value is NarrativeDoc {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { type?: unknown }).type === 'doc';
}
