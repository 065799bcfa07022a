import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import { base64urlnopad } from '@scure/base';
import tar from 'tar-stream';
import { AppError } from '../../shared/errors/appError';
import { BUNDLE_FORMAT, BUNDLE_SIGNATURE_NAMESPACE, BUNDLE_VERSION, BundleManifest, bundleItemPath, MANIFEST_PATH, SIGNATURE_PATH, type BundleItemKind, type CustodyCheckpoint } from '../../shared/bundles/bundleManifest';
import { canonicalJson } from '../../shared/records/canonicalJson';
import { syncFolder } from '../evidence/evidenceFiles';
import { SealedFileWriter, startSealedFile, type SealedFileResult } from '../evidence/sealedFileWriter';
import { sha256For } from '../evidence/sha256Tap';
import type { Sodium } from '../vault/sodium';
import { signSsh } from './sshSignature';

// Writes one bundle (docs/bundle-format.md): an age v1 file to every recipient whose plaintext is a
// tar archive — manifest.json, its SSHSIG signature, then every item. Streams: an evidence file goes
// from its encrypted store copy (storedPlaintext.ts) through decryption, a SHA-256 check and
// re-encryption for the recipients (sealedFileWriter.ts) without ever being whole in memory or plain on
// disk. Written to <out>.part, synced, renamed: a bundle on the USB stick is complete or absent.

export type BundleEntrySource = {
  readonly kind: BundleItemKind;
  readonly id: string;
  readonly size: number;
  readonly sha256: string;
  /** The item's plaintext in pieces (released chunk by chunk), checked against `sha256` on the way. */
  readonly open: () => AsyncIterable<Buffer> | Iterable<Buffer>;
  /**
   * The source itself proves its content is `sha256` once it has been read to the end without an
   * error (an evidence file bound to its item: storedPlaintext.ts), so it is not hashed again; its
   * size is still checked. A second SHA-256 pass over a video is the dearest step of an export.
   */
  readonly contentProven?: boolean;
};

export type WriteBundleOptions = {
  readonly sodium: Sodium;
  readonly signing: { readonly publicKey: Uint8Array; readonly privateKey: Uint8Array };
  readonly recipients: readonly Uint8Array[];
  readonly seq: number;
  readonly prevBundleSha256: string | null;
  readonly items: readonly BundleEntrySource[];
  /** The head of every custody log among the items (CustodyCheckpoint), signed with the manifest. */
  readonly custody: readonly CustodyCheckpoint[];
  readonly outPath: string;
  readonly app: string;
  readonly now?: () => Date;
  readonly signal?: AbortSignal;
  /** Bytes of the bundle written so far (for a progress bar; the total is about the items' sizes). */
  readonly onProgress?: (bytes: number) => void;
};

export type WrittenBundle = { readonly manifest: BundleManifest; readonly bundleSha256: string; readonly bytes: number };

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function buildManifest(options: WriteBundleOptions, ageHeader: Buffer): BundleManifest {
  return BundleManifest.parse({
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    bundleId: base64urlnopad.encode(randomBytes(16)),
    createdAt: (options.now ?? (() => new Date()))().toISOString(),
    app: options.app,
    monitor: { signingKey: toBase64(options.signing.publicKey) },
    recipients: options.recipients.map(toBase64),
    seq: options.seq,
    prevBundleSha256: options.prevBundleSha256,
    ageHeaderSha256: createHash('sha256').update(ageHeader).digest('hex'),
    items: options.items.map((item) => ({ kind: item.kind, id: item.id, path: bundleItemPath(item.kind, item.id), size: item.size, sha256: item.sha256 })),
    custody: options.custody,
  });
}

const DRAIN_EVERY_BYTES = 1024 * 1024;

/** Fixed tar metadata: no owner names, no real times, no modes that say anything about the laptop. */
function entryHeader(name: string, size: number, mtime: Date) {
  return { name, size, mode: 0o600, mtime, uid: 0, gid: 0, uname: '', gname: '' };
}

/** Resolves when the entry drained, rejects when the bundle is abandoned (the other side failed). */
function drained(entry: Writable, stop: AbortSignal): Promise<void> {
  return once(entry, 'drain', { signal: stop }).then(() => undefined);
}

/**
 * One item into the archive, checked against the SHA-256 and size the manifest gives it.
 * Backpressure is obeyed once per MiB, not per piece: a gigabyte comes as sixteen thousand chunks,
 * and a wait for every one cost more than the work.
 */
