import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { base64urlnopad } from '@scure/base';
import tar from 'tar-stream';
import { AppError, isAppError } from '../../shared/errors/appError';
import { BUNDLE_SIGNATURE_NAMESPACE, BundleManifest, MANIFEST_PATH, MAX_MANIFEST_BYTES, SIGNATURE_PATH, type BundleItem } from '../../shared/bundles/bundleManifest';
import type { BundleRefusalReason } from '../../shared/bundles/bundleRefusal';
import { canonicalJson } from '../../shared/records/canonicalJson';
import { headerDigest, openAgeFileHeader } from '../evidence/ageFile';
import { isAgeHeaderError } from '../evidence/ageHeader';
import type { AgeIdentity } from '../evidence/ageIdentity';
import { isEvidenceIntegrityError } from '../evidence/ageStream';
import { SealedFileWriter, startSealedFile } from '../evidence/sealedFileWriter';
import { sha256For, type StreamingSha256 } from '../evidence/sha256Tap';
import { readPayloadPlaintext } from '../evidence/storedPlaintext';
import { fileSystemFailure, isFileSystemError } from '../storage/storageFailure';
import type { Sodium } from '../vault/sodium';
import { verifySsh } from './sshSignature';

// Opens a bundle in the strict order of security brief R21 (docs/bundle-format.md):
//   1. age header: parse, find our stanza, verify the MAC            → NOT_FOR_THIS_VAULT, DAMAGED
//   2. decrypt the payload as a stream (quarantine: nothing is kept unless every later step passes)
//   3. manifest first, its signature second; the signature verifies and is by the manifest's
//      monitor key; the manifest binds this very age header; this vault is a listed recipient
//                                                                      → BAD_MANIFEST, UNSIGNED, BAD_SIGNATURE, RE_ADDRESSED, NOT_A_RECIPIENT
//   4. the signer is an enrolled monitor (asked of the caller)         → UNKNOWN_SIGNER, REVOKED_SIGNER
//   5. every item, in the manifest's order, with its size and SHA-256; nothing missing, nothing
//      extra; evidence is re-encrypted to this vault's own evidence key as it arrives (staged
//      .part files), records and custody logs kept in memory          → ITEM_MISMATCH
//   6. the payload's final chunk authenticates and nothing follows it → DAMAGED, TRUNCATED
// Only a bundle that passed all six is returned as verified; on any refusal every staged file is
// deleted before the error is thrown.

export class BundleRefused extends AppError {
  constructor(
    readonly reason: BundleRefusalReason,
    detail = '',
  ) {
    super('INTEGRITY', `bundle refused: ${reason}${detail ? ` (${detail})` : ''}`);
    this.name = 'BundleRefused';
  }
}

export function isBundleRefused(value: unknown): value is BundleRefused {
  return value instanceof BundleRefused;
}

export type SignerStatus = 'enrolled' | 'unknown' | 'revoked';

export type ReadBundleOptions = {
  readonly sodium: Sodium;
  readonly path: string;
  /** This vault's bundle identity (deriveBundleIdentity). */
  readonly identity: AgeIdentity;
  /** Staged evidence is re-encrypted to this key (the vault's own evidence recipient). */
  readonly evidenceRecipient: Uint8Array;
  readonly stagingDir: string;
  /** Asked once the signature verified, before any item is read: the organisation's enrolment list. */
  readonly signerStatus: (signingKey: string) => SignerStatus | Promise<SignerStatus>;
  /**
   * Asked per evidence file: one this vault already holds with the same id and SHA-256 (a bundle
   * imported again to rewrite its receipt, a resend by another route) is checked against the
   * manifest but not staged: no second copy written, no disk space needed.
   */
  readonly alreadyHeld?: (item: BundleItem) => Promise<boolean>;
  /** Bytes of the encrypted payload read so far. */
  readonly onProgress?: (bytes: number) => void;
  /** Stops the reading (the vault locked): its reason is thrown, and nothing stays staged. */
  readonly signal?: AbortSignal;
};

export type StagedEvidence = {
  readonly item: BundleItem;
  /** null: already held by this vault, so checked but not staged (ReadBundleOptions.alreadyHeld). */
  readonly partPath: string | null;
  /** The staged file's own header digest (EvidenceItem.fileHeaderSha256), once it is complete. */
  headerSha256?: string;
};

export type VerifiedBundle = {
  readonly manifest: BundleManifest;
  readonly bundleSha256: string;
  /** record and custody items: their exact bytes, verified */
  readonly documents: ReadonlyMap<string, Buffer>;
  readonly evidence: readonly StagedEvidence[];
};

const MAX_SIGNATURE_BYTES = 4096;
const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

type TarEntry = Readable & { header: tar.Header };

async function readSmall(entry: TarEntry, limit: number, tooLarge: BundleRefusalReason): Promise<Buffer> {
  if ((entry.header.size ?? 0) > limit) {
    throw new BundleRefused(tooLarge, 'too large');
  }
  const parts: Buffer[] = [];
  for await (const part of entry) {
    parts.push(part as Buffer);
  }
  return Buffer.concat(parts);
}

