import { randomBytes } from 'node:crypto';
import { base64urlnopad } from '@scure/base';
import { isAppError } from '../../shared/errors/appError';
import { IngestFailure, type IngestJob, type IngestProgress } from '../../shared/evidence/evidenceItem';
import type { EvidenceStore } from './evidenceStore';
import { displayName, inspectSource, type SourceFile } from './sourceFile';

// Imports run one at a time in main, in the background: the renderer gets the queued jobs back at
// once and follows them through 'evidence.progress' events, so the record stays usable. One at a
// time because the disk, not the CPU, is the limit, and a monitor sees each file finish in turn.

const PROGRESS_INTERVAL_MS = 200;

export type IngestQueueDeps = {
  readonly store: EvidenceStore;
  readonly emit: (progress: IngestProgress) => void;
  readonly clock?: () => number;
};

type Job = { readonly job: IngestJob; readonly source: SourceFile | null; readonly failure: IngestFailure | null; readonly abort: AbortController };

function failureOf(error: unknown): IngestFailure {
  const parsed = IngestFailure.safeParse(isAppError(error) ? error.code : 'INTERNAL');
  return parsed.success ? parsed.data : 'STORAGE';
}

export function createIngestQueue(deps: IngestQueueDeps) {
  const clock = deps.clock ?? Date.now;
  const waiting: Job[] = [];
  const jobs = new Map<string, Job>();
  let running = false;

  const progress = (entry: Job, state: IngestProgress['state'], bytes: number, extra: Partial<Pick<IngestProgress, 'itemId' | 'failure'>> = {}) =>
    deps.emit({ jobId: entry.job.jobId, recordId: entry.job.recordId, name: entry.job.name, bytes, total: entry.job.size, state, itemId: extra.itemId ?? null, failure: extra.failure ?? null });

  async function run(entry: Job): Promise<void> {
    if (entry.failure !== null || entry.source === null) {
      progress(entry, 'failed', 0, { failure: entry.failure ?? 'SOURCE_UNREADABLE' });
      return;
    }
    let lastEmit = 0;
    progress(entry, 'running', 0);
    try {
      const item = await deps.store.ingest(entry.job.recordId, entry.source, {
        signal: entry.abort.signal,
        onBytes: (bytes) => {
          if (clock() - lastEmit >= PROGRESS_INTERVAL_MS) {
            lastEmit = clock();
            progress(entry, 'running', bytes);
          }
        },
      });
      progress(entry, 'done', item.size, { itemId: item.id });
    } catch (error) {
      const reason: unknown = entry.abort.signal.reason;
      progress(entry, 'failed', 0, { failure: entry.abort.signal.aborted ? (reason === 'LOCKED' ? 'LOCKED' : 'CANCELLED') : failureOf(error) });
    }
  }

  async function drain(): Promise<void> {
    if (running) {
      return;
    }
    running = true;
    for (let entry = waiting.shift(); entry !== undefined; entry = waiting.shift()) {
      await run(entry);
      jobs.delete(entry.job.jobId);
    }
    running = false;
  }

  async function prepare(recordId: string, path: string): Promise<Job> {
    const jobId = base64urlnopad.encode(randomBytes(12));
    const abort = new AbortController();
    try {
      const source = await inspectSource(path, deps.store.folder);
      return { job: { jobId, recordId, name: source.name, size: source.size }, source, failure: null, abort };
    } catch (error) {
      return { job: { jobId, recordId, name: displayName(path), size: 0 }, source: null, failure: failureOf(error), abort };
    }
  }

  return {
    /** Queues the files and returns their jobs at once; progress follows as events. */
    async enqueue(recordId: string, paths: readonly string[]): Promise<IngestJob[]> {
      const prepared = await Promise.all(paths.map((path) => prepare(recordId, path)));
      prepared.forEach((entry) => {
        jobs.set(entry.job.jobId, entry);
        waiting.push(entry);
      });
      // After the caller has its answer, so the renderer knows the jobs before their events.
      setImmediate(() => {
        prepared.forEach((entry) => entry.failure === null && progress(entry, 'queued', 0));
        void drain();
      });
      return prepared.map((entry) => entry.job);
    },

    cancel(jobId: string, failure: 'CANCELLED' | 'LOCKED' = 'CANCELLED'): void {
      const entry = jobs.get(jobId);
      if (entry === undefined) {
        return;
      }
      entry.abort.abort(failure);
      const queuedAt = waiting.indexOf(entry);
      if (queuedAt >= 0) {
        waiting.splice(queuedAt, 1);
        jobs.delete(jobId);
        progress(entry, 'failed', 0, { failure });
      }
    },

    /** On lock: nothing may go on writing with keys that are gone. */
    cancelAll(): void {
      [...jobs.keys()].forEach((jobId) => this.cancel(jobId, 'LOCKED'));
    },

    /** Resolves when nothing is queued or running (tests, and an orderly quit). */
    async idle(): Promise<void> {
      while (running || waiting.length > 0) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}

export type IngestQueue = ReturnType<typeof createIngestQueue>;
