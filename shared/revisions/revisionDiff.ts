import { canonicalJson } from '../records/canonicalJson';
import type { FieldDefinition, FormDefinition, ScalarFieldDefinition } from '../definitions/fieldDefinition';
import type { FieldValue, FieldValues } from '../definitions/fieldValues';

// Which fields changed between two sealed revisions, in form order: the history view shows them as
// "field: before → after". Rows of a group are compared by position; a field of a row is named by
// its group and row, as the gap list names it.

export type FieldChange = {
  readonly sectionKey: string;
  readonly field: ScalarFieldDefinition;
  /** For a field inside a group's row: the group and the row (0-based). */
  readonly group?: { readonly field: FieldDefinition; readonly row: number };
  readonly before: FieldValue | undefined;
  readonly after: FieldValue | undefined;
};

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

function rowsOf(value: FieldValue | undefined): readonly FieldValues[] {
  return Array.isArray(value) ? (value as readonly FieldValues[]) : [];
}

function diffFields(sectionKey: string, fields: readonly FieldDefinition[], before: FieldValues, after: FieldValues, group?: FieldChange['group']): FieldChange[] {
  return fields.flatMap((field): FieldChange[] => {
    const [old, now] = [before[field.key], after[field.key]];
    if (same(old, now)) {
      return [];
    }
    if (field.kind !== 'group') {
      return [{ sectionKey, field, ...(group ? { group } : {}), before: old, after: now }];
    }
    const [oldRows, newRows] = [rowsOf(old), rowsOf(now)];
    return Array.from({ length: Math.max(oldRows.length, newRows.length) }, (_, row) => diffFields(sectionKey, field.fields, oldRows[row] ?? {}, newRows[row] ?? {}, { field, row })).flat();
  });
}

/** Changes from `before` (null for the first revision: everything filled is new) to `after`. */
export function diffValues(definition: FormDefinition, before: FieldValues | null, after: FieldValues): FieldChange[] {
  return definition.sections.flatMap((section) => diffFields(section.key, section.fields, before ?? {}, after));
}
