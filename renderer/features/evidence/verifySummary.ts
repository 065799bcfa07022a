import type { EvidenceCheck, VerifyReport } from '../../../shared/evidence/evidenceItem';

// "Verify all evidence" reduced to what the monitor needs: how many files are fine, and which are
// not, each by name and record, so nothing damaged hides behind a total.

export type VerifySummary = {
  readonly intact: number;
  readonly damaged: number;
  readonly missing: number;
  /** Items whose file or custody log failed, in the report's order. */
  readonly problems: readonly EvidenceCheck[];
  /** Items whose stored metadata could not be read at all (so not even named). */
  readonly unreadable: number;
  readonly allGood: boolean;
};

export function summariseVerifyReport(report: VerifyReport): VerifySummary {
  const count = (status: EvidenceCheck['status']) => report.items.filter((item) => item.status === status).length;
  const problems = report.items.filter((item) => item.status !== 'intact' || item.custody !== 'intact');
  return {
    intact: count('intact'),
    damaged: count('damaged'),
    missing: count('missing'),
    problems,
    unreadable: report.unreadable,
    allGood: problems.length === 0 && report.unreadable === 0,
  };
}
