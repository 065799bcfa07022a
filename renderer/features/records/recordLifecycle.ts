import type { FieldValues } from '../../../shared/definitions/fieldValues';
import type { FormDefinition } from '../../../shared/definitions/fieldDefinition';
import { upgradeValues, type RetiredValue } from '../../../shared/definitions/migrations';
import { currentDefinition, type FormId, type RecordType } from '../../../shared/definitions/registry';
import { findGaps } from '../../../shared/definitions/requirements';
import { newLocalRef, newPseudonym } from '../../../shared/people/pseudonym';
import { EventRecordEnvelope, FORM_RECORD_SCHEMA_VERSION, IdentityRecordEnvelope, PersonRecordEnvelope, type EventRecord, type IdentityRecord, type PersonRecord, type RecordStatus } from '../../../shared/records/formRecord';
import type { Locale } from '../../../shared/settings/settings';

// The stages a record goes through, decided in one place: every autosave stores what was typed as
// `working` or, once its M fields are there, as `draft`; only Finalise, with no gaps left, makes
// it `final`. Editing a final record brings it back to draft (signed revisions come with sealing).

const RECORD_LANGUAGE: Record<Locale, string> = { en: 'EN', ru: 'RU', kk: 'KK' };

export type FormRecordShape = { readonly definitionVersion: number; readonly status: RecordStatus; readonly updatedAt: string; readonly values: FieldValues; readonly retired: readonly RetiredValue[] };

/** The status an autosave may claim for these values. */
export function autosaveStatus(form: FormId, values: FieldValues): RecordStatus {
  return findGaps(currentDefinition(form), values, 'draft').length === 0 ? 'draft' : 'working';
}

export function withValues<T extends FormRecordShape>(form: FormId, record: T, values: FieldValues, now: Date): T {
  return { ...record, values, status: autosaveStatus(form, values), updatedAt: now.toISOString() };
}

/** A new record of a type; it defaults to confidential (S2) and to the language of the interface. */
export function newEventRecord(type: RecordType, locale: Locale, now: Date): EventRecord {
  const at = now.toISOString();
  const values: FieldValues = { confidentiality: 'S2', recordLanguage: RECORD_LANGUAGE[locale] };
  return {
    schemaVersion: FORM_RECORD_SCHEMA_VERSION,
    type,
    localRef: newLocalRef(type, now.getFullYear()),
    definitionVersion: currentDefinition(type).version,
    status: autosaveStatus(type, values),
    createdAt: at,
    updatedAt: at,
    values,
    retired: [],
  };
}

/** A new person: a random pseudonym, counted as an individual until said otherwise. */
export function newPersonRecord(now: Date, values: FieldValues = { countingUnit: '010000000000' }): PersonRecord {
  const at = now.toISOString();
  return { schemaVersion: FORM_RECORD_SCHEMA_VERSION, pseudonym: newPseudonym(), definitionVersion: currentDefinition('PERSON').version, status: autosaveStatus('PERSON', values), createdAt: at, updatedAt: at, values, retired: [] };
}

export function newIdentityRecord(now: Date): IdentityRecord {
  const at = now.toISOString();
  return { schemaVersion: FORM_RECORD_SCHEMA_VERSION, definitionVersion: currentDefinition('IDENTITY').version, status: 'draft', createdAt: at, updatedAt: at, values: {}, retired: [] };
}

/** A record written with an older form, brought to the current one; retired values accumulate. */
export function upgradeRecord<T extends FormRecordShape>(form: FormId, record: T, definition: FormDefinition = currentDefinition(form)): T {
  if (record.definitionVersion === definition.version) {
    return record;
  }
  const upgraded = upgradeValues(record.values, record.definitionVersion, definition);
  return { ...record, definitionVersion: upgraded.version, values: upgraded.values, retired: [...record.retired, ...upgraded.retired] };
}

/** Parses what main opened, whatever definition version it was written with (upgraded on edit). */
export const parseEventRecord = (value: unknown): EventRecord | undefined => envelope(EventRecordEnvelope, value);
export const parsePersonRecord = (value: unknown): PersonRecord | undefined => envelope(PersonRecordEnvelope, value);
export const parseIdentityRecord = (value: unknown): IdentityRecord | undefined => envelope(IdentityRecordEnvelope, value);

function envelope<T>(schema: { safeParse(value: unknown): { success: true; data: unknown } | { success: false } }, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? (parsed.data as T) : undefined;
}
