import { z } from 'zod';
import { Base64Key } from '../organisation/organisation';

// The signed table of contents of a bundle (docs/bundle-format.md): who sent it, to whom, its
// place in the monitor's sequence, the age header it was sealed under, and every item's size and
// SHA-256. It is the first file of the bundle's tar archive; its SSHSIG signature is the second.

export const BUNDLE_FORMAT = 'aigaq-bundle';
export const BUNDLE_VERSION = 1;
/** The SSHSIG namespace: a signature made for anything else (git, files) cannot pass for a bundle's. */
export const BUNDLE_SIGNATURE_NAMESPACE = 'aigaq-bundle-v1@aigaq.org';
export const MANIFEST_PATH = 'manifest.json';
export const SIGNATURE_PATH = 'manifest.json.sig';
export const MAX_MANIFEST_BYTES = 1024 * 1024;

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
// Canonical spelling only (shared/organisation/organisation.ts): one key, one string, so a key
// cannot come back under another spelling past a revocation list.
const ItemId = z.string().regex(/^[A-Za-z0-9_-]{22}$/);

/**
 * record: a record with its signed revisions; evidence: an original file, byte for byte;
 * evidenceInfo: that file's description (name, media type, capture time, intake hash, parent);
 * custody: that file's custody events.
 */
export const BundleItemKind = z.enum(['record', 'evidence', 'evidenceInfo', 'custody']);
export type BundleItemKind = z.infer<typeof BundleItemKind>;

const PATH_OF_KIND: Record<BundleItemKind, (id: string) => string> = {
  record: (id) => `records/${id}.json`,
  evidence: (id) => `evidence/${id}`,
  evidenceInfo: (id) => `evidence/${id}.json`,
  custody: (id) => `custody/${id}.json`,
};

/** Where an item sits in the archive: fixed by its kind and id, so a path can never climb out. */
export function bundleItemPath(kind: BundleItemKind, id: string): string {
  return PATH_OF_KIND[kind](id);
}

export const BundleItem = z
  .strictObject({ kind: BundleItemKind, id: ItemId, path: z.string().max(64), size: z.number().int().nonnegative(), sha256: Sha256Hex })
  .refine((item) => item.path === bundleItemPath(item.kind, item.id), 'an item path follows from its kind and id');
export type BundleItem = z.infer<typeof BundleItem>;

/**
 * Where one file's custody log stood when the bundle left the laptop: how many events, and the
 * leaf hash of the last. Signed with the manifest, it anchors the monitor's chain: the coordinator's
 * copy starts from this head, and a log that does not end here is refused.
 */
export const CustodyCheckpoint = z.strictObject({ id: ItemId, events: z.number().int().positive(), head: Sha256Hex });
export type CustodyCheckpoint = z.infer<typeof CustodyCheckpoint>;

export const BundleManifest = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  bundleId: ItemId,
  /** The monitor's laptop clock (device-claimed); the coordinator's receipt anchors it later. */
  createdAt: z.string().max(40),
  app: z.string().max(40),
  monitor: z.strictObject({ signingKey: Base64Key }),
  /** X25519 public keys of every recipient stanza: a coordinator checks its own is among them. */
  recipients: z.array(Base64Key).min(1).max(20),
  /** 1 for a monitor's first bundle, then +1: a coordinator sees a gap or a replay. */
  seq: z.number().int().positive(),
  prevBundleSha256: Sha256Hex.nullable(),
  /** SHA-256 of the age header (up to and including its MAC line): re-addressing breaks the signature. */
  ageHeaderSha256: Sha256Hex,
  items: z.array(BundleItem).max(100_000),
  /** One checkpoint per `custody` item, in the items' order. */
  custody: z.array(CustodyCheckpoint).max(100_000),
});
export type BundleManifest = z.infer<typeof BundleManifest>;
