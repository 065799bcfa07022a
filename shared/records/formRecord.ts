import { z } from 'zod';
import { currentDefinition, RECORD_TYPES, type FormId } from '../definitions/registry';
import { findGaps, type Stage } from '../definitions/requirements';
import { valuesSchema, type FieldValues } from '../definitions/fieldValues';
import type { RetiredValue } from '../definitions/migrations';

// How a record written with a form is stored (sealed, one row each): the form and its version,
// the values by field key, the values retired by a migration, and the stage it has reached.
// Main checks every row against the current definition before sealing it, so the two-stage rule
// holds whatever the renderer does: a draft has its M fields, a final record has no gaps.

export const FORM_RECORD_SCHEMA_VERSION = 1;

/**
 * working: autosaved as typed, may lack even M fields (capture is never blocked);
 * draft: saved by the monitor, has its M fields; final: has every F field.
 */
export const RECORD_STATUSES = ['working', 'draft', 'final'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

// Values are checked field by field against the definition (checkAgainst); here they only need to
// be JSON, which is all a sealed row can hold.
const Values = z.record(z.string(), z.json()).transform((values) => values as FieldValues);
const RetiredValue = z.object({ version: z.number().int().positive(), path: z.string().max(300), value: z.json() }).transform((retired) => retired as RetiredValue);

const FormRecordBase = z.object({
  schemaVersion: z.literal(FORM_RECORD_SCHEMA_VERSION),
  definitionVersion: z.number().int().positive(),
  status: z.enum(RECORD_STATUSES),
  /** Device-claimed ISO times. */
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  values: Values,
  retired: z.array(RetiredValue).max(10_000).readonly(),
});

const STAGE_OF: Record<RecordStatus, Stage | null> = { working: null, draft: 'draft', final: 'final' };

/** Values of the current version, complete enough for the status claimed. */
function checkAgainst(form: FormId, record: z.infer<typeof FormRecordBase>, context: z.RefinementCtx): void {
  const definition = currentDefinition(form);
  if (record.definitionVersion !== definition.version) {
    context.addIssue({ code: 'custom', message: `${form} must be migrated to version ${definition.version} before it is saved` });
    return;
  }
  const values = valuesSchema(definition).safeParse(record.values);
  if (!values.success) {
    context.addIssue({ code: 'custom', path: ['values', ...(values.error.issues[0]?.path ?? [])], message: values.error.issues[0]?.message ?? 'invalid values' });
    return;
  }
  const stage = STAGE_OF[record.status];
  const gaps = stage === null ? [] : findGaps(definition, values.data, stage);
  if (gaps.length > 0) {
    context.addIssue({ code: 'custom', path: ['values', gaps[0]?.fieldKey ?? ''], message: `${gaps.length} field(s) needed for status ${record.status}` });
  }
}

// The envelopes alone open rows written with any definition version (the editor upgrades their
// values); the full schemas below are what main requires before it seals.
export const EventRecordEnvelope = FormRecordBase.extend({
  type: z.enum(RECORD_TYPES),
  /** A readable reference with no names in it, e.g. `TA-2026-7KQ4`: for linking records and talking about them. */
  localRef: z.string().regex(/^[A-Z]{2}-\d{4}-[0-9A-Z]{4}$/),
});
export const PersonRecordEnvelope = FormRecordBase.extend({
  /** Random, never derived from a name or an IIN (shared/people/pseudonym.ts). */
  pseudonym: z.string().regex(/^P-[0-9A-Z]{4}-[0-9A-Z]{2}$/),
});
/** The S3 part of a person, in its own table under the same id as the person. */
export const IdentityRecordEnvelope = FormRecordBase;

export const EventRecord = EventRecordEnvelope.superRefine((record, context) => checkAgainst(record.type, record, context));
export type EventRecord = z.infer<typeof EventRecord>;
export const PersonRecord = PersonRecordEnvelope.superRefine((record, context) => checkAgainst('PERSON', record, context));
export type PersonRecord = z.infer<typeof PersonRecord>;
export const IdentityRecord = IdentityRecordEnvelope.superRefine((record, context) => checkAgainst('IDENTITY', record, context));
export type IdentityRecord = z.infer<typeof IdentityRecord>;
