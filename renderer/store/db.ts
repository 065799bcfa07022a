import Dexie, { type Table } from 'dexie';

// The renderer's IndexedDB holds ciphertext only: each row is an opaque random id and the bytes
// main sealed (records.seal). No other field and no index, so the database file says nothing
// about what a monitor recorded, or when, beyond how many rows there are and their sizes.

export type StoredRow = { id: string; b: Uint8Array };

export type AigaqDb = Dexie & {
  notebook: Table<StoredRow, string>;
  /** One sealed row: the notebook's ordering index (ids and times only). */
  notebookIndex: Table<StoredRow, string>;
  /** Typed records (visits, allegations, protest detentions), drafts included. */
  events: Table<StoredRow, string>;
  /** One sealed row: the records list's index (what the list shows, per record). */
  eventIndex: Table<StoredRow, string>;
  /** The person register: pseudonymous cores. */
  persons: Table<StoredRow, string>;
  /** The identifying (S3) part of a person, under the person's id; absent for anonymous people. */
  identities: Table<StoredRow, string>;
  /** Each record's signed revisions, one row per record under the record's id. */
  revisions: Table<StoredRow, string>;
};

export const DB_NAME = 'aigaq';

export type OpenDbOptions = {
  /** For tests: fake-indexeddb's factory and key range; the page's own are used otherwise. */
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
};

export function openDb(options: OpenDbOptions = {}): AigaqDb {
  const db = new Dexie(DB_NAME, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as AigaqDb;
  // Every version stays declared, so an older database upgrades in place.
  db.version(1).stores({ notebook: '&id' });
  db.version(2).stores({ notebook: '&id', notebookIndex: '&id' });
  db.version(3).stores({ notebook: '&id', notebookIndex: '&id', events: '&id', persons: '&id', identities: '&id' });
  db.version(4).stores({ notebook: '&id', notebookIndex: '&id', events: '&id', persons: '&id', identities: '&id', revisions: '&id' });
  db.version(5).stores({ notebook: '&id', notebookIndex: '&id', events: '&id', eventIndex: '&id', persons: '&id', identities: '&id', revisions: '&id' });
  return db;
}
