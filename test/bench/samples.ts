import { execFileSync } from 'node:child_process';
import { accessSync, constants, writeFileSync } from 'node:fs';

// Repeated timings of one step, summarised two ways. On this kind of machine (a small VM) the
// kernel's page-cache writes stall now and then for reasons outside the program: the same `cp` of
// the same 1 GiB file took 0.28 s and 2.62 s a minute apart. A stall only ever adds time, so the
// best of several runs is the fairer figure for what the work itself costs; the median is printed
// beside it. Both summaries are taken the same way for our steps and for their references.

/**
 * Reads every file under `paths` once, so that the step timed next starts from the page cache, as
 * its reference does. Without it a step's input could be cold: this VM reclaims cached pages that
 * were not touched for a few seconds, and the store's copy of the evidence, written during set-up,
 * was read from disk by the export while the references read their warm plain copy.
 */
export function warm(...paths: string[]): void {
  execFileSync('sh', ['-c', 'find "$@" -type f -exec cat {} + > /dev/null', 'sh', ...paths]);
}

const DROP_CACHES = '/proc/sys/vm/drop_caches';

/** Whether settle() can drop the page cache (root on Linux); printed with the figures. */
export function canDropCaches(): boolean {
  try {
    accessSync(DROP_CACHES, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a timed step from the same state as every other step: nothing dirty left by the step
 * before (`sync`), and, where permitted, the clean page cache dropped. On this VM the host backs
 * the guest's memory lazily, and a step that needs page-cache pages the guest has not used yet pays
 * for them in kernel time: writing 1 GiB cost 0.3 s of it, then 2.5 s once 3 GiB of other files
 * were cached, and 0.3 s again after the cache was dropped. Without this, each step paid for the
 * files every step before it left cached, and ours run last.
 */
export function settle(): void {
  execFileSync('sync');
  if (canDropCaches()) {
    writeFileSync(DROP_CACHES, '3');
  }
}

/** settle(), then warm(inputs): how every timed step of the file benchmarks starts. */
export function startClean(...inputs: string[]): void {
  settle();
  warm(...inputs);
}

export type Sample = { readonly best: number; readonly median: number; readonly runs: number };

export function sample(values: readonly number[]): Sample {
  const sorted = [...values].sort((a, b) => a - b);
  return { best: sorted[0] as number, median: sorted[Math.floor(sorted.length / 2)] as number, runs: sorted.length };
}

/** "median 0.310 s of 5": printed beside the best. */
export function medianNote(value: Sample): string {
  return `median ${value.median.toFixed(3)} s of ${value.runs}`;
}

/** The ratio of two samples, best to best, with the median ratio beside it. */
export function ratio(ours: Sample, reference: Sample): { best: number; median: number } {
  return { best: ours.best / reference.best, median: ours.median / reference.median };
}
