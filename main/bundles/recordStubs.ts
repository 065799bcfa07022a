import type { RecordStub, StubRequest } from '../../shared/bundles/recordStub';
import type { BundleLedger } from './bundleLedger';

// Main's half of removing delivered records from the laptop (docs/bundle-format.md, "Record
// stubs"): a stub is kept only for a revision a signed receipt confirmed, exactly as it was sent
// (same seq, same content hash). The renderer removes a record's rows only after its stub is kept,
// so a crash in between leaves the record and its stub, never neither.

/** Keeps stubs for the requested records that were delivered as they are now; returns their ids. */
export async function stubDeliveredRecords(ledger: BundleLedger, requests: readonly StubRequest[], now: Date): Promise<string[]> {
  const delivered = await ledger.deliveredHeads();
  const stubs = requests.flatMap((request): RecordStub[] => {
    const match = delivered.find((entry) => entry.recordId === request.id && entry.head.seq === request.head.seq && entry.head.contentHash === request.head.contentHash);
    if (match === undefined) {
      return [];
    }
    const { bundleId, bundleSeq, deliveredAt } = match;
    return [{ recordId: request.id, recordType: request.type, localRef: request.localRef, head: request.head, bundleId, bundleSeq, deliveredAt, removedAt: now.toISOString() }];
  });
  if (stubs.length > 0) {
    await ledger.addStubs(stubs);
  }
  return stubs.map((stub) => stub.recordId);
}
