import { z } from 'zod';
import { DIMENSIONS, ReportOptions, type CoordinatorReport } from './coordinatorReport';
import { MergeDecision } from './duplicates';
import { ReportFacts } from './reportFacts';
import { OfficialFigure } from './officialFigures';

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
  /** Shown beside the documented figures, with their sources; not recounted (they are not ours). */
  readonly officialFigures: readonly OfficialFigure[];
};

export function reportCompanion(report: CoordinatorReport, facts: readonly ReportFacts[], decisions: readonly MergeDecision[], officialFigures: readonly OfficialFigure[] = []): ReportCompanion {
  return {
    format: REPORT_COMPANION_FORMAT,
    options: report.options,
    records: [...facts].sort((a, b) => a.recordId.localeCompare(b.recordId)),
    decisions: [...decisions],
    totals: report.totals,
    figures: report.figures,
    officialFigures: [...officialFigures],
  };
}

const Count = z.number().int().nonnegative();
/** The companion as main receives it to save and sign: checked like any request. */
export const ReportCompanionSchema = z.object({
  format: z.literal(REPORT_COMPANION_FORMAT),
  options: ReportOptions,
  records: z.array(ReportFacts).max(100_000).readonly(),
  decisions: z.array(MergeDecision).max(100_000).readonly(),
  totals: z.object({ events: Count, victims: Count, acts: Count }),
  figures: z
    .array(
      z.object({
        id: z.string().max(100),
        unit: z.enum(['events', 'victims']),
        dimension: z.enum(DIMENSIONS),
        rows: z.array(z.object({ category: z.string().max(200), count: Count, suppressed: z.boolean(), recordIds: z.array(z.string()).max(100_000).readonly() })).max(10_000).readonly(),
        denominator: Count,
        total: Count,
      }),
    )
    .max(100)
    .readonly(),
  officialFigures: z.array(OfficialFigure).max(1000).readonly(),
});
