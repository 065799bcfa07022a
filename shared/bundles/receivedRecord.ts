import { FORM_RECORD_SCHEMA_VERSION } from '../records/formRecord';
import type { Revision } from '../revisions/revision';
import type { BundledRecord } from './bundledRecord';

// What a coordinator's app does with a record that arrived in a bundle (main has already verified
// every revision with the sender's key). The record shown is its newest sealed revision, final;
// its history is the chain. A record already held is replaced only by a chain that extends the one
// held: the same chain again changes nothing, an older one is ignored, and one that branched off
// (two different revisions with the same number) is kept aside for a person to look at, never
// merged silently.

export type ChainRelation = 'new' | 'same' | 'extends' | 'older' | 'diverged';

/** Signatures differ whenever headers do (Ed25519 is deterministic over the signed header), so they name revisions. */
function samePrefix(shorter: readonly Revision[], longer: readonly Revision[]): boolean {
  return shorter.every((revision, index) => longer[index]?.signature === revision.signature);
}

export function chainRelation(held: readonly Revision[] | null, incoming: readonly Revision[]): ChainRelation {
  if (held === null || held.length === 0) {
    return 'new';
  }
  if (!samePrefix(held.length <= incoming.length ? held : incoming, held.length <= incoming.length ? incoming : held)) {
    return 'diverged';
  }
  if (held.length === incoming.length) {
    return 'same';
  }
  return incoming.length > held.length ? 'extends' : 'older';
}

/** The record as the editor and the list read it: the newest sealed revision, final, with its sealing times. */
export function receivedEventRecord(document: BundledRecord) {
  const [first] = document.revisions;
  const last = document.revisions[document.revisions.length - 1] ?? first;
  if (first === undefined || last === undefined) {
    throw new Error('a bundled record has at least one revision');
  }
  const { type, localRef, definitionVersion, values, retired } = last.content;
  return {
    schemaVersion: FORM_RECORD_SCHEMA_VERSION,
    type,
    localRef,
    definitionVersion,
    status: 'final' as const,
    createdAt: first.header.sealedAt,
    updatedAt: last.header.sealedAt,
    values,
    retired,
  };
}
