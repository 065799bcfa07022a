import { isShown } from './conditions';
import type { FieldDefinition, FormDefinition, Requirement } from './fieldDefinition';
import { isEmptyValue, type FieldValues } from './fieldValues';

// Two-stage validation (domain.md): a draft needs its M fields, finalising needs every F field and
// every C field whose condition holds. What is missing is returned as a list of gaps, never as a
// refusal to keep what was typed.

export type Stage = 'draft' | 'final';

export type Gap = {
  readonly sectionKey: string;
  /** The field's key, and for a field inside a group's row, the group's key and the row. */
  readonly fieldKey: string;
  readonly group?: { readonly key: string; readonly row: number };
  /** Set when a group has fewer rows than it needs to finalise. */
  readonly rowsNeeded?: number;
};

const NEEDED: Record<Stage, readonly Requirement[]> = { draft: ['M'], final: ['M', 'F', 'C'] };

function rowsNeeded(field: FieldDefinition & { kind: 'group' }): number {
  return field.minRows ?? 1;
}

function gapsIn(fields: readonly FieldDefinition[], values: FieldValues, stage: Stage, sectionKey: string, group?: Gap['group']): Gap[] {
  return fields.flatMap((field): Gap[] => {
    if (!isShown(field, values)) {
      return [];
    }
    const needed = NEEDED[stage].includes(field.requirement);
    const value = values[field.key];
    if (field.kind !== 'group') {
      return needed && isEmptyValue(value) ? [{ sectionKey, fieldKey: field.key, ...(group ? { group } : {}) }] : [];
    }
    const rows = Array.isArray(value) ? (value as readonly FieldValues[]) : [];
    const tooFew = needed && rows.length < rowsNeeded(field) ? [{ sectionKey, fieldKey: field.key, rowsNeeded: rowsNeeded(field) }] : [];
    // Inside a row, the row's own requirements apply whenever the row exists.
    const inRows = rows.flatMap((row, index) => gapsIn(field.fields, row, stage, sectionKey, { key: field.key, row: index }));
    return [...tooFew, ...inRows];
  });
}

/** Every field the stage needs that is empty, in form order. */
export function findGaps(definition: FormDefinition, values: FieldValues, stage: Stage): Gap[] {
  return definition.sections.flatMap((section) => gapsIn(section.fields, values, stage, section.key));
}
