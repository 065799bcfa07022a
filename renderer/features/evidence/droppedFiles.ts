// Files dropped on the evidence panel. The preload turns each File into its path on disk; a file
// with no path (dragged from a browser or an archive viewer, say) cannot be streamed in by main,
// so it is named to the monitor rather than silently left out.

/** evidence.ingest takes at most this many paths per call (shared/ipc/contract.ts). */
export const INGEST_BATCH = 500;

export type DroppedFiles = { readonly paths: readonly string[]; readonly unattachable: readonly string[] };

export function sortDropped(names: readonly string[], paths: readonly string[]): DroppedFiles {
  const attachable: string[] = [];
  const unattachable: string[] = [];
  names.forEach((name, index) => {
    const path = paths[index] ?? '';
    if (path === '') {
      unattachable.push(name);
    } else {
      attachable.push(path);
    }
  });
  return { paths: attachable, unattachable };
}

export function inBatches<T>(items: readonly T[], size: number = INGEST_BATCH): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    batches.push(items.slice(start, start + size));
  }
  return batches;
}
