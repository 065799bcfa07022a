import { coordinatorReport, DEFAULT_STATUSES } from '../../../shared/reports/coordinatorReport';
import { reportCompanion } from '../../../shared/reports/reportCompanion';
import { SAMPLE_DECISIONS, SAMPLE_FACTS } from './reportSample';

// Issue 7's recount test: a third party with only the JSON companion recomputes every figure of
// the report. The code below is written apart from shared/reports (no import from it but the
// sample data): plain loops over the file's records, as a verifier would write them.

type Json = Record<string, unknown>;
type Row = { category: string; count: number; suppressed: boolean; recordIds: string[] };

const FIELD: Record<string, string> = { month: 'month', region: 'region', type: 'type', facilityType: 'facilityTypes', legalArticle: 'legalArticles', method: 'methods', outcome: 'outcomes' };

function valuesOf(record: Json, dimension: string): string[] {
  const value = record[FIELD[dimension] ?? ''];
  if (Array.isArray(value)) {
    return value as string[];
  }
  return typeof value === 'string' ? [value] : [];
}

/** Merged groups: repeatedly join pairs the latest decision about them merged; the smallest id stands for the group. */
function standIns(ids: string[], decisions: Json[]): Map<string, string> {
  const latest = new Map<string, boolean>();
  for (const decision of [...decisions].sort((a, b) => String(a['decidedAt']).localeCompare(String(b['decidedAt'])))) {
    const members = decision['recordIds'] as string[];
    for (const a of members) {
      for (const b of members) {
        if (a < b) {
          latest.set(`${a}|${b}`, decision['decision'] === 'merge');
        }
      }
    }
  }
  const group = new Map(ids.map((id) => [id, id]));
  let changed = true;
  while (changed) {
    changed = false;
    for (const [pair, merged] of latest) {
      const [a = '', b = ''] = pair.split('|');
      const lowest = [group.get(a) ?? a, group.get(b) ?? b].sort()[0] ?? a;
      if (merged && (group.get(a) !== lowest || group.get(b) !== lowest)) {
        for (const [id, head] of group) {
          if (head === group.get(a) || head === group.get(b)) {
            group.set(id, lowest);
          }
        }
        changed = true;
      }
    }
  }
  return group;
}

function inScope(record: Json, options: Json): boolean {
  const date = record['date'] as string | null;
  const statuses = options['statuses'] as string[] | null;
  const reliabilities = options['reliabilities'] as string[] | null;
  return (
    (options['types'] as string[]).includes(record['type'] as string) &&
    date !== null &&
    date >= (options['from'] as string) &&
    date <= (options['to'] as string) &&
    (statuses === null || statuses.includes(record['violationStatus'] as string)) &&
    (reliabilities === null || reliabilities.includes(record['reliability'] as string))
  );
}

function recount(file: Json) {
  const options = file['options'] as Json;
  const records = file['records'] as Json[];
  const group = standIns(records.map((record) => record['recordId'] as string), file['decisions'] as Json[]);
  const counted = records.filter((record) => group.get(record['recordId'] as string) === record['recordId'] && inScope(record, options));
  const victims = new Set(counted.flatMap((record) => record['victims'] as string[]));
  const figures = (file['figures'] as Json[]).map((figure) => {
    const [unit, dimension] = [figure['unit'] as string, figure['dimension'] as string];
    const units = (record: Json) => (unit === 'events' ? [record['recordId'] as string] : (record['victims'] as string[]));
    const cells = new Map<string, { things: Set<string>; records: Set<string> }>();
    for (const record of counted) {
      const categories = valuesOf(record, dimension);
      for (const category of categories.length > 0 ? categories : ['UNKNOWN']) {
        const cell = cells.get(category) ?? { things: new Set(), records: new Set() };
        units(record).forEach((thing) => cell.things.add(thing));
        cell.records.add(record['recordId'] as string);
        cells.set(category, cell);
      }
    }
    const rows: Row[] = [...cells].map(([category, cell]) => ({ category, count: cell.things.size, suppressed: cell.things.size > 0 && cell.things.size < (options['suppressBelow'] as number), recordIds: [...cell.records].sort() }));
    const known = new Set(counted.filter((record) => valuesOf(record, dimension).length > 0).flatMap(units));
    return { id: figure['id'], rows: rows.sort((a, b) => a.category.localeCompare(b.category)), denominator: known.size, total: new Set(counted.flatMap(units)).size };
  });
  return { totals: { events: counted.length, victims: victims.size, acts: counted.reduce((sum, record) => sum + (record['acts'] as number), 0) }, figures };
}

describe('recounting a report from its JSON companion alone', () => {
  it.each([
    ['the external default (confirmed and likely)', { statuses: [...DEFAULT_STATUSES], suppressBelow: 5 }],
    ['every status, no suppression', { statuses: null, suppressBelow: 1 }],
    ['reliable sources only', { statuses: null, reliabilities: ['010000000000', '020000000000'], suppressBelow: 2 }],
  ])('gives every figure the report printed: %s', (_name, change) => {
    const defaults = { from: '2026-07-01', to: '2026-09-30', reliabilities: null, types: ['TORTURE_ALLEGATION', 'PROTEST_DETENTION'] as ('TORTURE_ALLEGATION' | 'PROTEST_DETENTION')[] };
    const options = { ...defaults, ...change };
    const report = coordinatorReport(SAMPLE_FACTS, SAMPLE_DECISIONS, options);
    const file = JSON.parse(JSON.stringify(reportCompanion(report, SAMPLE_FACTS, SAMPLE_DECISIONS))) as Json;
    const again = recount(file);
    expect(again.totals).toEqual(report.totals);
    const printed = report.figures.map((figure) => ({ id: figure.id, rows: [...figure.rows].sort((a, b) => a.category.localeCompare(b.category)), denominator: figure.denominator, total: figure.total }));
    expect(again.figures).toEqual(printed);
    expect(printed.length).toBe(10);
  });
});
