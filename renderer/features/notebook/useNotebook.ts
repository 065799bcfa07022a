import { useEffect, useMemo, useState } from 'react';
import type { ErrorCode } from '../../../shared/errors/appError';
import { useApi } from '../../bridge/BridgeContext';
import { createNotebookRepo, type NotebookItem, type NotebookRepo } from '../../store/notebookRepo';
import { useDb } from '../../store/StoreContext';
import { useNotebookRows } from '../../store/useNotebookRows';
import { errorCodeOf } from '../../ui/errorCode';

export type NotebookView =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly items: readonly NotebookItem[] }
  | { readonly kind: 'failed'; readonly code: ErrorCode };

/** The notebook's rows, live from Dexie, opened by main; and the repository to add to it. */
export function useNotebook(): { readonly repo: NotebookRepo; readonly view: NotebookView } {
  const api = useApi();
  const db = useDb();
  const repo = useMemo(() => createNotebookRepo(api, db), [api, db]);
  const rows = useNotebookRows(db);
  const [view, setView] = useState<NotebookView>({ kind: 'loading' });

  useEffect(() => {
    if (rows === undefined) {
      return undefined;
    }
    let live = true;
    repo.open(rows).then(
      (items) => live && setView({ kind: 'ready', items }),
      (error: unknown) => live && setView({ kind: 'failed', code: errorCodeOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [repo, rows]);

  return { repo, view };
}
