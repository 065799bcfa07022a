import { AppError } from '../../shared/errors/appError';
import type { OpenedRecord } from '../../shared/ipc/contract';
import { NOTEBOOK_SCHEMA_VERSION, NotebookEntry } from '../../shared/records/notebookEntry';
import type { NotebookIndexEntry } from '../../shared/records/notebookIndex';
import { SealedRow } from '../../shared/records/recordTables';
import type { Api } from '../bridge/api';
import type { AigaqDb, StoredRow } from './db';
import { newRecordId } from './recordId';
import { newestFirst, readNotebookIndex, writeNotebookIndex } from './sealedIndex';

// Writing: main seals the plaintext (records.seal) and only the sealed row reaches Dexie; then the
// sealed ordering index (ids and times) is updated. Reading: the index gives the order, and only
// the rows on the page shown are opened (records.open, in concurrent batches), so a list of 10,000
// entries costs one index row and one page. Rows the index does not know (a crash between the two
// writes, an index that failed to open) are opened and indexed: the index always converges on the
// rows. What was opened is kept for the life of the page, keyed by the sealed bytes; a lock
// reloads the page, which drops it with everything else.

export const OPEN_BATCH_SIZE = 1000;

export type NotebookDraft = { readonly title: string; readonly text: string };

export type NotebookItem =
  | { readonly id: string; readonly state: 'ok'; readonly entry: NotebookEntry }
  /** Failed its integrity check, or is not even shaped like a sealed row. */
  | { readonly id: string; readonly state: 'damaged' }
  /** Opened, but not an entry this version can show (a newer schema, say). */
  | { readonly id: string; readonly state: 'unsupported' };

export type NotebookListing = {
  /** Rows found damaged or unreadable first, so they are noticed; then the newest `limit` entries. */
  readonly items: readonly NotebookItem[];
  readonly total: number;
  readonly hasMore: boolean;
};

export type NotebookRepo = {
  /** Seals and stores a new entry; returns its id. */
  add(draft: NotebookDraft, now?: Date): Promise<string>;
  /** The newest `limit` of the rows with these ids (all the table's keys), opened. */
  list(ids: readonly string[], limit: number): Promise<NotebookListing>;
};

/** A pure Dexie querier, for useLiveQuery: every row's key, without reading a row. */
export function allNotebookIds(db: AigaqDb): Promise<string[]> {
  return db.notebook.toCollection().primaryKeys();
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

function itemFor(id: string, opened: OpenedRecord | undefined): NotebookItem {
  if (opened === undefined || !opened.ok) {
    return { id, state: 'damaged' };
  }
  const parsed = NotebookEntry.safeParse(opened.record);
  return parsed.success ? { id, state: 'ok', entry: parsed.data } : { id, state: 'unsupported' };
}

async function openBatch(api: Api, rows: readonly StoredRow[]): Promise<NotebookItem[]> {
  const answers = await api.call('records.open', { table: 'notebook', rows: rows.map(({ id, b }) => ({ id, b })) });
  const byId = new Map(answers.map((answer) => [answer.id, answer]));
  return rows.map((row) => itemFor(row.id, byId.get(row.id)));
}

function inBatches<T>(items: readonly T[]): T[][] {
  return Array.from({ length: Math.ceil(items.length / OPEN_BATCH_SIZE) }, (_, index) => items.slice(index * OPEN_BATCH_SIZE, (index + 1) * OPEN_BATCH_SIZE));
}

type OpenedCache = Map<string, { readonly b: Uint8Array; readonly item: NotebookItem }>;

/** Opens the rows with these ids; rows already opened with the same bytes are not sent again. */
async function openIds(api: Api, db: AigaqDb, cache: OpenedCache, ids: readonly string[]): Promise<Map<string, NotebookItem>> {
  const rows = await db.notebook.bulkGet([...ids]);
  const result = new Map<string, NotebookItem>();
  const pending: StoredRow[] = [];
  rows.forEach((row, index) => {
    const id = ids[index] as string;
    const known = cache.get(id);
    if (row === undefined) {
      return;
    }
    if (!SealedRow.safeParse(row).success) {
      result.set(id, { id, state: 'damaged' });
    } else if (known !== undefined && sameBytes(known.b, row.b)) {
      result.set(id, known.item);
    } else {
      pending.push(row);
    }
  });
  // All batches in flight at once: main opens one while the next is still crossing IPC.
  const batches = inBatches(pending);
  const opened = await Promise.all(batches.map((batch) => openBatch(api, batch)));
  batches.forEach((batch, batchIndex) =>
    batch.forEach((row, index) => {
      const item = opened[batchIndex]?.[index] ?? { id: row.id, state: 'damaged' as const };
      cache.set(row.id, { b: row.b, item });
      result.set(row.id, item);
    }),
  );
  return result;
}

function indexEntryOf(item: NotebookItem): NotebookIndexEntry[] {
  return item.state === 'ok' ? [[item.id, item.entry.createdAt]] : [];
}

export function createNotebookRepo(api: Api, db: AigaqDb, newId: () => string = newRecordId): NotebookRepo {
  const cache: OpenedCache = new Map();
  let index: NotebookIndexEntry[] | null = null;
  // Index updates run one after another, so an add and a list never overwrite each other's index.
  let indexWork: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = indexWork.then(work, work);
    indexWork = next.catch(() => undefined);
    return next;
  };
  const currentIndex = async (): Promise<NotebookIndexEntry[]> => (index ??= await readNotebookIndex(api, db));

  const reconcile = (ids: readonly string[]) =>
    serially(async () => {
      const known = await currentIndex();
      const present = new Set(ids);
      const indexed = known.filter(([id]) => present.has(id));
      const indexedIds = new Set(indexed.map(([id]) => id));
      const unindexed = await openIds(api, db, cache, ids.filter((id) => !indexedIds.has(id)));
      const added = [...unindexed.values()].flatMap(indexEntryOf);
      const next = added.length > 0 || indexed.length !== known.length ? newestFirst([...indexed, ...added]) : known;
      if (next !== known) {
        await writeNotebookIndex(api, db, next);
        index = next;
      }
      return { order: next, problems: [...unindexed.values()].filter((item) => item.state !== 'ok') };
    });

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
      await serially(async () => {
        const next = newestFirst([...(await currentIndex()), [id, at]]);
        await writeNotebookIndex(api, db, next);
        index = next;
      });
      return id;
    },

    async list(ids, limit) {
      const { order, problems } = await reconcile(ids);
      const pageIds = order.slice(0, limit).map(([id]) => id);
      const page = await openIds(api, db, cache, pageIds);
      const items = [...problems, ...pageIds.flatMap((id) => page.get(id) ?? [])];
      return { items, total: ids.length, hasMore: order.length > limit };
    },
  };
}
