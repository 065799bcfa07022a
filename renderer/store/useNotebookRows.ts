import { useLiveQuery } from 'dexie-react-hooks';
import type { AigaqDb, StoredRow } from './db';
import { allNotebookRows } from './notebookRepo';

/** Every sealed notebook row, kept live by Dexie; undefined until the first read finishes. */
export function useNotebookRows(db: AigaqDb): StoredRow[] | undefined {
  return useLiveQuery(() => allNotebookRows(db), [db]);
}
