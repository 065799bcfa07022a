import { EVENT_INDEX_ID, EVENT_INDEX_SCHEMA_VERSION, EventIndex, type EventIndexEntry } from '../../shared/records/eventIndex';
import type { Api } from '../bridge/api';
import type { AigaqDb } from './db';

// Reads and writes the records list's sealed index row. Missing, damaged or unreadable reads as
// empty: the catalog then lists from the records themselves, so nothing depends on it but speed.

export async function readEventIndex(api: Api, db: AigaqDb): Promise<EventIndexEntry[] | null> {
  const row = await db.eventIndex.get(EVENT_INDEX_ID);
  if (row === undefined) {
    return null;
  }
  const [opened] = await api.call('records.open', { table: 'eventIndex', rows: [{ id: row.id, b: row.b }] });
  const parsed = opened?.ok ? EventIndex.safeParse(opened.record) : undefined;
  return parsed?.success ? parsed.data.entries : null;
}

export async function writeEventIndex(api: Api, db: AigaqDb, entries: readonly EventIndexEntry[]): Promise<void> {
  const sealed = await api.call('records.seal', { table: 'eventIndex', id: EVENT_INDEX_ID, record: { schemaVersion: EVENT_INDEX_SCHEMA_VERSION, entries: [...entries] } });
  await db.eventIndex.put({ id: sealed.id, b: sealed.b });
}
