import { useCallback, useEffect, useState } from 'react';
import type { ErrorCode } from '../../../shared/errors/appError';
import type { EvidenceSummary } from '../../../shared/evidence/evidenceSummary';
import { useApi } from '../../bridge/BridgeContext';
import { errorCodeOf } from '../../ui/errorCode';

export type EvidenceList = {
  /** null until the first answer. */
  readonly items: readonly EvidenceSummary[] | null;
  readonly failure: ErrorCode | null;
  /** Asks main again (after a delete or a new working copy). */
  readonly reload: () => void;
};

/**
 * The record's evidence as main describes it. It is asked again whenever `completedImports`
 * changes, so a finished import shows up; a failed reload keeps the list already shown.
 */
export function useEvidenceList(recordId: string, completedImports: number): EvidenceList {
  const api = useApi();
  const [items, setItems] = useState<readonly EvidenceSummary[] | null>(null);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    api.call('evidence.list', { recordId }).then(
      (listed) => {
        if (live) {
          setItems(listed);
          setFailure(null);
        }
      },
      (error: unknown) => live && setFailure(errorCodeOf(error)),
    );
    return () => {
      live = false;
    };
  }, [api, recordId, completedImports, version]);

  const reload = useCallback(() => setVersion((current) => current + 1), []);
  return { items, failure, reload };
}
