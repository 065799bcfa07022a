import { ingestJobsReducer, NO_INGEST_JOBS, SPEED_WINDOW_MS, type IngestJobsAction, type IngestJobsState } from '../../../../renderer/features/evidence/ingestJobs';
import { progress } from './evidenceSamples';

const run = (actions: readonly IngestJobsAction[], from: IngestJobsState = NO_INGEST_JOBS): IngestJobsState => actions.reduce(ingestJobsReducer, from);
const queued: IngestJobsAction = { type: 'queued', jobs: [{ jobId: 'job1', recordId: 'record0000000000000001', name: 'video.mp4', size: 10_000_000 }] };

describe('the list of files being imported', () => {
  it('shows a queued file, follows it while it runs, and drops it once it is done, asking for the item list again', () => {
    const waiting = run([queued]);
    expect(waiting.jobs).toEqual([expect.objectContaining({ jobId: 'job1', name: 'video.mp4', bytes: 0, total: 10_000_000, state: 'queued' })]);
    const running = run([{ type: 'progress', progress: progress({ bytes: 4_000_000 }), at: 0 }], waiting);
    expect(running.jobs[0]).toMatchObject({ state: 'running', bytes: 4_000_000 });
    const done = run([{ type: 'progress', progress: progress({ bytes: 10_000_000, state: 'done', itemId: 'item0000000000000000001' }), at: 900 }], running);
    expect(done.jobs).toEqual([]);
    expect(done.completed).toBe(1);
  });

  it('keeps a failed file in the list with its reason until the monitor dismisses it', () => {
    const failed = run([queued, { type: 'progress', progress: progress({ bytes: 1000, state: 'failed', failure: 'SOURCE_CHANGED' }), at: 0 }]);
    expect(failed.jobs).toEqual([expect.objectContaining({ jobId: 'job1', state: 'failed', failure: 'SOURCE_CHANGED', bytesPerSecond: null })]);
    expect(failed.completed).toBe(0);
    expect(run([{ type: 'dismiss', jobId: 'job1' }], failed).jobs).toEqual([]);
  });

  it('does not let a running file be dismissed: only Cancel stops an import', () => {
    const running = run([queued, { type: 'progress', progress: progress({ bytes: 10 }), at: 0 }]);
    expect(run([{ type: 'dismiss', jobId: 'job1' }], running)).toBe(running);
  });

  it('computes the speed from two events and smooths the ones after', () => {
    const first = run([queued, { type: 'progress', progress: progress({ bytes: 0 }), at: 1000 }]);
    expect(first.jobs[0]?.bytesPerSecond).toBeNull();
    const second = run([{ type: 'progress', progress: progress({ bytes: 5_000_000 }), at: 2000 }], first);
    expect(second.jobs[0]?.bytesPerSecond).toBe(5_000_000);
    const third = run([{ type: 'progress', progress: progress({ bytes: 8_000_000 }), at: 3000 }], second);
    // 3 MB/s measured, half-weighted against the 5 MB/s before it.
    expect(third.jobs[0]?.bytesPerSecond).toBe(4_000_000);
  });

  it('waits for a long enough window before changing the speed, so per-chunk events do not make it jitter', () => {
    const start = run([queued, { type: 'progress', progress: progress({ bytes: 0 }), at: 0 }]);
    const soon = run([{ type: 'progress', progress: progress({ bytes: 65_536 }), at: 1 }], start);
    expect(soon.jobs[0]?.bytesPerSecond).toBeNull();
    const later = run([{ type: 'progress', progress: progress({ bytes: 1_000_000 }), at: SPEED_WINDOW_MS }], soon);
    expect(later.jobs[0]?.bytesPerSecond).toBe(2_000_000);
  });

  it('takes progress that arrives before the answer to "Attach files…", and does not add the job twice', () => {
    const early = run([{ type: 'progress', progress: progress({ bytes: 500 }), at: 0 }, queued]);
    expect(early.jobs).toHaveLength(1);
    expect(early.jobs[0]).toMatchObject({ bytes: 500, state: 'running' });
  });

  it('does not bring back a job that finished before the answer naming it arrived', () => {
    const finished = run([{ type: 'progress', progress: progress({ bytes: 10_000_000, state: 'done' }), at: 0 }, queued]);
    expect(finished.jobs).toEqual([]);
    expect(finished.completed).toBe(1);
  });

  it('lists several files in the order they were queued', () => {
    const two = run([
      { type: 'queued', jobs: [{ jobId: 'a', recordId: 'record0000000000000001', name: 'a.jpg', size: 1 }, { jobId: 'b', recordId: 'record0000000000000001', name: 'b.jpg', size: 2 }] },
      { type: 'progress', progress: progress({ jobId: 'b', name: 'b.jpg', bytes: 1, total: 2 }), at: 0 },
    ]);
    expect(two.jobs.map((job) => [job.name, job.state])).toEqual([
      ['a.jpg', 'queued'],
      ['b.jpg', 'running'],
    ]);
  });
});
