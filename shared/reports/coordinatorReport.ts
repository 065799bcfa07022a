import { z } from 'zod';
import { RECORD_TYPES } from '../definitions/registry';
import { representatives, type MergeDecision } from './duplicates';
import type { ReportFacts } from './reportFacts';

// The figures of a coordinator's report (domain-model §10; docs/reports.md). Events, victims and
// acts are counted separately and each figure says which; every table has an UNKNOWN row and its
// denominator; records are filtered by period, violation status and reliability; a merged case
// counts once; cells under the suppression threshold are withheld in print. Every cell keeps the
// records it counts, for the appendix and for a third party's recount from the JSON companion.

export const UNKNOWN = 'UNKNOWN';
/** HURIDOCS mt41: confirmed (as such, as a violation) and likely. "Confirmed as not a violation" is not in. */
export const DEFAULT_STATUSES = ['010000000000', '010100000000', '040000000000'] as const;

export const ReportOptions = z.strictObject({
  from: z.iso.date(),
  to: z.iso.date(),
  /** Violation statuses counted; null counts every status, unknown included. */
  statuses: z.array(z.string()).nullable(),
  /** Source reliabilities counted; null counts every rating, unknown included. */
  reliabilities: z.array(z.string()).nullable(),
  types: z.array(z.enum(RECORD_TYPES)).min(1),
  /** Cells with fewer than this many (and more than none) are withheld in print. */
  suppressBelow: z.number().int().min(1).max(100),
});
export type ReportOptions = z.infer<typeof ReportOptions>;

export const DIMENSIONS = ['month', 'region', 'type', 'facilityType', 'legalArticle', 'method', 'outcome'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type Unit = 'events' | 'victims';

export type FigureRow = { readonly category: string; readonly count: number; readonly suppressed: boolean; readonly recordIds: readonly string[] };
export type Figure = {
  readonly id: string;
  readonly unit: Unit;
  readonly dimension: Dimension;
  readonly rows: readonly FigureRow[];
  /** Events (or victims) in scope with this field known: the base for shares. */
  readonly denominator: number;
  /** Events (or victims) in scope. A record with several values counts in each of its rows. */
  readonly total: number;
};

export type Exclusion = { readonly recordId: string; readonly reason: 'period' | 'status' | 'reliability' | 'type' | 'merged' };
export type CoordinatorReport = {
  readonly options: ReportOptions;
  readonly included: readonly string[];
  readonly excluded: readonly Exclusion[];
  readonly totals: { readonly events: number; readonly victims: number; readonly acts: number };
  readonly figures: readonly Figure[];
};

function exclusion(facts: ReportFacts, options: ReportOptions): Exclusion['reason'] | null {
  if (!options.types.includes(facts.type)) {
    return 'type';
  }
  if (facts.date === null || facts.date < options.from || facts.date > options.to) {
    return 'period';
  }
  if (options.statuses !== null && (facts.violationStatus === null || !options.statuses.includes(facts.violationStatus))) {
    return 'status';
  }
  return options.reliabilities !== null && (facts.reliability === null || !options.reliabilities.includes(facts.reliability)) ? 'reliability' : null;
}

const CATEGORIES: Record<Dimension, (facts: ReportFacts) => readonly string[]> = {
  month: (facts) => (facts.month === null ? [] : [facts.month]),
  region: (facts) => (facts.region === null ? [] : [facts.region]),
  type: (facts) => [facts.type],
  facilityType: (facts) => facts.facilityTypes,
  legalArticle: (facts) => facts.legalArticles,
  method: (facts) => facts.methods,
  outcome: (facts) => facts.outcomes,
};

/** Counted things per category: record ids for events, person ids (with their records) for victims. */
function tally(scope: readonly ReportFacts[], dimension: Dimension, unit: Unit): Map<string, { counted: Set<string>; records: Set<string> }> {
  const cells = new Map<string, { counted: Set<string>; records: Set<string> }>();
  for (const facts of scope) {
    const categories = CATEGORIES[dimension](facts);
    for (const category of categories.length === 0 ? [UNKNOWN] : categories) {
      const cell = cells.get(category) ?? { counted: new Set<string>(), records: new Set<string>() };
      (unit === 'events' ? [facts.recordId] : facts.victims).forEach((id) => cell.counted.add(id));
      cell.records.add(facts.recordId);
      cells.set(category, cell);
    }
  }
  return cells;
}

function figure(scope: readonly ReportFacts[], dimension: Dimension, unit: Unit, suppressBelow: number): Figure {
  const cells = tally(scope, dimension, unit);
  const rows = [...cells.entries()]
    .map(([category, cell]) => ({ category, count: cell.counted.size, suppressed: cell.counted.size > 0 && cell.counted.size < suppressBelow, recordIds: [...cell.records].sort() }))
    .sort((a, b) => (a.category === UNKNOWN ? 1 : b.category === UNKNOWN ? -1 : a.category.localeCompare(b.category)));
  const counted = (facts: readonly ReportFacts[]) => new Set(facts.flatMap((item) => (unit === 'events' ? [item.recordId] : item.victims))).size;
  return { id: `${unit}-by-${dimension}`, unit, dimension, rows, denominator: counted(scope.filter((item) => CATEGORIES[dimension](item).length > 0)), total: counted(scope) };
}

/** Events by every dimension; victims by month, region and type. */
const FIGURES: readonly (readonly [Dimension, Unit])[] = [...DIMENSIONS.map((dimension) => [dimension, 'events'] as const), ['month', 'victims'], ['region', 'victims'], ['type', 'victims']];

export function coordinatorReport(all: readonly ReportFacts[], decisions: readonly MergeDecision[], options: ReportOptions): CoordinatorReport {
  const representativeOf = representatives(all.map((facts) => facts.recordId), decisions);
  const excluded: Exclusion[] = [];
  const scope: ReportFacts[] = [];
  for (const facts of [...all].sort((a, b) => a.recordId.localeCompare(b.recordId))) {
    const reason = representativeOf.get(facts.recordId) !== facts.recordId ? 'merged' : exclusion(facts, options);
    if (reason === null) {
      scope.push(facts);
    } else {
      excluded.push({ recordId: facts.recordId, reason });
    }
  }
  return {
    options,
    included: scope.map((facts) => facts.recordId),
    excluded,
    totals: { events: scope.length, victims: new Set(scope.flatMap((facts) => facts.victims)).size, acts: scope.reduce((sum, facts) => sum + facts.acts, 0) },
    figures: FIGURES.map(([dimension, unit]) => figure(scope, dimension, unit, options.suppressBelow)),
  };
}