async function writeItem(pack: tar.Pack, item: BundleEntrySource, mtime: Date, stop: AbortSignal): Promise<void> {
  const entry = pack.entry(entryHeader(bundleItemPath(item.kind, item.id), item.size, mtime)) as unknown as Writable;
  const hash = item.contentProven === true ? null : sha256For(item.size);
  let bytes = 0;
  let sinceDrain = 0;
  try {
    for await (const piece of item.open()) {
      stop.throwIfAborted();
      await hash?.update(piece);
      bytes += piece.length;
      sinceDrain += piece.length;
      if (!entry.write(piece) && sinceDrain >= DRAIN_EVERY_BYTES) {
        await drained(entry, stop);
        sinceDrain = 0;
      }
    }
    if (bytes !== item.size || (hash !== null && (await hash.digest()) !== item.sha256)) {
      throw new AppError('INTEGRITY', `${item.kind} ${item.id} does not match its SHA-256`);
    }
  } catch (error) {
    hash?.destroy();
    throw error;
  }
  entry.end();
}

async function feedArchive(pack: tar.Pack, manifest: BundleManifest, files: { manifest: Buffer; signature: Buffer }, items: readonly BundleEntrySource[], stop: AbortSignal): Promise<void> {
  const mtime = new Date(manifest.createdAt);
  pack.entry(entryHeader(MANIFEST_PATH, files.manifest.length, mtime), files.manifest);
  pack.entry(entryHeader(SIGNATURE_PATH, files.signature.length, mtime), files.signature);
  for (const item of items) {
    await writeItem(pack, item, mtime, stop);
  }
  pack.finalize();
}

async function drainArchive(pack: tar.Pack, file: SealedFileWriter, stop: AbortSignal): Promise<void> {
  for await (const piece of pack as AsyncIterable<Buffer>) {
    stop.throwIfAborted();
    await file.append(piece);
  }
}

/**
 * Runs the archive's producer and its consumer together. The first failure of either (or the
 * caller's cancel) stops both, and is the one reported: a disk that filled up, not the "aborted"
 * the producer then saw.
 */
async function writeArchive(pack: tar.Pack, file: SealedFileWriter, feed: (stop: AbortSignal) => Promise<void>, signal?: AbortSignal): Promise<void> {
  const stop = new AbortController();
  let failure: { error: unknown } | null = null;
  const fail = (error: unknown) => {
    failure ??= { error };
    stop.abort(error);
    pack.destroy();
  };
  const cancel = () => fail(signal?.reason);
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    await Promise.all([feed(stop.signal).catch(fail), drainArchive(pack, file, stop.signal).catch(fail)]);
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
  if (failure !== null) {
    throw (failure as { error: unknown }).error;
  }
}

export async function writeBundle(options: WriteBundleOptions): Promise<WrittenBundle> {
  options.signal?.throwIfAborted();
  const { header: ageHeader, sealer } = startSealedFile(options.sodium, options.recipients);
  const manifest = buildManifest(options, ageHeader);
  const manifestBytes = Buffer.from(canonicalJson(manifest));
  const signature = Buffer.from(signSsh(options.sodium, options.signing, BUNDLE_SIGNATURE_NAMESPACE, manifestBytes));
  const part = `${options.outPath}.part`;
  const output = await open(part, 'wx', 0o600).catch((error: unknown) => {
    sealer.wipe();
    throw error;
  });
  // The bundle's SHA-256 is of the file as written: it names the bundle in receipts and in the next bundle.
  const expectedBytes = options.items.reduce((sum, item) => sum + item.size, 0);
  const file = new SealedFileWriter(output, sealer, ageHeader, { hashOf: 'file', expectedBytes, ...(options.onProgress ? { onBytes: options.onProgress } : {}) });
  let written: SealedFileResult;
  try {
    const pack = tar.pack();
    await writeArchive(pack, file, (stop) => feedArchive(pack, manifest, { manifest: manifestBytes, signature }, options.items, stop), options.signal);
    written = await file.end();
    await output.close();
    await rename(part, options.outPath);
    await syncFolder(dirname(options.outPath));
  } catch (error) {
    await file.abandon();
    await output.close().catch(() => undefined);
    await rm(part, { force: true });
    throw error;
  }
  return { manifest, bundleSha256: written.sha256, bytes: written.fileBytes };
}
