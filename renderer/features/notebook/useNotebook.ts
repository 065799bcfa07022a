import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ErrorCode } from '../../../shared/errors/appError';
import { useApi } from '../../bridge/BridgeContext';
import { createNotebookRepo, type NotebookListing, type NotebookRepo } from '../../store/notebookRepo';
import { useDb } from '../../store/StoreContext';
import { useNotebookIds } from '../../store/useNotebookIds';
import { errorCodeOf } from '../../ui/errorCode';

/** How many entries are opened and shown at first, and added by each "Show more". */
export const PAGE_SIZE = 200;

export type NotebookView =
  | { readonly kind: 'loading' }
  | ({ readonly kind: 'ready' } & NotebookListing)
  | { readonly kind: 'failed'; readonly code: ErrorCode };

/** The notebook's newest entries, live from Dexie, opened by main; and the repository to add to it. */
export function useNotebook(): { readonly repo: NotebookRepo; readonly view: NotebookView; readonly showMore: () => void } {
  const api = useApi();
  const db = useDb();
  const repo = useMemo(() => createNotebookRepo(api, db), [api, db]);
  const ids = useNotebookIds(db);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [view, setView] = useState<NotebookView>({ kind: 'loading' });
  const showMore = useCallback(() => setLimit((current) => current + PAGE_SIZE), []);

  useEffect(() => {
    if (ids === undefined) {
      return undefined;
    }
    let live = true;
    repo.list(ids, limit).then(
      (listing) => live && setView({ kind: 'ready', ...listing }),
      (error: unknown) => live && setView({ kind: 'failed', code: errorCodeOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [repo, ids, limit]);

  return { repo, view, showMore };
}
