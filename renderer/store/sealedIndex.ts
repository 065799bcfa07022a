import { NOTEBOOK_INDEX_ID, NOTEBOOK_INDEX_SCHEMA_VERSION, NotebookIndex, type NotebookIndexEntry } from '../../shared/records/notebookIndex';
import type { Api } from '../bridge/api';
import type { AigaqDb } from './db';

// Reads and writes the notebook's sealed ordering index. A missing, damaged or unreadable index
// reads as empty: the repository then rebuilds it from the rows, so nothing depends on it but speed.

export async function readNotebookIndex(api: Api, db: AigaqDb): Promise<NotebookIndexEntry[]> {
  const row = await db.notebookIndex.get(NOTEBOOK_INDEX_ID);
  if (row === undefined) {
    return [];
  }
  const [opened] = await api.call('records.open', { table: 'notebookIndex', rows: [{ id: row.id, b: row.b }] });
  const parsed = opened?.ok ? NotebookIndex.safeParse(opened.record) : undefined;
  return parsed?.success ? parsed.data.entries : [];
}

export async function writeNotebookIndex(api: Api, db: AigaqDb, entries: readonly NotebookIndexEntry[]): Promise<void> {
  const record = { schemaVersion: NOTEBOOK_INDEX_SCHEMA_VERSION, entries: [...entries] };
  const sealed = await api.call('records.seal', { table: 'notebookIndex', id: NOTEBOOK_INDEX_ID, record });
  await db.notebookIndex.put({ id: sealed.id, b: sealed.b });
}

/** Newest first; ties broken by id so the order is stable. */
export function newestFirst(entries: readonly NotebookIndexEntry[]): NotebookIndexEntry[] {
  return [...entries].sort(([idA, atA], [idB, atB]) => Date.parse(atB) - Date.parse(atA) || (idA < idB ? -1 : idA > idB ? 1 : 0));
}
