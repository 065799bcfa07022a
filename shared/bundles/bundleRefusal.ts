import { z } from 'zod';

// Why a bundle was not imported, one reason per check of the import order (security brief R21;
// docs/bundle-format.md). The renderer shows each with its own translated explanation.
export const BundleRefusalReason = z.enum([
  /** No recipient stanza opens with this vault's bundle key: it was sent to someone else. */
  'NOT_FOR_THIS_VAULT',
  /** The age header or an encrypted chunk does not authenticate: damaged or altered on the way. */
  'DAMAGED',
  /** The file ends early: an interrupted copy. */
  'TRUNCATED',
  /** The archive does not start with a manifest, or the manifest is not one we read. */
  'BAD_MANIFEST',
  /** No signature follows the manifest. */
  'UNSIGNED',
  /** The signature does not verify, or was made by a key other than the one the manifest names. */
  'BAD_SIGNATURE',
  /** The payload was put under another age header than the one the monitor signed. */
  'RE_ADDRESSED',
  /** The signed manifest does not list this vault among its recipients. */
  'NOT_A_RECIPIENT',
  /** Signed by a key this organisation has not enrolled (kept aside until approved). */
  'UNKNOWN_SIGNER',
  /** Signed by a monitor whose enrolment was revoked. */
  'REVOKED_SIGNER',
  /** An item differs from the manifest: other bytes, another size, another place, or missing or extra. */
  'ITEM_MISMATCH',
  /** A record is not a sealed record, or its revisions do not verify with the sender's key: altered after sealing. */
  'RECORD_NOT_SEALED',
]);
export type BundleRefusalReason = z.infer<typeof BundleRefusalReason>;
