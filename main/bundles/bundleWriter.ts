import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { base64urlnopad } from '@scure/base';
import tar from 'tar-stream';
import { AppError } from '../../shared/errors/appError';
import { BUNDLE_FORMAT, BUNDLE_SIGNATURE_NAMESPACE, BUNDLE_VERSION, BundleManifest, bundleItemPath, MANIFEST_PATH, SIGNATURE_PATH, type BundleItemKind } from '../../shared/bundles/bundleManifest';
import { canonicalJson } from '../../shared/records/canonicalJson';
import { writeAgeHeader } from '../evidence/ageHeader';
import { createPayloadEncryptor } from '../evidence/ageStream';
import { syncFile, syncFolder } from '../evidence/evidenceFiles';
import type { Sodium } from '../vault/sodium';
import { Sha256Tap } from '../evidence/sha256Tap';
import { signSsh } from './sshSignature';

// Writes one bundle (docs/bundle-format.md): an age v1 file to every recipient whose plaintext is a
// tar archive — manifest.json, its SSHSIG signature, then every item. Streams: an evidence file goes
// from its encrypted store copy through decryption, a SHA-256 check and re-encryption for the
// recipients without ever being whole in memory or plain on disk. Written to <out>.part, synced,
// renamed: a bundle on the USB stick is complete or absent.

export type BundleEntrySource = {
  readonly kind: BundleItemKind;
  readonly id: string;
  readonly size: number;
  readonly sha256: string;
  /** The item's plaintext; released chunk by chunk, checked against `sha256` on the way. */
  readonly open: () => Readable;
};

export type WriteBundleOptions = {
  readonly sodium: Sodium;
  readonly signing: { readonly publicKey: Uint8Array; readonly privateKey: Uint8Array };
  readonly recipients: readonly Uint8Array[];
  readonly seq: number;
  readonly prevBundleSha256: string | null;
  readonly items: readonly BundleEntrySource[];
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
  });
}

/** Fixed tar metadata: no owner names, no real times, no modes that say anything about the laptop. */
function entryHeader(name: string, size: number, mtime: Date) {
  return { name, size, mode: 0o600, mtime, uid: 0, gid: 0, uname: '', gname: '' };
}

async function feedArchive(pack: tar.Pack, manifest: BundleManifest, files: { manifest: Buffer; signature: Buffer }, items: readonly BundleEntrySource[]): Promise<void> {
  const mtime = new Date(manifest.createdAt);
  pack.entry(entryHeader(MANIFEST_PATH, files.manifest.length, mtime), files.manifest);
  pack.entry(entryHeader(SIGNATURE_PATH, files.signature.length, mtime), files.signature);
  for (const item of items) {
    const entry = pack.entry(entryHeader(bundleItemPath(item.kind, item.id), item.size, mtime));
    const expected = { size: item.size, sha256: item.sha256, mismatch: () => new AppError('INTEGRITY', `${item.kind} ${item.id} does not match its SHA-256`) };
    await pipeline(item.open(), new Sha256Tap({ expected }), entry);
  }
  pack.finalize();
}

export async function writeBundle(options: WriteBundleOptions): Promise<WrittenBundle> {
  const fileKey = randomBytes(16);
  const ageHeader = writeAgeHeader(options.sodium, fileKey, options.recipients);
  const manifest = buildManifest(options, ageHeader);
  const manifestBytes = Buffer.from(canonicalJson(manifest));
  const signature = Buffer.from(signSsh(options.sodium, options.signing, BUNDLE_SIGNATURE_NAMESPACE, manifestBytes));
  const part = `${options.outPath}.part`;
  // The bundle's SHA-256 names it in receipts and in the next bundle: hashed as written, on the second core.
  const bundleHash = new Sha256Tap(options.onProgress ? { onBytes: options.onProgress } : {});
  const pack = tar.pack();
  try {
    const encryptor = createPayloadEncryptor(fileKey);
    encryptor.push(ageHeader); // queued ahead of any payload byte: the file is header, then payload
    const output = createWriteStream(part, { flags: 'wx', mode: 0o600, highWaterMark: 1024 * 1024 });
    const payload = pipeline([pack as unknown as Readable, encryptor, bundleHash, output], options.signal ? { signal: options.signal } : {});
    await Promise.all([payload, feedArchive(pack, manifest, { manifest: manifestBytes, signature }, options.items)]);
    await syncFile(part);
    await rename(part, options.outPath);
    await syncFolder(dirname(options.outPath));
  } catch (error) {
    pack.destroy();
    await rm(part, { force: true });
    throw error;
  } finally {
    fileKey.fill(0);
  }
  return { manifest, bundleSha256: bundleHash.sha256 as string, bytes: bundleHash.bytes };
}
