import { BundledRecord } from '../../shared/bundles/bundledRecord';
import { verifyChain } from '../revisions/revisionChain';
import type { Sodium } from '../vault/sodium';

// A bundle's signature proves who sent each record document; this proves who sealed what is in it.
// A record travels only as a bundled-record document whose whole revision chain verifies with the
// sender's key alone: the monitor's app will not send a record it did not seal, and the
// coordinator's refuses one altered after sealing, or passed on from someone else, before
// anything is merged (docs/bundle-format.md, "Record items").

export type CheckedRecord = { readonly id: string; readonly document: BundledRecord };

/** The document if it is a sealed record of `id` wholly signed by `author` (raw Ed25519 key), else why not. */
export function checkBundledRecord(sodium: Sodium, author: Uint8Array, id: string, document: unknown): { ok: true; record: CheckedRecord } | { ok: false; why: string } {
  const parsed = BundledRecord.safeParse(document);
  if (!parsed.success) {
    return { ok: false, why: 'not a sealed record document' };
  }
  const verdict = verifyChain(sodium, id, parsed.data.revisions, [sodium.to_base64(author, sodium.base64_variants.URLSAFE_NO_PADDING)]);
  if (!verdict.ok) {
    return { ok: false, why: `revisions do not verify (${[...new Set(verdict.problems.map((problem) => problem.kind))].join(', ')})` };
  }
  return { ok: true, record: { id, document: parsed.data } };
}

/** JSON text to a value, or undefined when it is not JSON. */
export function jsonOrUndefined(bytes: Buffer | undefined): unknown {
  try {
    return bytes === undefined ? undefined : (JSON.parse(bytes.toString('utf8')) as unknown);
  } catch {
    return undefined;
  }
}
