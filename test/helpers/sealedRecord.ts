import { signingKeyFromSeed, signRevision } from '../../main/revisions/revisionChain';
import type { Sodium } from '../../main/vault/sodium';
import { BUNDLED_RECORD_FORMAT, type BundledRecord } from '../../shared/bundles/bundledRecord';
import { tortureAllegationExample } from '../../shared/definitions/records/examples/tortureAllegation.example';
import type { Revision } from '../../shared/revisions/revision';

// A record as a monitor's laptop puts it in a bundle: an invented torture allegation sealed with
// the vault's signing key, one revision per title given (each revision changes the title).

export function sealedAllegation(sodium: Sodium, signingSeed: Uint8Array, recordId: string, titles: readonly string[] = ['Invented allegation']): BundledRecord {
  const key = signingKeyFromSeed(sodium, signingSeed);
  const revisions: Revision[] = [];
  titles.forEach((title, index) => {
    const content = { type: 'TORTURE_ALLEGATION' as const, localRef: 'TA-2026-7KQ4', definitionVersion: 1, values: { ...tortureAllegationExample, title }, retired: [] };
    revisions.push(signRevision(sodium, key, { recordId, content, previous: revisions.at(-1) ?? null, sealedAt: new Date(Date.UTC(2026, 10, 23, 10, index)) }));
  });
  return { format: BUNDLED_RECORD_FORMAT, revisions, persons: [] };
}
