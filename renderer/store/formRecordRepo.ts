import { AppError } from '../../shared/errors/appError';
import { SealedRow, type RecordTable } from '../../shared/records/recordTables';
import type { Api } from '../bridge/api';
import type { AigaqDb } from './db';

// Sealed rows of one form table (events, persons, identities): main seals and opens, Dexie holds
// only the id and the ciphertext. Every write of one row waits for the previous write of that row,
// so a slow seal never lets an older autosave land after a newer one.

export type FormTable = Extract<RecordTable, 'events' | 'persons' | 'identities' | 'revisions'>;

export type OpenedRow<T> =
  | { readonly id: string; readonly state: 'ok'; readonly record: T }
  /** Failed its integrity check, or is not shaped like a sealed row. */
  | { readonly id: string; readonly state: 'damaged' }
  /** Opened, but not something this version can show (a newer schema, say). */
  | { readonly id: string; readonly state: 'unsupported' };

export type FormRecordRepo<T> = {
  save(id: string, record: T): Promise<void>;
  get(id: string): Promise<OpenedRow<T> | undefined>;
  /** Every row, opened; damaged rows are reported, never dropped silently. */
  all(): Promise<OpenedRow<T>[]>;
  /** Deletes the row, after any write of it still in flight (a delivered record leaving the laptop). */
  remove(id: string): Promise<void>;
};

export type RecordParser<T> = (value: unknown) => T | undefined;

export function createFormRecordRepo<T>(api: Api, db: AigaqDb, table: FormTable, parse: RecordParser<T>): FormRecordRepo<T> {
  const writes = new Map<string, Promise<unknown>>();

  const open = async (rows: readonly { id: string; b: Uint8Array }[]): Promise<OpenedRow<T>[]> => {
    const sealed = rows.filter((row) => SealedRow.safeParse(row).success);
    const answers = sealed.length === 0 ? [] : await api.call('records.open', { table, rows: sealed.map(({ id, b }) => ({ id, b })) });
    const byId = new Map(answers.map((answer) => [answer.id, answer] as const));
    return rows.map((row): OpenedRow<T> => {
      const answer = byId.get(row.id);
      if (answer === undefined || !answer.ok) {
        return { id: row.id, state: 'damaged' };
      }
      const record = parse(answer.record);
      return record === undefined ? { id: row.id, state: 'unsupported' } : { id: row.id, state: 'ok', record };
    });
  };

  return {
    save(id, record) {
      const previous = writes.get(id) ?? Promise.resolve();
      const write = previous
        .catch(() => undefined)
        .then(async () => {
          const sealed = await api.call('records.seal', { table, id, record });
          if (sealed.id !== id) {
            throw new AppError('INTEGRITY', 'main sealed a different id');
          }
          await db.table(table).put({ id: sealed.id, b: sealed.b });
        });
      writes.set(id, write);
      return write;
    },

    async get(id) {
      await writes.get(id)?.catch(() => undefined);
      const row = (await db.table(table).get(id)) as { id: string; b: Uint8Array } | undefined;
      return row === undefined ? undefined : (await open([row]))[0];
    },

    async remove(id) {
      await writes.get(id)?.catch(() => undefined);
      writes.delete(id);
      await db.table(table).delete(id);
    },

    async all() {
      // A list shows what was just saved: writes still sealing finish first.
      await Promise.allSettled([...writes.values()]);
      const rows = (await db.table(table).toArray()) as { id: string; b: Uint8Array }[];
      // Batches of the size records.open accepts, all in flight at once.
      const batches = Array.from({ length: Math.ceil(rows.length / 1000) }, (_, index) => rows.slice(index * 1000, (index + 1) * 1000));
      return (await Promise.all(batches.map(open))).flat();
    },
  };
}
