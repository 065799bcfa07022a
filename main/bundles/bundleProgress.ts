import type { BundleProgress } from '../../shared/bundles/bundleProgress';

// A bundle of a gigabyte takes seconds to write or read: the screen gets a progress event at most
// every PROGRESS_INTERVAL_MS (and always the last one), not one per 64 KiB chunk.

const PROGRESS_INTERVAL_MS = 200;

export function createProgressReporter(operation: BundleProgress['operation'], emit: (progress: BundleProgress) => void, clock: () => number = Date.now) {
  let last = 0;
  return (bytes: number, total: number): void => {
    const now = clock();
    if (bytes >= total || now - last >= PROGRESS_INTERVAL_MS) {
      last = now;
      emit({ operation, bytes, total: Math.max(total, bytes) });
    }
  };
}
