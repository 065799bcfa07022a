import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { DeliveredRecord } from '../../../../shared/bundles/recordStub';
import type { CommandName } from '../../../../shared/ipc/channels';
import type { CommandRequest, CommandResponse } from '../../../../shared/ipc/contract';
import { removableRecords, removeDeliveredRecords } from '../../../../renderer/features/delivery/recordRemoval';
import { remember, rememberedRecord } from '../../../../renderer/features/records/openRecordMemory';
import type { RecordCatalog } from '../../../../renderer/features/records/recordCatalog';
import { openDb } from '../../../../renderer/store/db';
import { createFormRecordRepo } from '../../../../renderer/store/formRecordRepo';
import type { FormRepos } from '../../../../renderer/store/formRepos';
import { fakeSealingApi } from '../../store/fakeSealingApi';

// Which delivered records the monitor's laptop offers to remove, and what removal deletes: only a
// record held exactly as a receipt confirmed it (same newest sealed revision, no edit since), and
// only the rows of records main kept a stub for. Invented values only.

const AS_DELIVERED = 'DeliveredRecordAAAAAAA';
const EDITED = 'EditedSinceRecordAAAAA';
const SEALED_AGAIN = 'SealedAgainRecordAAAAA';
const HASH = (letter: string) => letter.repeat(64);

function revision(seq: number, contentHash: string, title: string) {
  return { header: { seq, contentHash }, content: { type: 'TORTURE_ALLEGATION', localRef: `TA-2026-000${seq}`, values: { title }, retired: [] } };
}

function delivered(recordId: string, seq: number, contentHash: string): DeliveredRecord {
  return { recordId, head: { seq, contentHash }, bundleId: 'bundle-1', bundleSeq: 1, deliveredAt: '2026-11-23T15:00:00.000Z' };
}

async function laptop(stubbedByMain: (ids: string[]) => string[]) {
  const db = openDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const api = fakeSealingApi();
  const base = api.call.bind(api);
  api.call = async <C extends CommandName>(name: C, request: CommandRequest<C>): Promise<CommandResponse<C>> => {
    if (name === 'bundles.deliveredRecords') {
      return [delivered(AS_DELIVERED, 1, HASH('a')), delivered(EDITED, 1, HASH('b')), delivered(SEALED_AGAIN, 1, HASH('c'))] as CommandResponse<C>;
    }
    if (name === 'bundles.stubRecords') {
      const { records } = request as CommandRequest<'bundles.stubRecords'>;
      return { stubbed: stubbedByMain(records.map((record) => record.id)) } as CommandResponse<C>;
    }
    return base(name, request);
  };
  const any = (value: unknown) => value as never;
  const repos = {
    events: createFormRecordRepo(api, db, 'events', any),
    revisions: createFormRecordRepo(api, db, 'revisions', any),
  } as unknown as FormRepos;
  const save = (table: 'events' | 'revisions', id: string, value: unknown) => (repos[table] as { save(id: string, value: unknown): Promise<void> }).save(id, value);
  await save('revisions', AS_DELIVERED, { revisions: [revision(1, HASH('a'), 'Invented title A')] });
  await save('events', AS_DELIVERED, { values: { title: 'Invented title A' }, retired: [] });
  await save('revisions', EDITED, { revisions: [revision(1, HASH('b'), 'Invented title B')] });
  await save('events', EDITED, { values: { title: 'Invented title B, edited after the seal' }, retired: [] });
  await save('revisions', SEALED_AGAIN, { revisions: [revision(1, HASH('c'), 'C'), revision(2, HASH('d'), 'C again')] });
  await save('events', SEALED_AGAIN, { values: { title: 'C again' }, retired: [] });
  const removed: string[] = [];
  const catalog = { remove: (id: string) => removed.push(id), flush: async () => undefined } as unknown as RecordCatalog;
  return { db, api, repos, catalog, removed };
}

// The page's sessionStorage (which record is open), as a plain map: these tests run under node.
const session = new Map<string, string>();
beforeAll(() => {
  const sessionStorage = { getItem: (key: string) => session.get(key) ?? null, setItem: (key: string, value: string) => void session.set(key, value), removeItem: (key: string) => void session.delete(key) };
  Object.assign(globalThis, { window: { sessionStorage } });
});
afterAll(() => {
  Reflect.deleteProperty(globalThis, 'window');
});

describe('removing delivered records from the laptop', () => {
  it('offers only a record held exactly as delivered: not one edited since, not one sealed again', async () => {
    const { api, repos } = await laptop((ids) => ids);
    expect(await removableRecords(api, repos)).toEqual([{ id: AS_DELIVERED, type: 'TORTURE_ALLEGATION', localRef: 'TA-2026-0001', head: { seq: 1, contentHash: HASH('a') } }]);
  });

  it('removes the rows only of records main kept a stub for, and leaves every other row', async () => {
    const { db, api, repos, catalog, removed } = await laptop(() => []);
    const offer = await removableRecords(api, repos);
    expect(await removeDeliveredRecords(api, repos, catalog, offer)).toBe(0);
    expect(await db.table('events').count()).toBe(3);

    const kept = await laptop((ids) => ids);
    remember(AS_DELIVERED); // it was open in the editor: the Records page must not try to reopen it
    expect(await removeDeliveredRecords(kept.api, kept.repos, kept.catalog, await removableRecords(kept.api, kept.repos))).toBe(1);
    expect((await kept.db.table('events').toArray()).map((row: { id: string }) => row.id).sort()).toEqual([EDITED, SEALED_AGAIN]);
    expect((await kept.db.table('revisions').toArray()).map((row: { id: string }) => row.id).sort()).toEqual([EDITED, SEALED_AGAIN]);
    expect(kept.removed).toEqual([AS_DELIVERED]);
    expect(rememberedRecord()).toBeNull();
    expect(removed).toEqual([]);
  });
});
