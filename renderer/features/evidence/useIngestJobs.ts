import { useCallback, useEffect, useReducer, useState } from 'react';
import type { ErrorCode } from '../../../shared/errors/appError';
import type { IngestJob } from '../../../shared/evidence/evidenceItem';
import { useApi } from '../../bridge/BridgeContext';
import { errorCodeOf } from '../../ui/errorCode';
import { inBatches } from './droppedFiles';
import { ingestJobsReducer, NO_INGEST_JOBS, type IngestJobsState } from './ingestJobs';

export type IngestJobs = {
  readonly state: IngestJobsState;
  /** Why the last pick, ingest or cancel was refused (the vault locked, say). */
  readonly failure: ErrorCode | null;
  readonly pick: () => Promise<void>;
  readonly ingest: (paths: readonly string[]) => Promise<void>;
  readonly cancel: (jobId: string) => Promise<void>;
  readonly dismiss: (jobId: string) => void;
};

/**
 * Imports into one record. Main streams each file in the background and reports progress as
 * events; nothing here waits for a file to finish, so the record stays usable meanwhile.
 */
export function useIngestJobs(recordId: string): IngestJobs {
  const api = useApi();
  const [state, dispatch] = useReducer(ingestJobsReducer, NO_INGEST_JOBS);
  const [failure, setFailure] = useState<ErrorCode | null>(null);

  useEffect(
    () =>
      api.on('evidence.progress', (progress) => {
        // Events for every record arrive here; another open record's imports are not ours to show.
        if (progress.recordId === recordId) {
          dispatch({ type: 'progress', progress, at: performance.now() });
        }
      }),
    [api, recordId],
  );

  const queue = useCallback(async (start: () => Promise<readonly IngestJob[]>) => {
    setFailure(null);
    try {
      dispatch({ type: 'queued', jobs: await start() });
    } catch (error) {
      setFailure(errorCodeOf(error));
    }
  }, []);

  const pick = useCallback(() => queue(() => api.call('evidence.pick', { recordId })), [api, queue, recordId]);

  const ingest = useCallback(
    async (paths: readonly string[]) => {
      for (const batch of inBatches(paths)) {
        await queue(() => api.call('evidence.ingest', { recordId, paths: batch }));
      }
    },
    [api, queue, recordId],
  );

  const cancel = useCallback(
    async (jobId: string) => {
      try {
        await api.call('evidence.cancel', { jobId });
      } catch (error) {
        setFailure(errorCodeOf(error));
      }
    },
    [api],
  );

  const dismiss = useCallback((jobId: string) => dispatch({ type: 'dismiss', jobId }), []);
  return { state, failure, pick, ingest, cancel, dismiss };
}
