import { isShown } from '../definitions/conditions';
import type { FieldDefinition, GroupFieldDefinition, SectionDefinition } from '../definitions/fieldDefinition';
import type { FieldValues } from '../definitions/fieldValues';
import type { SummaryBlock, SummaryFact, SummarySection } from './summaryModel';
import { disclosureOf } from './summaryLevel';
import type { PeopleContext } from './summaryPeople';
import { summaryText } from './summaryText';
import { fieldText } from './summaryValues';

// A form section as a summary section: the fields the record filled, in form order, labelled in
// the summary's language, each filtered by the level; a repeatable group as numbered rows. Empty
// fields print nothing, so a record with few optional fields still reads as a whole.

function rowsOf(value: unknown): FieldValues[] {
  return Array.isArray(value) ? (value as FieldValues[]) : [];
}

function factsOf(fields: readonly FieldDefinition[], values: FieldValues, context: PeopleContext): SummaryFact[] {
  return fields.flatMap((field) => {
    if (field.kind === 'group' || !isShown(field, values)) {
      return [];
    }
    const value = fieldText(field, values[field.key], context);
    return value === null ? [] : [{ label: field.label[context.locale], value }];
  });
}

function groupBlock(field: GroupFieldDefinition, values: FieldValues, context: PeopleContext): SummaryBlock | null {
  if (disclosureOf(field, context.level) === 'omit' || !isShown(field, values)) {
    return null;
  }
  const rows = rowsOf(values[field.key])
    .map((row, index) => ({ heading: summaryText(context.locale, 'row', { label: field.label[context.locale], n: String(index + 1) }), facts: factsOf(field.fields, row, context) }))
    .filter((row) => row.facts.length > 0);
  return rows.length === 0 ? null : { kind: 'rows', rows };
}

/** Scalar fields gather into one facts block until a group interrupts them, keeping form order. */
export function definitionSection(section: SectionDefinition, values: FieldValues, context: PeopleContext): SummarySection | null {
  const blocks: SummaryBlock[] = [];
  let pending: FieldDefinition[] = [];
  const flush = () => {
    const facts = factsOf(pending, values, context);
    if (facts.length > 0) {
      blocks.push({ kind: 'facts', facts });
    }
    pending = [];
  };
  for (const field of section.fields) {
    if (field.kind === 'group') {
      flush();
      const block = groupBlock(field, values, context);
      if (block !== null) {
        blocks.push(block);
      }
    } else {
      pending.push(field);
    }
  }
  flush();
  return blocks.length === 0 ? null : { key: section.key, heading: section.label[context.locale], blocks };
}
