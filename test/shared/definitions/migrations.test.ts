import fc from 'fast-check';
import type { FormDefinition } from '../../../shared/definitions/fieldDefinition';
import { valuesSchema, type FieldValues } from '../../../shared/definitions/fieldValues';
import { upgradeValues, type MigrationStep } from '../../../shared/definitions/migrations';
import { detentionVisitExample } from '../../../shared/definitions/records/examples/detentionVisit.example';
import { detentionVisitV1 } from '../../../shared/definitions/records/detentionVisit';

// Martus lost data when a template changed. Here a v2 of the visit form renames a field, drops
// one, changes the kind of another and drops a field inside a group; a v1 record must come through
// with every value either in a v2 field or kept as a retired value.

function mapFields(definition: FormDefinition, change: (key: string) => 'drop' | 'keep' | FormDefinition['sections'][number]['fields'][number]): FormDefinition {
  return {
    ...definition,
    version: 2,
    sections: definition.sections.map((section) => ({
      ...section,
      fields: section.fields.flatMap((field) => {
        const changed = change(field.key);
        if (changed === 'drop') {
          return [];
        }
        if (changed !== 'keep') {
          return [changed];
        }
        if (field.kind === 'group' && field.key === 'team') {
          return [{ ...field, fields: field.fields.filter((inner) => inner.key !== 'role') }];
        }
        return [field];
      }),
    })),
  };
}

const visitV2 = mapFields(detentionVisitV1, (key) => {
  if (key === 'managementMet') {
    return { key: 'managementMetPosition', kind: 'text', requirement: 'F', sensitivity: 'S1', source: 'renamed', label: { en: 'Management met', ru: 'Руководство', kk: 'Басшылық' } };
  }
  if (key === 'presentTotal') {
    return { key: 'presentTotal', kind: 'text', requirement: 'F', sensitivity: 'S0', source: 'now text', label: { en: 'People held', ru: 'Содержится', kk: 'Ұсталғандар' } };
  }
  return key === 'safetyIncidents' || key === 'objectives' ? 'drop' : 'keep';
});

const renameManagement: MigrationStep = {
  from: 1,
  to: 2,
  migrate: ({ managementMet, ...rest }) => (managementMet === undefined ? rest : { ...rest, managementMetPosition: managementMet }),
};

/** Every leaf value with its path, so "nothing lost" can be checked value by value. */
function leaves(values: FieldValues, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(values)) {
    if (Array.isArray(value) && value.every((row) => typeof row === 'object' && row !== null && !Array.isArray(row))) {
      (value as FieldValues[]).forEach((row, index) => leaves(row, `${prefix}${key}.${index}.`).forEach((leaf, path) => found.set(path, leaf)));
    } else {
      found.set(`${prefix}${key}`, value);
    }
  }
  return found;
}

describe('migrating a v1 record to a changed v2 definition', () => {
  const v1: FieldValues = { ...detentionVisitExample, safetyIncidents: 'A guard filmed the team.' };
  const upgraded = upgradeValues(v1, 1, visitV2, [renameManagement]);

  it('moves renamed values, and the result fits v2', () => {
    expect(upgraded.version).toBe(2);
    expect(upgraded.values['managementMetPosition']).toBe(v1.managementMet);
    expect(valuesSchema(visitV2).safeParse(upgraded.values).success).toBe(true);
  });

  it('keeps dropped fields, changed kinds and dropped group fields as retired values, with their version', () => {
    expect(upgraded.retired).toEqual(
      expect.arrayContaining([
        { version: 1, path: 'objectives', value: v1.objectives },
        { version: 1, path: 'safetyIncidents', value: 'A guard filmed the team.' },
        { version: 1, path: 'presentTotal', value: 23 },
        { version: 1, path: 'team.0.role', value: 'LEAD' },
        { version: 1, path: 'team.1.role', value: 'DOCTOR' },
      ]),
    );
  });

  it('loses no value: every v1 value is in the v2 values or among the retired ones', () => {
    const after = new Map([...leaves(upgraded.values), ...upgraded.retired.map((item) => [item.path, item.value] as const)]);
    const renamed = (path: string) => (path === 'managementMet' ? 'managementMetPosition' : path);
    for (const [path, value] of leaves(v1)) {
      expect([path, after.get(renamed(path))]).toEqual([path, value]);
    }
  });

  it('loses nothing for any text a monitor might have typed in a dropped field (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((text) => text.trim() !== ''), (text) => {
        const result = upgradeValues({ ...detentionVisitExample, objectives: text }, 1, visitV2, [renameManagement]);
        return result.retired.some((item) => item.path === 'objectives' && item.value === text);
      }),
    );
  });

  it('refuses a record written by a newer version rather than misreading it', () => {
    expect(() => upgradeValues(detentionVisitExample, 3, visitV2)).toThrow('newer than this app');
  });
});