function classify(error: unknown, path: string): unknown {
  if (isBundleRefused(error)) {
    return error;
  }
  if (isAgeHeaderError(error)) {
    return new BundleRefused(error.reason === 'NO_IDENTITY_MATCHED' ? 'NOT_FOR_THIS_VAULT' : 'DAMAGED', error.reason);
  }
  if (isEvidenceIntegrityError(error)) {
    return new BundleRefused(error.reason === 'TRUNCATED' || error.reason === 'NO_FINAL_CHUNK' ? 'TRUNCATED' : 'DAMAGED', error.reason);
  }
  if (isAppError(error)) {
    return error;
  }
  if (isFileSystemError(error)) {
    return fileSystemFailure(error, path); // no room to stage, or the stick pulled out: not a damaged bundle
  }
  // tar-stream's own complaints (a header that does not parse, a size it cannot meet) mean the
  // plaintext is not the archive the manifest describes.
  return new BundleRefused('ITEM_MISMATCH', 'not a well-formed archive');
}

function parseManifest(bytes: Buffer): BundleManifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new BundleRefused('BAD_MANIFEST', 'not JSON');
  }
  const manifest = BundleManifest.safeParse(parsed);
  if (!manifest.success || canonicalJson(manifest.data) !== bytes.toString('utf8')) {
    throw new BundleRefused('BAD_MANIFEST', 'not a version 1 manifest in canonical form');
  }
  return manifest.data;
}

type Context = ReadBundleOptions & { readonly headerSha256: string };

async function checkManifest(context: Context, manifest: BundleManifest, manifestBytes: Buffer, signature: Buffer): Promise<void> {
  let signer: Uint8Array;
  try {
    signer = verifySsh(context.sodium, signature.toString('utf8'), BUNDLE_SIGNATURE_NAMESPACE, manifestBytes);
  } catch {
    throw new BundleRefused('BAD_SIGNATURE');
  }
  if (Buffer.from(signer).toString('base64') !== manifest.monitor.signingKey) {
    throw new BundleRefused('BAD_SIGNATURE', 'signed by another key than the manifest names');
  }
  if (manifest.ageHeaderSha256 !== context.headerSha256) {
    throw new BundleRefused('RE_ADDRESSED');
  }
  if (!manifest.recipients.includes(Buffer.from(context.identity.publicKey).toString('base64'))) {
    throw new BundleRefused('NOT_A_RECIPIENT');
  }
  const status = await context.signerStatus(manifest.monitor.signingKey);
  if (status !== 'enrolled') {
    throw new BundleRefused(status === 'revoked' ? 'REVOKED_SIGNER' : 'UNKNOWN_SIGNER');
  }
}


/**
 * Re-encrypts a received file to this vault's evidence key as it is unpacked, hashing its plaintext
 * on the second core, into a staged .part file (synced); refused unless it has the manifest's size
 * and SHA-256. Plaintext only in flight, never on disk.
 */
async function stageEvidence(context: Context, staged: StagedEvidence & { readonly partPath: string }, entry: TarEntry): Promise<void> {
  const { header, sealer } = startSealedFile(context.sodium, [context.evidenceRecipient]);
  const output = await open(staged.partPath, 'wx', 0o600).catch((error: unknown) => {
    sealer.wipe();
    throw error;
  });
  const file = new SealedFileWriter(output, sealer, header, { hashOf: 'plaintext', expectedBytes: staged.item.size });
  try {
    for await (const piece of entry) {
      await file.append(piece as Buffer);
    }
    const written = await file.end();
    if (written.plaintextBytes !== staged.item.size || written.sha256 !== staged.item.sha256) {
      throw new BundleRefused('ITEM_MISMATCH', staged.item.path);
    }
    staged.headerSha256 = headerDigest(header);
  } catch (error) {
    await file.abandon();
    throw error;
  } finally {
    await output.close();
  }
}

/** A file this vault already holds: its size and SHA-256 are checked, nothing is written. */
async function checkHeldEvidence(item: BundleItem, entry: TarEntry): Promise<void> {
  const hash = sha256For(item.size);
  let bytes = 0;
  try {
    for await (const piece of entry) {
      bytes += (piece as Buffer).length;
      await hash.update(piece as Buffer);
    }
    if (bytes !== item.size || (await hash.digest()) !== item.sha256) {
      throw new BundleRefused('ITEM_MISMATCH', item.path);
    }
  } catch (error) {
    hash.destroy();
    throw error;
  }
}

