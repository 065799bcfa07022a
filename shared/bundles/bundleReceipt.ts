import { z } from 'zod';
import { Base64Key, OrganisationId } from '../organisation/organisation';

// What a coordinator's vault signs after it imported a bundle, for the monitor to take back by
// the same route (docs/bundle-format.md, "Receipts"). It names the bundle by id and by the SHA-256
// of the file, lists what arrived, and says when (the coordinator's clock: an independent time
// anchor for the monitor's custody log, R18). A monitor's laptop trusts it only when it verifies
// and was signed by a coordinator of its organisation (R36).

export const RECEIPT_FORMAT = 'aigaq-receipt';
const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const BundleReceipt = z.strictObject({
  format: z.literal(RECEIPT_FORMAT),
  version: z.literal(1),
  organisationId: OrganisationId,
  bundleId: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
  bundleSha256: Sha256Hex,
  seq: z.number().int().positive(),
  monitorKey: Base64Key,
  coordinatorKey: Base64Key,
  receivedAt: z.string().max(40),
  /** How many items arrived, and the SHA-256 of the manifest's item list (canonical JSON): the
   *  receipt stays small for a bundle of any size, and still commits to exactly what arrived. */
  itemCount: z.number().int().nonnegative(),
  itemsSha256: Sha256Hex,
});
export type BundleReceipt = z.infer<typeof BundleReceipt>;
