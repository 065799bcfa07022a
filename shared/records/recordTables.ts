import { z } from 'zod';

// Every kind of encrypted row the renderer stores. The table name is bound into each row's
// associated data, so a row copied into another table fails to open.
export const RECORD_TABLES = ['notebook', 'notebookIndex', 'events', 'eventIndex', 'persons', 'identities', 'revisions'] as const;
export const RecordTable = z.enum(RECORD_TABLES);
export type RecordTable = z.infer<typeof RecordTable>;

// 16 random bytes, base64url without padding: carries no meaning, sorts nothing, leaks nothing.
export const RecordId = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'a record id is 22 base64url characters');
export type RecordId = z.infer<typeof RecordId>;

/** What Dexie holds: an opaque id and the sealed bytes. Nothing else, no indexes. */
// An index row of 10,000 entries seals to about 1 MB; rows are capped well above that.
export const SealedRow = z.object({
  id: RecordId,
  b: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, 'sealed bytes must be a Uint8Array')
    .refine((bytes) => bytes.length <= 16 * 1024 * 1024, 'a row is at most 16 MiB'),
});
export type SealedRow = z.infer<typeof SealedRow>;
