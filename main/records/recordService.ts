import type { OpenedRecord } from '../../shared/ipc/contract';
import { isAppError } from '../../shared/errors/appError';
import { AppError } from '../../shared/errors/appError';
import { recordSchemas } from '../../shared/records/recordSchemas';
import type { RecordTable, SealedRow } from '../../shared/records/recordTables';
import { openRecord, sealRecord } from '../vault/recordEnvelope';
import type { Sodium } from '../vault/sodium';
import type { VaultService } from '../vault/vaultService';

// Seals and opens the renderer's rows. The renderer stores what this returns and nothing else; it
// never sees a key. A record is validated against its table's schema before it is sealed, so what
// is on disk is always a shape the app can read back.
export function createRecordService(deps: { sodium: Sodium; vault: VaultService }) {
  return {
    seal(table: RecordTable, id: string, record: unknown): SealedRow {
      const keys = deps.vault.requireKeys();
      const { schema, schemaVersion } = recordSchemas[table];
      const parsed = schema.safeParse(record);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        // The path names a field (never its value), so the message is safe to show and to log.
        throw new AppError('INVALID_REQUEST', `${table}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid record'}`);
      }
      return { id, b: sealRecord(deps.sodium, keys, { table, id }, { value: parsed.data, schemaVersion }) };
    },

    /** Opens each row on its own: one damaged row is reported, the others still open (R8). */
    open(table: RecordTable, rows: readonly SealedRow[]): OpenedRecord[] {
      const keys = deps.vault.requireKeys();
      return rows.map((row): OpenedRecord => {
        try {
          return { id: row.id, ok: true, record: openRecord(deps.sodium, keys, { table, id: row.id }, row.b).value };
        } catch (error) {
          if (isAppError(error) && error.code === 'INTEGRITY') {
            return { id: row.id, ok: false, error: 'INTEGRITY' };
          }
          throw error;
        }
      });
    },
  };
}

export type RecordService = ReturnType<typeof createRecordService>;
