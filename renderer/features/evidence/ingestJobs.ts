import type { IngestFailure, IngestJob, IngestProgress } from '../../../shared/evidence/evidenceItem';

// The list of files being imported into one record, as a pure reducer over what main reports:
// the jobs evidence.pick / evidence.ingest queued, then evidence.progress events. A done job
// leaves the list (its item appears in the item list), a failed one stays until dismissed so the
// monitor sees why. Events and answers can arrive in either order; neither may resurrect a job.

export type IngestJobView = {
  readonly jobId: string;
  readonly name: string;
  readonly bytes: number;
  readonly total: number;
  readonly state: 'queued' | 'running' | 'failed';
  readonly failure: IngestFailure | null;
  /** Bytes per second, smoothed; null until a second event has come in after long enough. */
  readonly bytesPerSecond: number | null;
  /** Where the current speed window started (ms, the caller's clock) and how many bytes were in then. */
  readonly windowStart: { readonly at: number; readonly bytes: number } | null;
};

export type IngestJobsState = {
  readonly jobs: readonly IngestJobView[];
  /** Jobs that left the list: a late answer or event about them is ignored. */
  readonly gone: readonly string[];
  /** How many jobs finished: the item list reloads when this changes. */
  readonly completed: number;
};

export type IngestJobsAction =
  | { readonly type: 'queued'; readonly jobs: readonly IngestJob[] }
  | { readonly type: 'progress'; readonly progress: IngestProgress; readonly at: number }
  | { readonly type: 'dismiss'; readonly jobId: string };

export const NO_INGEST_JOBS: IngestJobsState = { jobs: [], gone: [], completed: 0 };

/** Events come per chunk; a speed over less than this is noise. */
export const SPEED_WINDOW_MS = 500;
/** Weight of the newest window in the shown speed: steady enough to read, quick enough to follow. */
const SMOOTHING = 0.5;
/** The ids remembered as gone: far more than a monitor imports in one sitting. */
const GONE_KEPT = 2000;

function fresh(job: IngestJob): IngestJobView {
  return { jobId: job.jobId, name: job.name, bytes: 0, total: job.size, state: 'queued', failure: null, bytesPerSecond: null, windowStart: null };
}

function withSpeed(job: IngestJobView, bytes: number, at: number): Pick<IngestJobView, 'bytesPerSecond' | 'windowStart'> {
  const start = job.windowStart;
  if (start === null || bytes < start.bytes) {
    return { bytesPerSecond: job.bytesPerSecond, windowStart: { at, bytes } };
  }
  const elapsed = at - start.at;
  if (elapsed < SPEED_WINDOW_MS) {
    return { bytesPerSecond: job.bytesPerSecond, windowStart: start };
  }
  const measured = ((bytes - start.bytes) / elapsed) * 1000;
  const smoothed = job.bytesPerSecond === null ? measured : SMOOTHING * measured + (1 - SMOOTHING) * job.bytesPerSecond;
  return { bytesPerSecond: smoothed, windowStart: { at, bytes } };
}

function leave(state: IngestJobsState, jobId: string, completed: number): IngestJobsState {
  return { jobs: state.jobs.filter((job) => job.jobId !== jobId), gone: [...state.gone, jobId].slice(-GONE_KEPT), completed };
}

function progressed(state: IngestJobsState, progress: IngestProgress, at: number): IngestJobsState {
  if (state.gone.includes(progress.jobId)) {
    return state;
  }
  if (progress.state === 'done') {
    return leave(state, progress.jobId, state.completed + 1);
  }
  const known = state.jobs.find((job) => job.jobId === progress.jobId) ?? fresh({ jobId: progress.jobId, recordId: progress.recordId, name: progress.name, size: progress.total });
  const failed = progress.state === 'failed';
  const next: IngestJobView = {
    ...known,
    name: progress.name,
    bytes: progress.bytes,
    total: progress.total,
    state: progress.state,
    failure: failed ? (progress.failure ?? 'INTERNAL') : null,
    ...(failed ? { bytesPerSecond: null, windowStart: null } : withSpeed(known, progress.bytes, at)),
  };
  const present = state.jobs.some((job) => job.jobId === progress.jobId);
  return { ...state, jobs: present ? state.jobs.map((job) => (job.jobId === next.jobId ? next : job)) : [...state.jobs, next] };
}

export function ingestJobsReducer(state: IngestJobsState, action: IngestJobsAction): IngestJobsState {
  switch (action.type) {
    case 'queued': {
      const known = new Set([...state.gone, ...state.jobs.map((job) => job.jobId)]);
      const added = action.jobs.filter((job) => !known.has(job.jobId)).map(fresh);
      return added.length === 0 ? state : { ...state, jobs: [...state.jobs, ...added] };
    }
    case 'progress':
      return progressed(state, action.progress, action.at);
    case 'dismiss':
      return state.jobs.some((job) => job.jobId === action.jobId && job.state === 'failed') ? leave(state, action.jobId, state.completed) : state;
  }
}
