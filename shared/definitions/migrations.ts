import { allFields, type FieldDefinition, type FormDefinition } from './fieldDefinition';
import { isEmptyValue, valuesSchema, type FieldValue, type FieldValues } from './fieldValues';

// Moving a record's values from the definition it was written with to the current one. Explicit
// steps rename, split or convert fields; whatever the current definition cannot hold afterwards
// (a field that was dropped, a value whose shape changed) is kept as a retired value, shown
// read-only with the record, and never dropped. Martus lost data on template changes; this is the
// rule that prevents it: the union of values and retired values always holds every original value.

export type MigrationStep = {
  readonly from: number;
  readonly to: number;
  readonly migrate: (values: FieldValues) => FieldValues;
};

export type RetiredValue = {
  /** The definition version the value was written with. */
  readonly version: number;
  /** `field`, or `group.row.field` for a value from a group's row. */
  readonly path: string;
  readonly value: FieldValue;
};

export type Upgraded = { readonly version: number; readonly values: FieldValues; readonly retired: readonly RetiredValue[] };

function applySteps(values: FieldValues, from: number, to: number, steps: readonly MigrationStep[]): { values: FieldValues; version: number } {
  let current = { values, version: from };
  while (current.version < to) {
    const step = steps.find((candidate) => candidate.from === current.version);
    if (step === undefined) {
      // No step means the fields kept their keys and shapes; what no longer fits retires below.
      return { values: current.values, version: to };
    }
    current = { values: step.migrate(current.values), version: step.to };
  }
  return current;
}

function fits(field: FieldDefinition, value: FieldValue): boolean {
  return valuesSchema({ id: 'fit', version: 1, label: { en: '', ru: '', kk: '' }, standards: '', sections: [{ key: 's', label: { en: '', ru: '', kk: '' }, fields: [field] }] }).safeParse({ [field.key]: value }).success;
}

/** Splits values into what the fields can hold and what must retire. */
function sortValues(fields: readonly FieldDefinition[], values: FieldValues, version: number, prefix: string): { kept: Record<string, FieldValue>; retired: RetiredValue[] } {
  const byKey = new Map(fields.map((field) => [field.key, field] as const));
  const kept: Record<string, FieldValue> = {};
  const retired: RetiredValue[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || isEmptyValue(value)) {
      continue;
    }
    const field = byKey.get(key);
    if (field?.kind === 'group' && Array.isArray(value)) {
      const rows = (value as readonly FieldValues[]).map((row, index) => sortValues(field.fields, row, version, `${prefix}${key}.${index}.`));
      kept[key] = rows.map((row) => row.kept);
      retired.push(...rows.flatMap((row) => row.retired));
    } else if (field !== undefined && fits(field, value)) {
      kept[key] = value;
    } else {
      retired.push({ version, path: `${prefix}${key}`, value });
    }
  }
  return { kept, retired };
}

/** Brings values written with version `from` up to `current`, keeping every value somewhere. */
export function upgradeValues(values: FieldValues, from: number, current: FormDefinition, steps: readonly MigrationStep[] = []): Upgraded {
  if (from > current.version) {
    throw new RangeError(`written with version ${from}, newer than this app's ${current.version}`);
  }
  const migrated = applySteps(values, from, current.version, steps);
  const { kept, retired } = sortValues(allFields(current), migrated.values, from, '');
  return { version: current.version, values: kept, retired };
}
