import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors/appError';
import { canonicalJson } from '../../shared/records/canonicalJson';
import { RECEIPT_FORMAT, type BundleReceipt } from '../../shared/bundles/bundleReceipt';
import type { EvidenceStore } from '../evidence/evidenceStore';
import type { OrganisationService } from '../organisation/organisationService';
import { encodeKey, readSignedFile, writeSignedFile } from '../organisation/signedFile';
import type { SigningKey } from '../revisions/revisionChain';
import type { Sodium } from '../vault/sodium';
import type { BundleLedger } from './bundleLedger';
import type { VerifiedBundle } from './bundleReader';

// Receipts close a delivery (security brief R18, R36; docs/bundle-format.md, "Receipts"). The
// coordinator's vault signs one after a bundle verified and was merged; the monitor's laptop
// accepts it only if it verifies, was signed by a coordinator of its own organisation, and names
// a bundle this laptop sent, by id and by the file's SHA-256. Then the bundle is "delivered", each
// evidence file it carried gets a 'receipt' custody event (the coordinator's clock as an
// independent time anchor), and delivered evidence may be purged. A forged receipt changes nothing.

/** SHA-256 of the canonical JSON of a manifest's item list: what a receipt commits to. */
export function itemsDigest(items: readonly { kind: string; id: string; sha256: string }[]): string {
  return createHash('sha256').update(canonicalJson(items.map((item) => ({ kind: item.kind, id: item.id, sha256: item.sha256 })))).digest('hex');
}

export type IssueReceiptInput = { readonly organisationId: string; readonly bundle: VerifiedBundle; readonly receivedAt: Date };

export function issueReceipt(sodium: Sodium, signing: SigningKey, input: IssueReceiptInput): Uint8Array {
  const { manifest, bundleSha256 } = input.bundle;
  const receipt: BundleReceipt = {
    format: RECEIPT_FORMAT,
    version: 1,
    organisationId: input.organisationId,
    bundleId: manifest.bundleId,
    bundleSha256,
    seq: manifest.seq,
    monitorKey: manifest.monitor.signingKey,
    coordinatorKey: encodeKey(signing.publicKey),
    receivedAt: input.receivedAt.toISOString(),
    itemCount: manifest.items.length,
    itemsSha256: itemsDigest(manifest.items),
  };
  return writeSignedFile(sodium, signing, 'receipt', receipt);
}

export type ReceiptIntakeDeps = {
  readonly sodium: Sodium;
  readonly organisation: OrganisationService;
  readonly ledger: BundleLedger;
  readonly store: EvidenceStore;
  /** This vault's own Ed25519 public key (the monitor's). */
  readonly ownSigningKey: () => Uint8Array;
};

export type AcceptedReceipt = { readonly bundleId: string; readonly receivedAt: string; readonly evidenceIds: readonly string[]; readonly recordIds: readonly string[] };

async function checkIssuer(organisation: OrganisationService, receipt: BundleReceipt): Promise<void> {
  const profile = await organisation.read();
  if (profile === null || profile.organisationId !== receipt.organisationId) {
    throw new AppError('INTEGRITY', 'the receipt is from another organisation');
  }
  if (!profile.coordinators.some((coordinator) => coordinator.signingKey === receipt.coordinatorKey)) {
    throw new AppError('INTEGRITY', 'the receipt is not signed by a coordinator of this organisation');
  }
}

export async function acceptReceipt(deps: ReceiptIntakeDeps, bytes: Uint8Array): Promise<AcceptedReceipt> {
  const { payload: receipt } = readSignedFile(deps.sodium, 'receipt', bytes);
  await checkIssuer(deps.organisation, receipt);
  if (receipt.monitorKey !== encodeKey(deps.ownSigningKey())) {
    throw new AppError('INTEGRITY', 'the receipt is for another monitor');
  }
  const sent = await deps.ledger.findSent(receipt.bundleId, receipt.bundleSha256);
  if (sent === null) {
    throw new AppError('INTEGRITY', 'the receipt names a bundle this laptop did not send');
  }
  if (receipt.itemCount !== sent.items.length || receipt.itemsSha256 !== itemsDigest(sent.items)) {
    throw new AppError('INTEGRITY', 'the receipt does not confirm what this bundle carried');
  }
  const bundle = (await deps.ledger.recordDelivery(receipt.bundleId, receipt.bundleSha256, { coordinatorKey: receipt.coordinatorKey, receivedAt: receipt.receivedAt })) ?? sent;
  const receiptHash = createHash('sha256').update(bytes).digest('hex');
  const evidenceIds = [...new Set(bundle.items.filter((item) => item.kind === 'evidenceInfo').map((item) => item.id))];
  for (const id of evidenceIds) {
    await deps.store.appendCustody(id, 'receipt', { bundle: receipt.bundleId, receivedAt: receipt.receivedAt, receipt: receiptHash.slice(0, 32) });
  }
  return { bundleId: receipt.bundleId, receivedAt: receipt.receivedAt, evidenceIds, recordIds: bundle.items.filter((item) => item.kind === 'record').map((item) => item.id) };
}

/**
 * Purges originals that a verified receipt says arrived (the setting "remove delivered evidence
 * from this laptop"); the description and the custody log stay as the stub. Only files that went
 * as originals in a delivered bundle qualify.
 */
export async function purgeDelivered(ledger: BundleLedger, store: EvidenceStore, evidenceIds: readonly string[]): Promise<string[]> {
  const delivered = await ledger.deliveredItems();
  const purged: string[] = [];
  for (const id of evidenceIds) {
    if (delivered.get(id)?.has('evidence') === true) {
      await store.purge(id);
      purged.push(id);
    }
  }
  return purged;
}
