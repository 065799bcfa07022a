import type { FieldDefinition, FormDefinition, ScalarFieldDefinition } from '../definitions/fieldDefinition';
import type { FieldValues } from '../definitions/fieldValues';
import type { RecordType } from '../definitions/registry';
import type { PeopleContext } from './summaryPeople';
import { PARAGRAPH_FIELDS, type SummaryTemplate } from './summaryTemplate';
import { fillTemplate, summaryText } from './summaryText';
import { fieldText } from './summaryValues';

// The one-paragraph summary (domain-model §9.3): who, what, when, where, by whom, status, as one
// sentence per template, each value read from fixed fields and filtered by the level.

type Located = { readonly field: ScalarFieldDefinition; readonly values: readonly FieldValues[] };

function findField(fields: readonly FieldDefinition[], key: string): FieldDefinition | undefined {
  return fields.find((field) => field.key === key);
}

/** `key` at the top level, or `group.key` in every row of a group. */
function locate(definition: FormDefinition, values: FieldValues, path: string): Located | null {
  const [first = '', second] = path.split('.');
  const top = definition.sections.map((section) => findField(section.fields, first)).find((field) => field !== undefined);
  if (top === undefined) {
    return null;
  }
  if (second === undefined) {
    return top.kind === 'group' ? null : { field: top, values: [values] };
  }
  const inner = top.kind === 'group' ? findField(top.fields, second) : undefined;
  const rows = Array.isArray(values[first]) ? (values[first] as FieldValues[]) : [];
  return inner === undefined || inner.kind === 'group' ? null : { field: inner, values: rows };
}

function placeholderValue(definition: FormDefinition, values: FieldValues, paths: readonly string[], context: PeopleContext): string {
  const texts = paths.flatMap((path) => {
    const located = locate(definition, values, path);
    return located === null ? [] : located.values.map((row) => fieldText(located.field, row[located.field.key], context));
  });
  const unique = [...new Set(texts.filter((text): text is string => text !== null))];
  return unique.length === 0 ? summaryText(context.locale, 'notStated') : unique.join('; ');
}

export type ParagraphRecord = { readonly type: RecordType; readonly localRef: string; readonly values: FieldValues };

export function summaryParagraph(record: ParagraphRecord, definition: FormDefinition, template: SummaryTemplate, context: PeopleContext): string {
  const filled: Record<string, string> = { type: definition.label[context.locale], reference: record.localRef };
  for (const [placeholder, paths] of Object.entries(PARAGRAPH_FIELDS[record.type])) {
    filled[placeholder] = placeholderValue(definition, record.values, paths, context);
  }
  return fillTemplate(template.paragraph[context.locale], filled);
}
