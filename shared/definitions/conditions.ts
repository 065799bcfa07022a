import type { Condition, FieldDefinition } from './fieldDefinition';
import { isEmptyValue, type FieldValues } from './fieldValues';

/** Whether a field is shown (and so may be required), given the values beside it. */
export function conditionHolds(condition: Condition | undefined, siblings: FieldValues): boolean {
  if (condition === undefined) {
    return true;
  }
  const value = siblings[condition.field];
  if ('filled' in condition) {
    return !isEmptyValue(value) && value !== false && value !== 'NO';
  }
  if ('unless' in condition) {
    return value !== condition.unless;
  }
  const held = Array.isArray(value) ? (value as readonly unknown[]) : [value];
  if ('equals' in condition) {
    return held.includes(condition.equals);
  }
  return held.some((item) => typeof item === 'string' && condition.in.includes(item));
}

export function isShown(field: FieldDefinition, siblings: FieldValues): boolean {
  return conditionHolds(field.when, siblings);
}
