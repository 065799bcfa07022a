import type { CoordinatorReport } from './coordinatorReport';
import type { MergeDecision } from './duplicates';
import type { ReportFacts } from './reportFacts';

// The machine-readable companion of a report (docs/reports.md): the options, every record's facts
// (with its monitor's key fingerprint and its sealed revision's hash), the merge decisions, and
// every figure with the records behind each cell. From this file alone a third party can recount
// every figure, which test/shared/reports/recount.test.ts does with its own code. It carries the
// small cells the printed report withholds: it is for verifiers, not for publication.

export const REPORT_COMPANION_FORMAT = 'aigaq-report-companion-v1';

export type ReportCompanion = {
  readonly format: typeof REPORT_COMPANION_FORMAT;
  readonly options: CoordinatorReport['options'];
  readonly records: readonly ReportFacts[];
  readonly decisions: readonly MergeDecision[];
  readonly totals: CoordinatorReport['totals'];
  readonly figures: CoordinatorReport['figures'];
};

export function reportCompanion(report: CoordinatorReport, facts: readonly ReportFacts[], decisions: readonly MergeDecision[]): ReportCompanion {
  return {
    format: REPORT_COMPANION_FORMAT,
    options: report.options,
    records: [...facts].sort((a, b) => a.recordId.localeCompare(b.recordId)),
    decisions: [...decisions],
    totals: report.totals,
    figures: report.figures,
  };
}
