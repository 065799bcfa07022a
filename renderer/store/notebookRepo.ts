import { AppError } from '../../shared/errors/appError';
import type { OpenedRecord } from '../../shared/ipc/contract';
import { NOTEBOOK_SCHEMA_VERSION, NotebookEntry } from '../../shared/records/notebookEntry';
import { SealedRow } from '../../shared/records/recordTables';
import type { Api } from '../bridge/api';
import type { AigaqDb, StoredRow } from './db';
import { newRecordId } from './recordId';

// Writing: main seals the plaintext (records.seal) and only the sealed row reaches Dexie.
// Reading: rows go back to main (records.open) in batches; each answer is checked against the
// entry schema. The repository keeps what it opened for the life of the page, keyed by the
// sealed bytes, so adding one entry to ten thousand opens one row, not ten thousand. A lock
// reloads the page, which drops this cache with everything else.

export const OPEN_BATCH_SIZE = 1000;

export type NotebookDraft = { readonly title: string; readonly text: string };

export type NotebookItem =
  | { readonly id: string; readonly state: 'ok'; readonly entry: NotebookEntry }
  /** Failed its integrity check, or is not even shaped like a sealed row. */
  | { readonly id: string; readonly state: 'damaged' }
  /** Opened, but not an entry this version can show (a newer schema, say). */
  | { readonly id: string; readonly state: 'unsupported' };

export type NotebookRepo = {
  /** Seals and stores a new entry; returns its id. */
  add(draft: NotebookDraft, now?: Date): Promise<string>;
  /** Opens rows into items, newest first; damaged ones first of all, so they are noticed. */
  open(rows: readonly StoredRow[]): Promise<NotebookItem[]>;
};

/** A pure Dexie querier, for useLiveQuery. */
export function allNotebookRows(db: AigaqDb): Promise<StoredRow[]> {
  return db.notebook.toArray();
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) {
    return false;
  }
  for (let index = 0; index < a.length; index += 1) {
    if (a[index] !== b[index]) {
      return false;
    }
  }
  return true;
}

function itemFor(id: string, opened: OpenedRecord | undefined): NotebookItem {
  if (opened === undefined || !opened.ok) {
    return { id, state: 'damaged' };
  }
  const parsed = NotebookEntry.safeParse(opened.record);
  return parsed.success ? { id, state: 'ok', entry: parsed.data } : { id, state: 'unsupported' };
}

const STATE_ORDER = { damaged: 0, unsupported: 1, ok: 2 } as const;

function createdAtOf(item: NotebookItem): number {
  return item.state === 'ok' ? Date.parse(item.entry.createdAt) : 0;
}

export function sortNewestFirst(items: readonly NotebookItem[]): NotebookItem[] {
  return [...items].sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || createdAtOf(b) - createdAtOf(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function openBatch(api: Api, rows: readonly StoredRow[]): Promise<NotebookItem[]> {
  const answers = await api.call('records.open', { table: 'notebook', rows: rows.map(({ id, b }) => ({ id, b })) });
  const byId = new Map(answers.map((answer) => [answer.id, answer]));
  return rows.map((row) => itemFor(row.id, byId.get(row.id)));
}

export function createNotebookRepo(api: Api, db: AigaqDb, newId: () => string = newRecordId): NotebookRepo {
  let opened = new Map<string, { readonly b: Uint8Array; readonly item: NotebookItem }>();

  return {
    async add(draft, now = new Date()) {
      const at = now.toISOString();
      const candidate = { schemaVersion: NOTEBOOK_SCHEMA_VERSION, title: draft.title.trim(), text: draft.text, createdAt: at, updatedAt: at };
      const record = NotebookEntry.safeParse(candidate);
      if (!record.success) {
        throw new AppError('INVALID_REQUEST', 'not a notebook entry');
      }
      const id = newId();
      const sealed = await api.call('records.seal', { table: 'notebook', id, record: record.data });
      if (sealed.id !== id) {
        throw new AppError('INTEGRITY', 'main sealed a different id');
      }
      // Only the two fields, whatever else the answer carried.
      await db.notebook.put({ id: sealed.id, b: sealed.b });
      return id;
    },

    async open(rows) {
      const next = new Map<string, { readonly b: Uint8Array; readonly item: NotebookItem }>();
      const pending: StoredRow[] = [];
      for (const row of rows) {
        const known = opened.get(row.id);
        if (!SealedRow.safeParse(row).success) {
          next.set(String(row.id), { b: new Uint8Array(0), item: { id: String(row.id), state: 'damaged' } });
        } else if (known !== undefined && sameBytes(known.b, row.b)) {
          next.set(row.id, known);
        } else {
          pending.push(row);
        }
      }
      // All batches in flight at once: main opens one while the next is still crossing IPC.
      const batches = Array.from({ length: Math.ceil(pending.length / OPEN_BATCH_SIZE) }, (_, index) => pending.slice(index * OPEN_BATCH_SIZE, (index + 1) * OPEN_BATCH_SIZE));
      const openedBatches = await Promise.all(batches.map((batch) => openBatch(api, batch)));
      batches.forEach((batch, batchIndex) =>
        batch.forEach((row, index) => next.set(row.id, { b: row.b, item: openedBatches[batchIndex]?.[index] ?? { id: row.id, state: 'damaged' } })),
      );
      opened = next;
      return sortNewestFirst([...next.values()].map(({ item }) => item));
    },
  };
}
