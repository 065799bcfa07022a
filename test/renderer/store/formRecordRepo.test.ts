import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDb } from '../../../renderer/store/db';
import { createFormRecordRepo } from '../../../renderer/store/formRecordRepo';
import { fakeSealingApi } from './fakeSealingApi';

// Invented values only.
const ID = 'FormRecordIdAAAAAAAAAA';
const parseAny = (value: unknown) => value as { n: number };

describe('the form record repository', () => {
  it('never lets an older autosave land after a newer one, however slow its sealing', async () => {
    const db = openDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const api = fakeSealingApi();
    const base = api.call.bind(api);
    let first = true;
    // The first seal is slow: without ordering, the older value would be written last.
    api.call = async (name, request) => {
      if (name === 'records.seal' && first) {
        first = false;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return base(name, request);
    };
    const repo = createFormRecordRepo(api, db, 'events', parseAny);
    await Promise.all([repo.save(ID, { n: 1 }), repo.save(ID, { n: 2 })]);
    expect(await repo.get(ID)).toEqual({ id: ID, state: 'ok', record: { n: 2 } });
  });

  it('stores only the id and the sealed bytes, and reports a damaged row without dropping the others', async () => {
    const db = openDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const api = fakeSealingApi();
    const repo = createFormRecordRepo(api, db, 'persons', parseAny);
    await repo.save(ID, { n: 1 });
    await repo.save('FormRecordIdBBBBBBBBBB', { n: 2 });
    expect(Object.keys((await db.persons.get(ID)) ?? {}).sort()).toEqual(['b', 'id']);
    await db.persons.put({ id: ID, b: new Uint8Array([1, 2, 3]) });
    expect(await repo.all()).toEqual([
      { id: ID, state: 'damaged' },
      { id: 'FormRecordIdBBBBBBBBBB', state: 'ok', record: { n: 2 } },
    ]);
  });

  it('reports a row this version cannot read as unsupported, not as damaged', async () => {
    const db = openDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const repo = createFormRecordRepo(fakeSealingApi(), db, 'events', (): { n: number } | undefined => undefined);
    await repo.save(ID, { n: 99 });
    expect(await repo.get(ID)).toEqual({ id: ID, state: 'unsupported' });
  });
});
