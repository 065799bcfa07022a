import type { FieldValue, FieldValues } from '../../../shared/definitions/fieldValues';
import { DATE_PRECISIONS, type PartialDate } from '../../../shared/model/partialDate';

// Form state holds whatever the record held; each input reads it through one of these narrowings,
// so an unexpected shape (an older record, a hand-edited import) shows as empty instead of crashing.

export function asText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function asCodes(value: unknown): readonly string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function asPartialDate(value: unknown): PartialDate | null {
  if (value === null || typeof value !== 'object') {
    return null;
  }
  const { value: text, precision, approximate } = value as Record<string, unknown>;
  if (typeof text !== 'string' || !(DATE_PRECISIONS as readonly unknown[]).includes(precision)) {
    return null;
  }
  return { value: text, precision: precision as PartialDate['precision'], approximate: approximate === true };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function copyValue(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(copyValue);
  }
  return isPlainObject(value) ? compactValues(value) : value;
}

/**
 * A fresh copy of the form's values for the parent: an emptied non-text input (null or undefined)
 * is left out, everything else keeps its shape. Never the form library's own (mutable) object.
 */
export function compactValues(values: Readonly<Record<string, unknown>>): FieldValues {
  const out: Record<string, FieldValue> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null) {
      out[key] = copyValue(value) as FieldValue;
    }
  }
  return out;
}
