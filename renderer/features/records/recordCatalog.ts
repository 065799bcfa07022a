import { PartialDate, partialDateRange } from '../../../shared/model/partialDate';
import type { EventIndexEntry } from '../../../shared/records/eventIndex';
import type { EventRecord } from '../../../shared/records/formRecord';
import { canonicalJson } from '../../../shared/records/canonicalJson';
import type { Api } from '../../bridge/api';
import type { AigaqDb } from '../../store/db';
import { readEventIndex, writeEventIndex } from '../../store/eventIndexRow';
import type { FormRecordRepo, OpenedRow } from '../../store/formRecordRepo';

// Everything the records list knows, for the life of the unlocked page. It starts from the sealed
// index row (one row: the list is ready right after unlock), then opens every record in the
// background; once all are open, the list is exact (damaged rows named), filters and search can
// use every field, and the index row is rewritten if it had drifted (a crash between saving a
// record and the index, say). Nothing here is written anywhere but sealed rows.

export type CatalogPhase = 'starting' | 'listed' | 'complete' | 'failed';

export type CatalogSnapshot = {
  readonly phase: CatalogPhase;
  /** Newest change first. */
  readonly entries: readonly EventIndexEntry[];
  /** Opened records, by id: empty until phase 'complete'. */
  readonly records: ReadonlyMap<string, EventRecord>;
  /** Rows that failed their integrity check, or that this version cannot read. */
  readonly problems: readonly { readonly id: string; readonly state: 'damaged' | 'unsupported' }[];
};

const INDEX_WRITE_DELAY_MS = 2000;

function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(() => setTimeout(resolve, 0));
    } else {
      setTimeout(resolve, 0);
    }
  });
}

export function entryOf(id: string, record: EventRecord): EventIndexEntry {
  const title = record.values['title'];
  const date = PartialDate.safeParse(record.values['initialDate']);
  return {
    id,
    type: record.type,
    localRef: record.localRef,
    title: typeof title === 'string' ? title.slice(0, 300) : '',
    from: date.success ? partialDateRange(date.data).from : null,
    status: record.status,
    updatedAt: record.updatedAt,
  };
}

function newestFirst(entries: Iterable<EventIndexEntry>): EventIndexEntry[] {
  return [...entries].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
}

export type RecordCatalog = {
  snapshot(): CatalogSnapshot;
  subscribe(listener: () => void): () => void;
  /** Reads the index, then opens every record; call once per page life. */
  start(): Promise<void>;
  /** A record was saved: the list and the index follow (the index row is written a little later). */
  upsert(id: string, record: EventRecord): void;
  /** Writes a pending index change now (leaving the editor). */
  flush(): Promise<void>;
};

export function createRecordCatalog(api: Api, db: AigaqDb, events: FormRecordRepo<EventRecord>): RecordCatalog {
  let state: CatalogSnapshot = { phase: 'starting', entries: [], records: new Map(), problems: [] };
  const listeners = new Set<() => void>();
  const byId = new Map<string, EventIndexEntry>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();

  const publish = (next: Partial<CatalogSnapshot>) => {
    state = { ...state, ...next, entries: newestFirst(byId.values()) };
    listeners.forEach((listener) => listener());
  };
  const writeIndex = (): Promise<void> => {
    timer = null;
    const entries = newestFirst(byId.values());
    writing = writing.then(() => writeEventIndex(api, db, entries)).catch(() => undefined);
    return writing;
  };
  const scheduleWrite = () => {
    if (timer !== null) {
      clearTimeout(timer);
    }
    timer = setTimeout(() => void writeIndex(), INDEX_WRITE_DELAY_MS);
  };

  const openEverything = async (indexed: readonly EventIndexEntry[] | null) => {
    const rows: OpenedRow<EventRecord>[] = await events.all();
    const records = new Map<string, EventRecord>();
    byId.clear();
    for (const row of rows) {
      if (row.state === 'ok') {
        records.set(row.id, row.record);
        byId.set(row.id, entryOf(row.id, row.record));
      }
    }
    const problems = rows.flatMap((row) => (row.state === 'ok' ? [] : [{ id: row.id, state: row.state }]));
    publish({ phase: 'complete', records, problems });
    if (indexed === null || canonicalJson(newestFirst(indexed)) !== canonicalJson(newestFirst(byId.values()))) {
      await writeIndex();
    }
  };

  return {
    snapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async start() {
      try {
        const indexed = await readEventIndex(api, db);
        (indexed ?? []).forEach((entry) => byId.set(entry.id, entry));
        publish({ phase: indexed === null ? 'starting' : 'listed' });
        // Let the list paint before the background work takes the page's thread.
        await afterPaint();
        await openEverything(indexed);
      } catch {
        publish({ phase: 'failed' });
      }
    },
    upsert(id, record) {
      byId.set(id, entryOf(id, record));
      const records = new Map(state.records);
      records.set(id, record);
      publish({ records });
      scheduleWrite();
    },
    async flush() {
      if (timer !== null) {
        clearTimeout(timer);
        await writeIndex();
      }
      await writing;
    },
  };
}
