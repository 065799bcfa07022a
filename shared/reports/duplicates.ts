import { z } from 'zod';
import type { ReportFacts } from './reportFacts';

// The same case reported by two monitors must be counted once (docs/reports.md, "Duplicates").
// Candidates: two records that share a victim (the same person, or the same identity as the
// coordinator's register links them), whose start dates are within a tolerance, in the same
// region. A coordinator decides: merge (counted once, under the earliest record) or keep separate.
// Decisions are data, kept with the report and in its companion, and can be reversed by a later one.

export const DUPLICATE_TOLERANCE_DAYS = 3;

export const MergeDecision = z.strictObject({
  recordIds: z.array(z.string()).min(2),
  decision: z.enum(['merge', 'separate']),
  decidedAt: z.iso.datetime(),
  decidedBy: z.string().max(100),
});
export type MergeDecision = z.infer<typeof MergeDecision>;

export type DuplicateCandidate = { readonly recordIds: readonly [string, string]; readonly days: number };

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

function sameCase(a: ReportFacts, b: ReportFacts, links: ReadonlyMap<string, ReadonlySet<string>>, tolerance: number): number | null {
  const [linksA, linksB] = [links.get(a.recordId) ?? new Set<string>(), links.get(b.recordId) ?? new Set<string>()];
  const shared = [...linksA].some((link) => linksB.has(link));
  if (!shared || a.date === null || b.date === null || a.region !== b.region) {
    return null;
  }
  const days = Math.abs(dayNumber(a.date) - dayNumber(b.date));
  return days <= tolerance ? days : null;
}

/** Pairs of records that may be one case; `links` holds each record's victim link keys. */
export function duplicateCandidates(facts: readonly ReportFacts[], links: ReadonlyMap<string, ReadonlySet<string>>, tolerance = DUPLICATE_TOLERANCE_DAYS): DuplicateCandidate[] {
  const ordered = [...facts].sort((a, b) => a.recordId.localeCompare(b.recordId));
  const candidates: DuplicateCandidate[] = [];
  ordered.forEach((a, index) => {
    for (const b of ordered.slice(index + 1)) {
      const days = sameCase(a, b, links, tolerance);
      if (days !== null) {
        candidates.push({ recordIds: [a.recordId, b.recordId], days });
      }
    }
  });
  return candidates;
}

/**
 * Each record's representative: itself, or the earliest (by id) record of the merged case it
 * belongs to. Decisions apply in time order, so a later "separate" undoes an earlier "merge".
 */
export function representatives(recordIds: readonly string[], decisions: readonly MergeDecision[]): Map<string, string> {
  const pairs = new Map<string, boolean>();
  const pairKey = (a: string, b: string) => [a, b].sort().join('\u0000');
  for (const decision of [...decisions].sort((a, b) => a.decidedAt.localeCompare(b.decidedAt))) {
    decision.recordIds.forEach((a, index) => decision.recordIds.slice(index + 1).forEach((b) => pairs.set(pairKey(a, b), decision.decision === 'merge')));
  }
  const parent = new Map(recordIds.map((id) => [id, id]));
  const find = (id: string): string => {
    const up = parent.get(id) ?? id;
    return up === id ? id : find(up);
  };
  for (const [key, merged] of pairs) {
    const [a = '', b = ''] = key.split('\u0000');
    if (merged && parent.has(a) && parent.has(b)) {
      const [ra, rb] = [find(a), find(b)].sort();
      parent.set(rb ?? '', ra ?? '');
    }
  }
  return new Map(recordIds.map((id) => [id, find(id)]));
}
