import type { ScalarFieldDefinition } from '../definitions/fieldDefinition';
import { isEmptyValue, type FieldValue } from '../definitions/fieldValues';
import { formatFieldValue } from '../definitions/formatValue';
import { formatPartialDate, PartialDate } from '../model/partialDate';
import type { NarrativeDoc } from '../narrative/narrativeSchema';
import { narrativeRedactedText } from '../narrative/narrativeText';
import { disclosureOf } from './summaryLevel';
import { nameMayShow, personLabel, type PeopleContext } from './summaryPeople';
import { summaryText } from './summaryText';

// One field's value as a summary at a given level may print it, or null when it prints nothing.

/** A day becomes its month: "21 September 2026" → "September 2026" (the year stays as it is). */
function coarsened(field: ScalarFieldDefinition, value: FieldValue, context: PeopleContext): string {
  const raw = field.kind === 'dateTime' && typeof value === 'string' ? { value: value.slice(0, 7), precision: 'month', approximate: false } : value;
  const date = PartialDate.safeParse(raw);
  if (!date.success) {
    return summaryText(context.locale, 'withheld');
  }
  const month = date.data.precision === 'day' ? { ...date.data, value: date.data.value.slice(0, 7), precision: 'month' as const } : date.data;
  return formatPartialDate(month, context.locale);
}

function shownValue(field: ScalarFieldDefinition, value: FieldValue, context: PeopleContext): string {
  if (field.kind === 'narrative' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    // Marked words, and mentions of people whose name this summary may not print, become one mark each.
    return narrativeRedactedText(value as NarrativeDoc, summaryText(context.locale, 'redacted'), (id) => !nameMayShow(context, id));
  }
  return formatFieldValue(field, value, context.locale, (id) => personLabel(context, id));
}

export function fieldText(field: ScalarFieldDefinition, value: FieldValue | undefined, context: PeopleContext): string | null {
  const disclosure = disclosureOf(field, context.level);
  if (disclosure === 'omit' || value === undefined || isEmptyValue(value)) {
    return null;
  }
  if (disclosure === 'withhold') {
    return summaryText(context.locale, 'withheld');
  }
  const text = disclosure === 'coarsen' ? coarsened(field, value, context) : shownValue(field, value, context);
  return text.trim() === '' ? null : text;
}