async function readItem(context: Context, item: BundleItem | undefined, entry: TarEntry, out: { documents: Map<string, Buffer>; evidence: StagedEvidence[] }): Promise<void> {
  if (item === undefined || entry.header.name !== item.path || entry.header.size !== item.size || entry.header.type !== 'file') {
    throw new BundleRefused('ITEM_MISMATCH', item === undefined ? 'an item the manifest does not list' : item.path);
  }
  if (item.kind === 'evidence' && (await context.alreadyHeld?.(item)) === true) {
    out.evidence.push({ item, partPath: null });
    await checkHeldEvidence(item, entry);
    return;
  }
  if (item.kind === 'evidence') {
    // A random name: two imports of the same bundle at once must not write to one file.
    const staged: StagedEvidence & { partPath: string } = { item, partPath: join(context.stagingDir, `${base64urlnopad.encode(randomBytes(16))}.age.part`) };
    out.evidence.push(staged);
    await stageEvidence(context, staged, entry);
    return;
  }
  const bytes = await readSmall(entry, MAX_DOCUMENT_BYTES, 'ITEM_MISMATCH');
  if (bytes.length !== item.size || createHash('sha256').update(bytes).digest('hex') !== item.sha256) {
    throw new BundleRefused('ITEM_MISMATCH', item.path);
  }
  out.documents.set(item.path, bytes);
}

type Collected = { documents: Map<string, Buffer>; evidence: StagedEvidence[] };
type ArchiveState = { index: number; manifest: BundleManifest | null; manifestBytes: Buffer | null };

/** The manifest first, its signature second (checked before any item is touched), then the items. */
async function readEntry(context: Context, state: ArchiveState, entry: TarEntry, out: Collected): Promise<void> {
  if (state.index === 0) {
    if (entry.header.name !== MANIFEST_PATH) {
      throw new BundleRefused('BAD_MANIFEST', 'the archive does not start with its manifest');
    }
    state.manifestBytes = await readSmall(entry, MAX_MANIFEST_BYTES, 'BAD_MANIFEST');
    state.manifest = parseManifest(state.manifestBytes);
  } else if (state.index === 1) {
    if (entry.header.name !== SIGNATURE_PATH || state.manifest === null || state.manifestBytes === null) {
      throw new BundleRefused('UNSIGNED');
    }
    await checkManifest(context, state.manifest, state.manifestBytes, await readSmall(entry, MAX_SIGNATURE_BYTES, 'BAD_SIGNATURE'));
  } else {
    await readItem(context, state.manifest?.items[state.index - 2], entry, out);
  }
  state.index += 1;
}

function completeManifest(state: ArchiveState): BundleManifest {
  if (state.manifest === null) {
    throw new BundleRefused('BAD_MANIFEST', 'empty archive');
  }
  if (state.index < 2) {
    throw new BundleRefused('UNSIGNED');
  }
  if (state.index - 2 !== state.manifest.items.length) {
    throw new BundleRefused('ITEM_MISMATCH', 'items missing');
  }
  return state.manifest;
}

async function readArchive(context: Context, plaintext: AsyncIterable<Buffer>, out: Collected): Promise<BundleManifest> {
  const extract = tar.extract();
  const feeding = pipeline(plaintext, extract as unknown as NodeJS.WritableStream);
  feeding.catch(() => undefined); // awaited below; a refused payload can fail it while an entry is still being read
  const state: ArchiveState = { index: 0, manifest: null, manifestBytes: null };
  try {
    for await (const entry of extract) {
      await readEntry(context, state, entry as unknown as TarEntry, out);
    }
    await feeding;
  } catch (error) {
    extract.destroy();
    await feeding.catch(() => undefined);
    throw error;
  }
  return completeManifest(state);
}

async function readHeaderBytes(path: string, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const bytes = Buffer.alloc(length);
    await handle.read(bytes, 0, length, 0);
    return bytes;
  } finally {
    await handle.close();
  }
}

export async function readBundle(options: ReadBundleOptions): Promise<VerifiedBundle> {
  const out: Collected = { documents: new Map(), evidence: [] };
  let bundleHash: StreamingSha256 | null = null;
  let fileKey: Uint8Array | null = null;
  try {
    await mkdir(options.stagingDir, { recursive: true, mode: 0o700 });
    const header = await openAgeFileHeader(options.sodium, options.path, options.identity);
    fileKey = header.fileKey;
    // The bundle's SHA-256 (header and payload, as sent) is computed as it is read, on the second core for a large one: no second pass.
    bundleHash = sha256For(header.fileSize);
    await bundleHash.update(await readHeaderBytes(options.path, header.payloadOffset));
    const context: Context = { ...options, headerSha256: header.headerSha256 };
    const hash = bundleHash;
    let payloadBytes = 0;
    const plaintext = readPayloadPlaintext(options.path, header.fileKey, header.payloadOffset, async (block) => {
      options.signal?.throwIfAborted();
      await hash.update(block);
      payloadBytes += block.length;
      options.onProgress?.(payloadBytes);
    });
    const manifest = await readArchive(context, plaintext, out);
    return { manifest, documents: out.documents, evidence: out.evidence, bundleSha256: await bundleHash.digest() };
  } catch (error) {
    bundleHash?.destroy();
    await Promise.all(out.evidence.map((entry) => (entry.partPath === null ? undefined : rm(entry.partPath, { force: true }))));
    throw classify(error, options.path);
  } finally {
    fileKey?.fill(0); // already wiped by the payload reader, unless it never started
  }
}
