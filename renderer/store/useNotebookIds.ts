import { useLiveQuery } from 'dexie-react-hooks';
import type { AigaqDb } from './db';
import { allNotebookIds } from './notebookRepo';

/** Every notebook row's id, kept live by Dexie; undefined until the first read finishes. */
export function useNotebookIds(db: AigaqDb): string[] | undefined {
  return useLiveQuery(() => allNotebookIds(db), [db]);
}
