import { coordinatorReport, UNKNOWN, DEFAULT_STATUSES, type ReportOptions } from '../../../shared/reports/coordinatorReport';
import { duplicateCandidates, representatives } from '../../../shared/reports/duplicates';
import { SAMPLE_DECISIONS, SAMPLE_FACTS } from './reportSample';

const QUARTER: ReportOptions = { from: '2026-07-01', to: '2026-09-30', statuses: [...DEFAULT_STATUSES], reliabilities: null, types: ['TORTURE_ALLEGATION', 'PROTEST_DETENTION'], suppressBelow: 5 };

describe('a coordinator report', () => {
  it('counts a case two monitors reported once, and says why every other record is out', () => {
    const report = coordinatorReport(SAMPLE_FACTS, SAMPLE_DECISIONS, QUARTER);
    expect(report.included).toEqual(['A1', 'A2', 'A3', 'A6', 'P1']);
    expect(report.excluded).toEqual([
      { recordId: 'A4', reason: 'status' },
      { recordId: 'A5', reason: 'period' },
      { recordId: 'B1', reason: 'merged' },
    ]);
    expect(report.totals).toEqual({ events: 5, victims: 7, acts: 7 });
  });

  it('has an UNKNOWN row and a denominator in every table, and keeps the records behind each cell', () => {
    const report = coordinatorReport(SAMPLE_FACTS, SAMPLE_DECISIONS, { ...QUARTER, suppressBelow: 1 });
    const byRegion = report.figures.find((figure) => figure.id === 'events-by-region');
    expect(byRegion?.rows).toEqual([
      { category: 'KZ-ALA', count: 2, suppressed: false, recordIds: ['A2', 'P1'] },
      { category: 'KZ-AST', count: 1, suppressed: false, recordIds: ['A6'] },
      { category: 'KZ-KAR', count: 1, suppressed: false, recordIds: ['A1'] },
      { category: UNKNOWN, count: 1, suppressed: false, recordIds: ['A3'] },
    ]);
    expect([byRegion?.denominator, byRegion?.total]).toEqual([4, 5]);
    const methods = report.figures.find((figure) => figure.id === 'events-by-method');
    expect(methods?.rows.map((row) => [row.category, row.count])).toEqual([['030902000000', 1], ['031100000000', 2], [UNKNOWN, 3]]);
    const victims = report.figures.find((figure) => figure.id === 'victims-by-type');
    expect(victims?.rows.map((row) => [row.category, row.count])).toEqual([['PROTEST_DETENTION', 3], ['TORTURE_ALLEGATION', 4]]);
  });

  it('withholds small cells in print (but not zero), and a reversed merge counts both records again', () => {
    const suppressed = coordinatorReport(SAMPLE_FACTS, SAMPLE_DECISIONS, QUARTER).figures.find((figure) => figure.id === 'events-by-region');
    expect(suppressed?.rows.every((row) => row.suppressed)).toBe(true);
    const reversed = [...SAMPLE_DECISIONS, { recordIds: ['A1', 'B1'], decision: 'separate' as const, decidedAt: '2026-10-06T09:00:00.000Z', decidedBy: 'Coordinator A' }];
    expect(coordinatorReport(SAMPLE_FACTS, reversed, QUARTER).included).toContain('B1');
  });

  it('finds the shared case as a duplicate candidate: same victim link, same region, dates within tolerance', () => {
    const links = new Map([
      ['A1', new Set(['identity:aigul-t'])],
      ['B1', new Set(['identity:aigul-t'])],
      ['A2', new Set(['identity:aigul-t'])],
    ]);
    expect(duplicateCandidates(SAMPLE_FACTS, links)).toEqual([{ recordIds: ['A1', 'B1'], days: 1 }]);
    expect(representatives(['A1', 'B1', 'A2'], SAMPLE_DECISIONS)).toEqual(new Map([['A1', 'A1'], ['B1', 'A1'], ['A2', 'A2']]));
  });
});

describe('the facts a report reads from a record', () => {
  it('takes them from the fields each record type keeps them in', async () => {
    const { reportFacts } = await import('../../../shared/reports/reportFacts');
    const { tortureAllegationExample } = await import('../../../shared/definitions/records/examples/tortureAllegation.example');
    const { protestDetentionExample } = await import('../../../shared/definitions/records/examples/protestDetention.example');
    const { EXAMPLE_PEOPLE } = await import('../../../shared/definitions/records/examples/commonExample');
    const source = { recordId: 'R1', localRef: 'TA-2026-7KQ4', monitorFingerprint: 'A6EH vPOE L4dc', revisionHash: 'd'.repeat(64) };
    const allegation = reportFacts({ ...source, type: 'TORTURE_ALLEGATION', values: tortureAllegationExample });
    expect(allegation).toMatchObject({ month: '2026-09', date: '2026-09-21', victims: [EXAMPLE_PEOPLE.victim], acts: 1, violationStatus: tortureAllegationExample['violationStatus'] });
    // One code per method row of the example, each once, sorted.
    expect(allegation.methods).toEqual(['030104000000', '030902000000']);
    expect(allegation.facilityTypes).toEqual([...(tortureAllegationExample['placeTypes'] as string[])].sort());
    const detention = reportFacts({ ...source, type: 'PROTEST_DETENTION', values: protestDetentionExample });
    const detained = protestDetentionExample['detainedPersons'] as { detainee: string }[];
    expect(detention.acts).toBe(detained.length);
    expect(detention.victims).toEqual([...new Set(detained.map((row) => row.detainee))].sort());
  });
});
