import { z } from 'zod';
import type { FieldDefinition } from '../definitions/fieldDefinition';

// What each level of a summary may show (domain-model §9, docs/summaries.md):
// - internal: for the organisation; people by pseudonym and alias, never by name; S1 and S2 shown.
// - external: a draft for a UN body; S2 generalised (free text withheld, dates to the month),
//   restricted fields (sexual violence) withheld, names only where the person's consent allows.
// At both levels S3 fields (names of perpetrators, identities) are never copied from the record,
// and words marked "redact when shared" are replaced.

export const SummaryLevel = z.enum(['internal', 'external']);
export type SummaryLevel = z.infer<typeof SummaryLevel>;

/** show as is; coarsen (a date to its month); withhold (a placeholder says so); omit (not even a label). */
export type Disclosure = 'show' | 'coarsen' | 'withhold' | 'omit';

const FREE_TEXT = new Set(['text', 'longText', 'narrative']);
const DATES = new Set(['partialDate', 'dateTime']);

/** Sexual violence is kept to a restricted level (domain-model §6.2): never in an external draft. */
function isRestricted(field: FieldDefinition): boolean {
  return /sexual/i.test(field.key);
}

export function disclosureOf(field: FieldDefinition, level: SummaryLevel): Disclosure {
  if (field.sensitivity === 'S3') {
    return 'omit';
  }
  if (level === 'internal') {
    return 'show';
  }
  if (isRestricted(field)) {
    return 'omit';
  }
  if (field.sensitivity !== 'S2') {
    return 'show';
  }
  if (FREE_TEXT.has(field.kind)) {
    return 'withhold';
  }
  return DATES.has(field.kind) ? 'coarsen' : 'show';
}
