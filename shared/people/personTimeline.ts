import type { FieldDefinition } from '../definitions/fieldDefinition';
import type { FieldValues } from '../definitions/fieldValues';
import { currentDefinition, type RecordType } from '../definitions/registry';
import { PartialDate, partialDateRange } from '../model/partialDate';
import type { Labels } from '../vocab/vocabulary';

// Everything known about one person across records and time (issue 7, "person view"): each record
// that links the person, with the roles it gives them (the labels of the fields that link them:
// victim, witness, source, detained person…), in the order the events happened, so a case can be
// followed from a detention to a visit to an allegation.

export type TimelineRecord = { readonly type: RecordType; readonly localRef: string; readonly values: FieldValues };
export type TimelineEntry = {
  readonly recordId: string;
  readonly type: RecordType;
  readonly localRef: string;
  readonly title: string;
  readonly date: PartialDate | null;
  /** The labels of every field that links the person, in form order, each once. */
  readonly roles: readonly Labels[];
};

const mentions = (value: unknown, personId: string): boolean => (Array.isArray(value) ? value.includes(personId) : value === personId);

function rolesIn(fields: readonly FieldDefinition[], values: FieldValues, personId: string, into: Map<string, Labels>): void {
  for (const field of fields) {
    const value = values[field.key];
    if (field.kind === 'group') {
      (Array.isArray(value) ? (value as FieldValues[]) : []).forEach((row) => rolesIn(field.fields, row, personId, into));
    } else if ((field.kind === 'person' || field.kind === 'persons') && mentions(value, personId)) {
      into.set(field.key, field.label);
    }
  }
}

export function personTimeline(personId: string, records: ReadonlyMap<string, TimelineRecord>): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const [recordId, record] of records) {
    const roles = new Map<string, Labels>();
    currentDefinition(record.type).sections.forEach((section) => rolesIn(section.fields, record.values, personId, roles));
    if (roles.size > 0) {
      const date = PartialDate.safeParse(record.values['initialDate']);
      const title = record.values['title'];
      entries.push({ recordId, type: record.type, localRef: record.localRef, title: typeof title === 'string' ? title : '', date: date.success ? date.data : null, roles: [...roles.values()] });
    }
  }
  // Undated records last; ties in the reference's order, so the list is the same on every screen.
  const start = (entry: TimelineEntry) => (entry.date === null ? '9999' : partialDateRange(entry.date).from);
  return entries.sort((a, b) => start(a).localeCompare(start(b)) || a.localRef.localeCompare(b.localRef));
}
