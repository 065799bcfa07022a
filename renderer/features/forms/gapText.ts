import type { FieldDefinition, FormDefinition } from '../../../shared/definitions/fieldDefinition';
import type { Gap } from '../../../shared/definitions/requirements';
import type { Locale } from '../../../shared/settings/settings';
import { labelIn } from './formEnv';

export const GAP_SEPARATOR = ' › ';

function findField(fields: readonly FieldDefinition[] | undefined, key: string): FieldDefinition | undefined {
  return fields?.find((field) => field.key === key);
}

/**
 * Where a gap is, in words: "Event › Title", "Sources › Sources of information 2 › Reliability", or
 * for too few rows "Sources › Sources of information: add at least 1" (the last part from `addAtLeast`).
 * A key the definition does not know shows as the key.
 */
export function gapText(definition: FormDefinition, gap: Gap, locale: Locale, addAtLeast: (min: number) => string): string {
  const section = definition.sections.find((candidate) => candidate.key === gap.sectionKey);
  const sectionLabel = section === undefined ? gap.sectionKey : labelIn(section.label, locale);
  const label = (field: FieldDefinition | undefined, key: string): string => (field === undefined ? key : labelIn(field.label, locale));
  if (gap.group !== undefined) {
    const group = findField(section?.fields, gap.group.key);
    const inner = group?.kind === 'group' ? findField(group.fields, gap.fieldKey) : undefined;
    return [sectionLabel, `${label(group, gap.group.key)} ${gap.group.row + 1}`, label(inner, gap.fieldKey)].join(GAP_SEPARATOR);
  }
  const field = findField(section?.fields, gap.fieldKey);
  if (gap.rowsNeeded !== undefined) {
    return `${sectionLabel}${GAP_SEPARATOR}${label(field, gap.fieldKey)}: ${addAtLeast(gap.rowsNeeded)}`;
  }
  return `${sectionLabel}${GAP_SEPARATOR}${label(field, gap.fieldKey)}`;
}
