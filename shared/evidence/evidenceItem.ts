import { z } from 'zod';
import { RecordId } from '../records/recordTables';

// What the app knows about one evidence file. Main keeps it sealed next to the encrypted file
// (docs/evidence-store.md); the renderer sees it only as this summary. Times are device-claimed
// (R-EV3): the laptop's clock, anchored later by a coordinator's signed receipt.

// 16 random bytes, base64url: the same shape as record ids, and no meaning in it.
export const EvidenceId = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'an evidence id is 22 base64url characters');
export type EvidenceId = z.infer<typeof EvidenceId>;

export const MediaKind = z.enum(['image', 'audio', 'video', 'pdf', 'other']);
export type MediaKind = z.infer<typeof MediaKind>;

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const CaptureInfo = z.object({
  /** As the device wrote it (EXIF or the container), never converted: R-EV4. */
  capturedAt: z.string().max(40).nullable(),
  capturedAtSource: z.enum(['exif', 'container']).nullable(),
  hasGps: z.boolean(),
  hasExif: z.boolean(),
  cameraModel: z.string().max(200).nullable(),
});
export type CaptureInfo = z.infer<typeof CaptureInfo>;

/** A working copy names the original it was made from (R15: originals are never changed). */
export const EvidenceParent = z.object({ id: EvidenceId, sha256: Sha256Hex, derivation: z.enum(['metadataStripped']) });
export type EvidenceParent = z.infer<typeof EvidenceParent>;

export const EvidenceItem = z.object({
  v: z.literal(1),
  id: EvidenceId,
  recordId: RecordId,
  /** The file's base name as it was on the source disk (a path would say where it came from). */
  name: z.string().min(1).max(255),
  size: z.number().int().nonnegative(),
  mediaType: z.string().max(100),
  kind: MediaKind,
  sha256: Sha256Hex,
  /**
   * SHA-256 of the stored file's age header, MAC included (docs/evidence-store.md, "Reading back
   * without hashing again"). The header holds this file's own random key, so a file that opens with
   * this header and authenticates to its final chunk is the very file written at ingest, and its
   * plaintext's SHA-256 is `sha256`. Absent on items ingested before it existed and on copies that
   * arrived in a bundle: those are hashed again when read for export.
   */
  fileHeaderSha256: Sha256Hex.optional(),
  ingestedAt: z.string().max(40),
  /** Base64 Ed25519 public key of the vault that ingested it. */
  ingestedBy: z.string().max(64),
  capture: CaptureInfo,
  parent: EvidenceParent.nullable(),
  /** Set when the item was deleted: its key and file are destroyed, its custody log stays. */
  purgedAt: z.string().max(40).nullable(),
  /** Set on a coordinator's copy: the bundle it came in, from which monitor, when it arrived. */
  received: z.object({ bundleId: z.string().max(22), monitorKey: z.string().max(64), at: z.string().max(40) }).optional(),
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;

/** A PDF crosses to the renderer whole to be drawn; a scan larger than this is not previewed. */
export const MAX_PDF_PREVIEW_BYTES = 64 * 1024 * 1024;

export const IngestJobId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/);
export type IngestJobId = z.infer<typeof IngestJobId>;

export const IngestJob = z.object({ jobId: IngestJobId, recordId: RecordId, name: z.string().max(255), size: z.number().int().nonnegative() });
export type IngestJob = z.infer<typeof IngestJob>;

export const IngestFailure = z.enum(['SOURCE_UNREADABLE', 'SOURCE_CHANGED', 'DISK_FULL', 'STORAGE', 'CANCELLED', 'NOT_A_FILE', 'LOCKED', 'INTERNAL']);
export type IngestFailure = z.infer<typeof IngestFailure>;

export const IngestProgress = z.object({
  jobId: IngestJobId,
  recordId: RecordId,
  name: z.string().max(255),
  bytes: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  state: z.enum(['queued', 'running', 'done', 'failed']),
  itemId: EvidenceId.nullable(),
  failure: IngestFailure.nullable(),
});
export type IngestProgress = z.infer<typeof IngestProgress>;

export const EvidenceCheck = z.object({
  id: EvidenceId,
  recordId: RecordId,
  name: z.string().max(255),
  /** intact: authenticates and the SHA-256 matches; damaged: it does not; missing: the file is gone. */
  status: z.enum(['intact', 'damaged', 'missing']),
  custody: z.enum(['intact', 'damaged']),
});
export type EvidenceCheck = z.infer<typeof EvidenceCheck>;

export const VerifyReport = z.object({ checkedAt: z.string(), items: z.array(EvidenceCheck), unreadable: z.number().int().nonnegative() });
export type VerifyReport = z.infer<typeof VerifyReport>;

export const VerifyProgress = z.object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() });
export type VerifyProgress = z.infer<typeof VerifyProgress>;
