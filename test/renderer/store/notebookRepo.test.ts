import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { NotebookEntry } from '../../../shared/records/notebookEntry';
import { openDb, type AigaqDb } from '../../../renderer/store/db';
import { allNotebookIds, createNotebookRepo, OPEN_BATCH_SIZE, type NotebookItem } from '../../../renderer/store/notebookRepo';
import { NOTEBOOK_INDEX_ID } from '../../../shared/records/notebookIndex';
import { fakeSeal, fakeSealingApi } from './fakeSealingApi';

// Invented entries only.
const TITLE = 'CANARY-7731 Visit to an invented detention centre';

function freshDb(): AigaqDb {
  return openDb({ indexedDB: new IDBFactory(), IDBKeyRange });
}

function asText(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}

function sequentialIds(): () => string {
  let next = 0;
  return () => `entry${String(next++).padStart(17, '0')}`;
}

function titles(items: readonly NotebookItem[]): string[] {
  return items.map((item) => (item.state === 'ok' ? item.entry.title : item.state));
}

describe('the notebook repository', () => {
  it('stores only the opaque id and the sealed bytes, never the plaintext', async () => {
    const db = freshDb();
    const api = fakeSealingApi();
    // A misbehaving answer with an extra field must not reach IndexedDB either.
    api.sealAnswer = (row) => ({ ...row, title: TITLE });
    const repo = createNotebookRepo(api, db);

    const id = await repo.add({ title: `  ${TITLE}  `, text: 'Invented testimony text.' }, new Date('2026-11-23T10:00:00.000Z'));

    const stored = await db.notebook.toArray();
    expect(await db.notebookIndex.count()).toBe(1);
    expect(JSON.stringify(await db.notebookIndex.toArray())).not.toContain('CANARY');
    expect(stored).toHaveLength(1);
    const row = stored[0]!;
    expect(Object.keys(row).sort()).toEqual(['b', 'id']);
    expect(row.id).toBe(id);
    expect(ArrayBuffer.isView(row.b)).toBe(true);
    expect(asText(row.b)).not.toContain('CANARY');
    expect(JSON.stringify(row)).not.toContain('CANARY');
  });

  it('seals a valid NotebookEntry under a fresh 22-character base64url id', async () => {
    const api = fakeSealingApi();
    const repo = createNotebookRepo(api, freshDb());

    const first = await repo.add({ title: TITLE, text: '' }, new Date('2026-11-23T10:00:00.000Z'));
    const second = await repo.add({ title: TITLE, text: '' });

    expect(first).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(second).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(second).not.toBe(first);
    const sealed = api.calls.find((call) => call.name === 'records.seal')?.request as { table: string; id: string; record: unknown };
    expect(sealed.table).toBe('notebook');
    expect(NotebookEntry.parse(sealed.record)).toEqual({ schemaVersion: 1, title: TITLE, text: '', createdAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:00:00.000Z' });
  });

  it('refuses an entry without a title before asking main to seal it', async () => {
    const api = fakeSealingApi();
    const db = freshDb();
    await expect(createNotebookRepo(api, db).add({ title: '   ', text: 'x' })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    expect(api.calls).toEqual([]);
    expect(await db.notebook.count()).toBe(0);
  });

  it('stores nothing when main seals under a different id', async () => {
    const api = fakeSealingApi();
    api.sealAnswer = (row) => ({ ...row, id: 'AAAAAAAAAAAAAAAAAAAAAA' });
    const db = freshDb();
    await expect(createNotebookRepo(api, db).add({ title: TITLE, text: '' })).rejects.toMatchObject({ code: 'INTEGRITY' });
    expect(await db.notebook.count()).toBe(0);
  });

  it('lists entries newest first, with damaged and unreadable rows reported, not shown', async () => {
    const db = freshDb();
    const api = fakeSealingApi();
    const repo = createNotebookRepo(api, db, sequentialIds());
    await repo.add({ title: 'Older', text: '' }, new Date('2026-01-01T08:00:00.000Z'));
    await repo.add({ title: 'Newest', text: '' }, new Date('2026-03-01T08:00:00.000Z'));
    await repo.add({ title: 'Middle', text: '' }, new Date('2026-02-01T08:00:00.000Z'));
    await db.notebook.put({ id: 'damaged00000000000000A', b: new Uint8Array([0xff, 0xfe, 0x00]) });
    await db.notebook.put({ id: 'future0000000000000000', b: fakeSeal({ schemaVersion: 2, title: 'From the future' }) });

    const listing = await repo.list(await allNotebookIds(db), 200);

    expect(titles(listing.items)).toEqual(['damaged', 'unsupported', 'Newest', 'Middle', 'Older']);
    expect(listing).toMatchObject({ total: 5, hasMore: false });
    expect(JSON.stringify(listing.items.slice(0, 2))).not.toContain('From the future');
  });

  it('reports a row not shaped like a sealed row as damaged without sending it to main', async () => {
    const db = freshDb();
    const api = fakeSealingApi();
    await db.notebook.put({ id: 'not-a-record-id', b: new Uint8Array([1]) });

    const listing = await createNotebookRepo(api, db).list(await allNotebookIds(db), 200);

    expect(listing.items).toEqual([{ id: 'not-a-record-id', state: 'damaged' }]);
    expect(api.calls.filter((call) => call.name === 'records.open' && (call.request as { table: string }).table === 'notebook')).toEqual([]);
  });

  it('builds a sealed index of ids and times once, then opens only the page it shows', async () => {
    const db = freshDb();
    const api = fakeSealingApi();
    const at = Date.parse('2026-01-01T00:00:00.000Z');
    const rows = Array.from({ length: 2500 }, (_, index) => ({
      id: `bulk${String(index).padStart(18, '0')}`,
      b: fakeSeal({ schemaVersion: 1, title: `Entry ${index}`, text: '', createdAt: new Date(at + index * 1000).toISOString(), updatedAt: new Date(at + index * 1000).toISOString() }),
    }));
    await db.notebook.bulkPut(rows);
    const opened = (table: string) => api.calls.filter((call) => call.name === 'records.open' && (call.request as { table: string }).table === table).map((call) => (call.request as { rows: unknown[] }).rows.length);

    // First list after the rows appeared without an index: every row is opened once, in batches.
    const first = await createNotebookRepo(api, db).list(await allNotebookIds(db), 200);
    expect(opened('notebook')).toEqual([OPEN_BATCH_SIZE, OPEN_BATCH_SIZE, 500]);
    expect(titles(first.items).slice(0, 2)).toEqual(['Entry 2499', 'Entry 2498']);
    expect(first).toMatchObject({ total: 2500, hasMore: true });
    expect(first.items).toHaveLength(200);
    const indexRow = await db.notebookIndex.toArray();
    expect(indexRow).toHaveLength(1);
    expect(asText(indexRow[0]!.b)).not.toContain('Entry');

    // A fresh page (after a lock) opens the index and one page, not 2,500 rows.
    api.calls.length = 0;
    const repo = createNotebookRepo(api, db, sequentialIds());
    const again = await repo.list(await allNotebookIds(db), 200);
    expect(opened('notebookIndex')).toEqual([1]);
    expect(opened('notebook')).toEqual([200]);
    expect(titles(again.items)[0]).toBe('Entry 2499');

    api.calls.length = 0;
    await repo.add({ title: 'One more', text: '' }, new Date('2027-01-01T00:00:00.000Z'));
    const withNew = await repo.list(await allNotebookIds(db), 200);
    expect(opened('notebook')).toEqual([1]);
    expect(titles(withNew.items)[0]).toBe('One more');
    expect(withNew.total).toBe(2501);

    const more = await repo.list(await allNotebookIds(db), 400);
    expect(more.items).toHaveLength(400);
    expect(titles(more.items)[399]).toBe('Entry 2101');
  });

  it('rebuilds the index from the rows when it is damaged or misses an entry', async () => {
    const db = freshDb();
    const api = fakeSealingApi();
    const repo = createNotebookRepo(api, db, sequentialIds());
    await repo.add({ title: 'First', text: '' }, new Date('2026-01-01T08:00:00.000Z'));
    // As if the app died between writing a row and writing the index:
    await db.notebook.put({ id: 'crashed000000000000000', b: fakeSeal({ schemaVersion: 1, title: 'Unindexed', text: '', createdAt: '2026-05-01T08:00:00.000Z', updatedAt: '2026-05-01T08:00:00.000Z' }) });
    expect(titles((await createNotebookRepo(api, db).list(await allNotebookIds(db), 200)).items)).toEqual(['Unindexed', 'First']);

    await db.notebookIndex.put({ id: NOTEBOOK_INDEX_ID, b: new Uint8Array([0xff]) });
    expect(titles((await createNotebookRepo(api, db).list(await allNotebookIds(db), 200)).items)).toEqual(['Unindexed', 'First']);
  });

  it('opens a row again when its bytes changed under the same id', async () => {
    const db = freshDb();
    const api = fakeSealingApi();
    const repo = createNotebookRepo(api, db);
    const id = await repo.add({ title: 'Original', text: '' });
    expect(titles((await repo.list(await allNotebookIds(db), 200)).items)).toEqual(['Original']);

    await db.notebook.put({ id, b: new Uint8Array([0xff]) });

    expect(titles((await repo.list(await allNotebookIds(db), 200)).items)).toEqual(['damaged']);
  });

  it('declares the notebook table with its id as the only key and no other index', () => {
    const table = freshDb().notebook;
    expect(table.schema.primKey.keyPath).toBe('id');
    expect(table.schema.indexes).toEqual([]);
  });
});
