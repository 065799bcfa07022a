import { PartialDate, partialDateRange } from '../../../shared/model/partialDate';
import type { EventIndexEntry } from '../../../shared/records/eventIndex';
import type { EventRecord } from '../../../shared/records/formRecord';
import { canonicalJson } from '../../../shared/records/canonicalJson';
import type { Api } from '../../bridge/api';
import type { AigaqDb } from '../../store/db';
import { readEventIndex, writeEventIndex } from '../../store/eventIndexRow';
import type { FormRecordRepo, OpenedRow } from '../../store/formRecordRepo';
import type { PersonRecord } from '../../../shared/records/formRecord';
import { createRecordSearch, type RecordSearch } from '../../../shared/search/recordSearch';
import { searchDocumentFor, type SearchDocument } from '../../../shared/search/searchDocument';

// Everything the records list knows, for the life of the unlocked page. It starts from the sealed
// index row (one row: the list is ready right after unlock), then opens every record in the
// background; once all are open, the list is exact (damaged rows named), filters and search can
// use every field, and the index row is rewritten if it had drifted (a crash between saving a
// record and the index, say). Nothing here is written anywhere but sealed rows.

/** starting → listed (from the index) → complete (every record open) → searchable (index built). */
export type CatalogPhase = 'starting' | 'listed' | 'complete' | 'searchable' | 'failed';

export type CatalogSnapshot = {
  readonly phase: CatalogPhase;
  /** Newest change first. */
  readonly entries: readonly EventIndexEntry[];
  /** Opened records, by id: empty until phase 'complete'. */
  readonly records: ReadonlyMap<string, EventRecord>;
  /** Rows that failed their integrity check, or that this version cannot read. */
  readonly problems: readonly { readonly id: string; readonly state: 'damaged' | 'unsupported' }[];
  /** The full-text index, in memory only (never persisted: IndexedDB would keep it in plaintext). */
  readonly search: RecordSearch | null;
};

const INDEX_WRITE_DELAY_MS = 2000;
/** Records indexed between two yields to the page: search is built without freezing the list. */
const SEARCH_CHUNK = 250;

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
  /** A record left this laptop (delivered, then removed): the list and the index follow. */
  remove(id: string): void;
  /** Writes a pending index change now (leaving the editor). */
  flush(): Promise<void>;
};

function searchDocument(id: string, record: EventRecord, persons: ReadonlyMap<string, PersonRecord>): SearchDocument {
  return searchDocumentFor(id, record, persons);
}

export function createRecordCatalog(api: Api, db: AigaqDb, events: FormRecordRepo<EventRecord>, personsRepo: FormRecordRepo<PersonRecord>): RecordCatalog {
  let state: CatalogSnapshot = { phase: 'starting', entries: [], records: new Map(), problems: [], search: null };
  let persons = new Map<string, PersonRecord>();
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

  const buildSearch = async () => {
    persons = new Map((await personsRepo.all()).flatMap((row) => (row.state === 'ok' ? [[row.id, row.record] as const] : [])));
    const search = createRecordSearch();
    const ids = [...state.records.keys()];
    for (let start = 0; start < ids.length; start += SEARCH_CHUNK) {
      for (const id of ids.slice(start, start + SEARCH_CHUNK)) {
        const record = state.records.get(id);
        if (record !== undefined) {
          search.replace(searchDocument(id, record, persons));
        }
      }
      await afterPaint();
    }
    // Saved while the index was being built: the latest version wins.
    state.records.forEach((record, id) => search.replace(searchDocument(id, record, persons)));
    publish({ phase: 'searchable', search });
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
        await buildSearch();
      } catch {
        publish({ phase: 'failed' });
      }
    },
    upsert(id, record) {
      byId.set(id, entryOf(id, record));
      const records = new Map(state.records);
      records.set(id, record);
      state.search?.replace(searchDocument(id, record, persons));
      publish({ records });
      scheduleWrite();
    },
    remove(id) {
      byId.delete(id);
      const records = new Map(state.records);
      records.delete(id);
      state.search?.remove(id);
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
