import { z } from 'zod';
import { RECORD_TYPES } from '../definitions/registry';
import { RecordId } from '../records/recordTables';

// A delivered record can leave the monitor's laptop once a receipt confirmed it (issue 6): its
// contents and signed history are removed, and a stub stays, so the monitor can still say what
// was documented, sealed and delivered, and when — without the words, the names, the places.
// docs/bundle-format.md, "Record stubs".

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** Which sealed revision of a record a bundle carried: its newest (seq and content hash). */
export const RecordHead = z.strictObject({ seq: z.number().int().positive(), contentHash: Sha256Hex });
export type RecordHead = z.infer<typeof RecordHead>;

/** A record revision a receipt confirmed, and the bundle that carried it. */
export const DeliveredRecord = z.strictObject({ recordId: z.string(), head: RecordHead, bundleId: z.string(), bundleSeq: z.number().int().positive(), deliveredAt: z.string() });
export type DeliveredRecord = z.infer<typeof DeliveredRecord>;

/** What stays of a delivered record removed from this laptop. */
export const RecordStub = z.strictObject({
  recordId: z.string(),
  recordType: z.enum(RECORD_TYPES),
  localRef: z.string(),
  head: RecordHead,
  bundleId: z.string(),
  bundleSeq: z.number().int().positive(),
  deliveredAt: z.string(),
  removedAt: z.string(),
});
export type RecordStub = z.infer<typeof RecordStub>;

/** The renderer asks main to keep stubs for these records before it removes their rows. */
export const StubRequest = z.object({ id: RecordId, type: z.enum(RECORD_TYPES), localRef: z.string().max(100), head: RecordHead });
export type StubRequest = z.infer<typeof StubRequest>;
