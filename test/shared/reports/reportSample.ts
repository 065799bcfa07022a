import type { MergeDecision } from '../../../shared/reports/duplicates';
import type { ReportFacts } from '../../../shared/reports/reportFacts';

// Invented report data: a quarter of allegations and detentions from two monitors, one case
// reported by both (records A1 and B1), with gaps in some fields so UNKNOWN rows appear.

const base = { monitorFingerprint: 'A6EH vPOE L4dc', revisionHash: 'c'.repeat(64), facilityTypes: [], legalArticles: [], methods: [], outcomes: [], reliability: '020000000000', acts: 1 };

function allegation(recordId: string, date: string | null, region: string | null, extra: Partial<ReportFacts> = {}): ReportFacts {
  return { ...base, recordId, localRef: `TA-2026-${recordId.slice(0, 4).toUpperCase().padEnd(4, '0')}`, type: 'TORTURE_ALLEGATION', date, month: date === null ? null : date.slice(0, 7), region, violationStatus: '040000000000', victims: [`person-${recordId}`], ...extra };
}

export const SAMPLE_FACTS: readonly ReportFacts[] = [
  allegation('A1', '2026-07-03', 'KZ-KAR', { methods: ['030902000000', '031100000000'], facilityTypes: ['IVS'], legalArticles: ['CC_146'] }),
  allegation('B1', '2026-07-04', 'KZ-KAR', { monitorFingerprint: 'Zq81 LmPo 09xA', methods: ['030902000000'], facilityTypes: ['IVS'], victims: ['person-B1'] }),
  allegation('A2', '2026-07-20', 'KZ-ALA', { methods: ['031100000000'], facilityTypes: ['SIZO'], outcomes: ['REFUSED'] }),
  allegation('A3', '2026-08-11', null, { violationStatus: '010100000000' }),
  allegation('A4', '2026-08-30', 'KZ-ALA', { violationStatus: '030000000000' }),
  allegation('A5', '2026-10-02', 'KZ-ALA'),
  allegation('A6', '2026-09-15', 'KZ-AST', { reliability: null, violationStatus: '010000000000', legalArticles: ['CC_146', 'CC_362'] }),
  { ...allegation('P1', '2026-09-01', 'KZ-ALA', { type: 'PROTEST_DETENTION', localRef: 'PD-2026-P100', acts: 3, victims: ['person-P1a', 'person-P1b', 'person-P1c'], legalArticles: ['CAO_488'], outcomes: ['FINE', 'ADMINISTRATIVE_ARREST'] }) },
];

export const SAMPLE_DECISIONS: readonly MergeDecision[] = [{ recordIds: ['A1', 'B1'], decision: 'merge', decidedAt: '2026-10-05T10:00:00.000Z', decidedBy: 'Coordinator A' }];
