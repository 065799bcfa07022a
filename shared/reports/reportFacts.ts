import { z } from 'zod';
import type { FieldValues } from '../definitions/fieldValues';
import { RECORD_TYPES, type RecordType } from '../definitions/registry';
import { PartialDate } from '../model/partialDate';

// What a coordinator's report counts, read once from each record (docs/reports.md): one row of
// facts per record, each traceable to the record (id, reference), to who sealed it (the monitor's
// key fingerprint) and to exactly what was sealed (the revision's content hash). The JSON
// companion of a report is these rows: a third party recounts every figure from them alone.

export const ReportFacts = z.strictObject({
  recordId: z.string(),
  localRef: z.string(),
  type: z.enum(RECORD_TYPES),
  /** The sealer's key fingerprint and the sealed content's SHA-256: what the figure rests on. */
  monitorFingerprint: z.string(),
  revisionHash: z.string(),
  /** `YYYY-MM` of the start date, or null when the record gives only a year (or none). */
  month: z.string().regex(/^\d{4}-\d{2}$/).nullable(),
  /** The start date's first day (ISO), for the period filter and duplicate tolerance; null when unknown. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  region: z.string().nullable(),
  facilityTypes: z.array(z.string()),
  legalArticles: z.array(z.string()),
  methods: z.array(z.string()),
  outcomes: z.array(z.string()),
  violationStatus: z.string().nullable(),
  /** The most reliable source's rating (HURIDOCS mt42: lower code = more reliable), or null. */
  reliability: z.string().nullable(),
  /** People in the victim's role: the allegation's victim, each detained person. */
  victims: z.array(z.string()),
  /** Acts: one per allegation, one per detained person (ESF: an act joins one victim to what was done). */
  acts: z.number().int().nonnegative(),
});
export type ReportFacts = z.infer<typeof ReportFacts>;

export type FactsSource = {
  readonly recordId: string;
  readonly type: RecordType;
  readonly localRef: string;
  readonly values: FieldValues;
  readonly monitorFingerprint: string;
  readonly revisionHash: string;
};

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : typeof value === 'string' ? [value] : []);
const rows = (value: unknown): FieldValues[] => (Array.isArray(value) ? (value as FieldValues[]) : []);
const sorted = (items: Iterable<string>): string[] => [...new Set(items)].sort();
const first = (value: unknown): string | null => strings(value)[0] ?? null;

function startDate(values: FieldValues): { month: string | null; date: string | null } {
  const parsed = PartialDate.safeParse(values['initialDate']);
  if (!parsed.success || parsed.data.precision === 'year') {
    return { month: null, date: null };
  }
  const month = parsed.data.value.slice(0, 7);
  return { month, date: parsed.data.precision === 'day' ? parsed.data.value : `${month}-01` };
}

function victimsOf(type: RecordType, values: FieldValues): string[] {
  if (type === 'TORTURE_ALLEGATION') {
    return strings(values['victim']);
  }
  return type === 'PROTEST_DETENTION' ? rows(values['detainedPersons']).flatMap((row) => strings(row['detainee'])) : [];
}

function actsOf(type: RecordType, values: FieldValues): number {
  if (type === 'TORTURE_ALLEGATION') {
    return 1;
  }
  return type === 'PROTEST_DETENTION' ? rows(values['detainedPersons']).length : 0;
}

/** The record's own fields, wherever its type keeps them (a visited facility, a detainee's charges…). */
export function reportFacts(source: FactsSource): ReportFacts {
  const { values, type } = source;
  const detentions = rows(values['detainedPersons']);
  const reliabilities = rows(values['information']).flatMap((row) => strings(row['reliability']));
  return {
    recordId: source.recordId,
    localRef: source.localRef,
    type,
    monitorFingerprint: source.monitorFingerprint,
    revisionHash: source.revisionHash,
    ...startDate(values),
    region: first(values['region']),
    facilityTypes: sorted([...strings(values['placeTypes']), ...strings(values['facilityType'])]),
    legalArticles: sorted([...strings(values['legalArticles']), ...detentions.flatMap((row) => strings(row['charges']))]),
    methods: sorted(rows(values['methods']).flatMap((row) => strings(row['methodCode']))),
    outcomes: sorted([...rows(values['complaints']).flatMap((row) => strings(row['complaintOutcome'])), ...detentions.flatMap((row) => strings(row['proceedingOutcome']))]),
    violationStatus: first(values['violationStatus']),
    reliability: reliabilities.length === 0 ? null : ([...reliabilities].sort()[0] ?? null),
    victims: sorted(victimsOf(type, values)),
    acts: actsOf(type, values),
  };
}
