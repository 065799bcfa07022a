import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { PassThrough, Writable, type Readable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { base64urlnopad } from '@scure/base';
import { AppError, isAppError } from '../../shared/errors/appError';
import type { EvidenceCheck, EvidenceItem, VerifyReport } from '../../shared/evidence/evidenceItem';
import type { EvidenceSummary } from '../../shared/evidence/evidenceSummary';
import { signingKeyFromSeed } from '../revisions/revisionChain';
import type { VaultKeys } from '../vault/keyHierarchy';
import type { Sodium } from '../vault/sodium';
import { createAgeDecryptor } from './ageFile';
import { deriveEvidenceIdentity, type AgeIdentity } from './ageIdentity';
import { readCaptureMetadata } from './captureMetadata';
import { createCustodyLog, type CustodyLog } from './custodyLog';
import { destroyEncryptedFile, evidenceFolder, itemFile, listFolder, partFile, removeIfPresent, renameDurably } from './evidenceFiles';
import { readEvidenceItem, writeEvidenceItem } from './evidenceMetadata';
import { encryptFileToPart } from './fileIngestPass';
import { encryptChainToPart } from './ingestPass';
import { storageFailure } from '../storage/storageFailure';
import { sniffMediaType } from './mediaType';
import { readStoredPlaintext } from './storedPlaintext';
import { assertSourceUnchanged, type SourceFile } from './sourceFile';
import { writeFileAtomic } from '../storage/atomicFile';

// The encrypted evidence store (security brief §4.3, R10–R16; docs/evidence-store.md). Per item,
// three files in <dataDir>/evidence/: <id>.age (the original as a standard age file), <id>.meta
// (its sealed metadata) and <id>.custody (its hash-chained custody log). Commit order on ingest:
// content → custody → metadata; the metadata rename is the commit point, so an item is visible
// only when all three are complete and synced.

export type EvidenceStoreDeps = {
  readonly sodium: Sodium;
  readonly dataDir: string;
  readonly keys: () => VaultKeys;
  readonly now?: () => Date;
};

export type IngestOptions = { readonly onBytes?: (bytes: number) => void; readonly signal?: AbortSignal };

export type CleanupReport = { readonly removedFiles: number; readonly repairedLogs: number; readonly finishedPurges: number };

export type EvidenceStore = ReturnType<typeof createEvidenceStore>;

function newItemId(): string {
  return base64urlnopad.encode(randomBytes(16));
}

/** Consumes a stream of released plaintext into a hash; nothing is kept (the quarantine rule). */
function hashingSink(hash: ReturnType<typeof createHash>, counter: { bytes: number }): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      counter.bytes += chunk.length;
      callback();
    },
  });
}

export function createEvidenceStore(deps: EvidenceStoreDeps) {
  const folder = evidenceFolder(deps.dataDir);
  const now = deps.now ?? (() => new Date());
  const { sodium } = deps;
  const identity = (): AgeIdentity => deriveEvidenceIdentity(sodium, deps.keys().vmk);
  // One log object per unlock: it serialises appends per item, so two at once cannot take one seq.
  let custodyForKeys: { keys: VaultKeys; log: CustodyLog } | null = null;
  const custody = (): CustodyLog => {
    const keys = deps.keys();
    if (custodyForKeys?.keys !== keys) {
      custodyForKeys = { keys, log: createCustodyLog({ sodium, keys, dir: folder, now }) };
    }
    return custodyForKeys.log;
  };
  // Standard base64, as the custody log's `actor` field writes the same key.
  const ownKey = (): string => sodium.to_base64(signingKeyFromSeed(sodium, deps.keys().signingSeed).publicKey, sodium.base64_variants.ORIGINAL);
  const ensureFolder = () => mkdir(folder, { recursive: true, mode: 0o700 });

  async function readItem(id: string): Promise<EvidenceItem> {
    return readEvidenceItem(sodium, deps.keys(), id, itemFile(folder, id, 'meta'));
  }

  async function fileState(item: EvidenceItem): Promise<EvidenceSummary['fileState']> {
    if (item.purgedAt !== null) {
      return 'purged';
    }
    return (await stat(itemFile(folder, item.id, 'content')).catch(() => null)) === null ? 'missing' : 'present';
  }

  /** The decrypted plaintext as a stream. Callers obey the quarantine rule (ageStream.ts). */
  function decryptedStream(id: string): { source: Readable; decryptor: Transform } {
    return { source: createReadStream(itemFile(folder, id, 'content'), { highWaterMark: 1024 * 1024 }), decryptor: createAgeDecryptor(sodium, identity()) };
  }

  /** Reads the whole file through authentication and recomputes its SHA-256 (R14). */
  async function checkContent(item: EvidenceItem): Promise<EvidenceCheck['status']> {
    if ((await fileState(item)) === 'missing') {
      return 'missing';
    }
    const hash = createHash('sha256');
    const counter = { bytes: 0 };
    const { source, decryptor } = decryptedStream(item.id);
    try {
      await pipeline(source, decryptor, hashingSink(hash, counter));
    } catch {
      return 'damaged';
    }
    return hash.digest('hex') === item.sha256 && counter.bytes === item.size ? 'intact' : 'damaged';
  }

  async function commitItem(item: EvidenceItem, detail: Record<string, string | number | boolean>): Promise<void> {
    const custodyBytes = await custody().create(item.id, item.sha256, detail);
    await writeFileAtomic(itemFile(folder, item.id, 'custody'), custodyBytes);
    await writeEvidenceItem(sodium, deps.keys(), item, itemFile(folder, item.id, 'meta'));
  }

  async function discard(id: string): Promise<void> {
    for (const kind of ['content', 'custody', 'meta'] as const) {
      await removeIfPresent(partFile(folder, id, kind));
      await removeIfPresent(itemFile(folder, id, kind));
    }
  }

  return {
    folder,

    /** One streaming pass, then the commit. On any failure nothing of the item remains. */
    async ingest(recordId: string, source: SourceFile, options: IngestOptions = {}): Promise<EvidenceItem> {
      await ensureFolder();
      const id = newItemId();
      const part = partFile(folder, id, 'content');
      try {
        const pass = await encryptFileToPart(source, part, { sodium, recipient: identity().publicKey, ...options });
        await assertSourceUnchanged(source, pass.bytes);
        const sniffed = sniffMediaType(pass.head);
        const capture = await readCaptureMetadata(pass.head, sniffed.mediaType);
        pass.head.fill(0);
        await renameDurably(part, itemFile(folder, id, 'content'), folder);
        const item: EvidenceItem = {
          v: 1,
          id,
          recordId,
          name: source.name,
          size: pass.bytes,
          mediaType: sniffed.mediaType,
          kind: sniffed.kind,
          sha256: pass.sha256,
          ...(pass.headerSha256 === undefined ? {} : { fileHeaderSha256: pass.headerSha256 }),
          ingestedAt: now().toISOString(),
          ingestedBy: ownKey(),
          capture,
          parent: null,
          purgedAt: null,
        };
        options.signal?.throwIfAborted();
        await commitItem(item, { size: item.size, mediaType: item.mediaType });
        return item;
      } catch (error) {
        await discard(id).catch(() => undefined);
        throw storageFailure(error, options.signal);
      }
    },

    async list(recordId: string): Promise<EvidenceSummary[]> {
      const { items } = await listFolder(folder);
      const summaries: EvidenceSummary[] = [];
      for (const [id, kinds] of items) {
        if (!kinds.has('meta')) {
          continue;
        }
        const item = await readItem(id).catch(() => null);
        if (item !== null && item.recordId === recordId) {
          summaries.push({ ...item, fileState: await fileState(item) });
        }
      }
      return summaries.sort((a, b) => a.ingestedAt.localeCompare(b.ingestedAt) || a.name.localeCompare(b.name));
    },

    get: readItem,

    /**
     * The original's plaintext chunk by chunk, for export (storedPlaintext.ts: with the item's header
     * digest, a read that finishes proves the content is `item.sha256`). Chunks are released as they
     * authenticate: the caller keeps them only where an error throws them away (a bundle's .part).
     */
    openPlaintext(item: EvidenceItem): AsyncGenerator<Buffer, void, undefined> {
      return readStoredPlaintext(sodium, itemFile(folder, item.id, 'content'), identity(), item.fileHeaderSha256);
    },

    async summary(id: string): Promise<EvidenceSummary> {
      const item = await readItem(id);
      return { ...item, fileState: await fileState(item) };
    },

    async custodyOf(id: string) {
      await readItem(id);
      return custody().read(id);
    },

    async appendCustody(id: string, action: 'view' | 'export' | 'derive' | 'verify' | 'receipt', detail: Record<string, string | number | boolean> = {}) {
      const item = await readItem(id);
      return custody().append(id, item.sha256, action, detail);
    },

    /** Full check of one item: content (authentication + SHA-256) and its custody log. */
    async verifyItem(id: string): Promise<EvidenceCheck> {
      const item = await readItem(id);
      const status = await checkContent(item);
      const log = await custody().read(id).catch(() => null);
      return { id, recordId: item.recordId, name: item.name, status, custody: log?.verdict.ok === true ? 'intact' : 'damaged' };
    },

    async verifyAll(onProgress?: (done: number, total: number) => void): Promise<VerifyReport> {
      const { items } = await listFolder(folder);
      const ids = [...items].filter(([, kinds]) => kinds.has('meta')).map(([id]) => id);
      const checks: EvidenceCheck[] = [];
      let unreadable = 0;
      for (const [index, id] of ids.entries()) {
        // An item that cannot be read is counted; the vault locking stops the whole check instead.
        const item = await readItem(id).catch((error: unknown) => (isAppError(error) && error.code === 'LOCKED' ? Promise.reject(error) : null));
        if (item === null) {
          unreadable += 1;
        } else if (item.purgedAt === null) {
          const check = await this.verifyItem(id);
          checks.push(check);
          await custody().append(id, item.sha256, 'verify', { result: check.status }).catch(() => undefined);
        }
        onProgress?.(index + 1, ids.length);
      }
      return { checkedAt: now().toISOString(), items: checks, unreadable };
    },

    /** Delete: the decision is recorded first (metadata, custody), then the key and the file go. */
    async purge(id: string): Promise<void> {
      const item = await readItem(id);
      if (item.purgedAt !== null) {
        return;
      }
      await writeEvidenceItem(sodium, deps.keys(), { ...item, purgedAt: now().toISOString() }, itemFile(folder, id, 'meta'));
      await custody().append(id, item.sha256, 'purge', {});
      await destroyEncryptedFile(itemFile(folder, id, 'content'));
    },

    /**
     * A working copy through `transform` (e.g. the EXIF/GPS stripper). The original is decrypted
     * and re-checked in the same pass; the copy becomes visible only if the original verified to
     * its last chunk and its SHA-256 matched (R12, R14, R15).
     */
    async derive(id: string, transform: () => Transform, derivation: 'metadataStripped'): Promise<EvidenceItem> {
      const original = await readItem(id);
      if (original.purgedAt !== null) {
        throw new AppError('NOT_FOUND', 'the original was deleted');
      }
      await ensureFolder();
      const childId = newItemId();
      const part = partFile(folder, childId, 'content');
      const originalHash = createHash('sha256');
      const { source, decryptor } = decryptedStream(id);
      const tap = new PassThrough();
      tap.on('data', (chunk: Buffer) => originalHash.update(chunk));
      try {
        const pass = await encryptChainToPart([source, decryptor, tap, transform()], part, { sodium, recipient: identity().publicKey });
        if (originalHash.digest('hex') !== original.sha256) {
          throw new AppError('INTEGRITY', 'the original does not match its SHA-256');
        }
        const sniffed = sniffMediaType(pass.head);
        const capture = await readCaptureMetadata(pass.head, sniffed.mediaType);
        pass.head.fill(0);
        await renameDurably(part, itemFile(folder, childId, 'content'), folder);
        const { fileHeaderSha256: _originalsFile, ...inherited } = original; // it names the original's file, not the copy's
        const child: EvidenceItem = {
          ...inherited,
          ...(pass.headerSha256 ? { fileHeaderSha256: pass.headerSha256 } : {}),
          id: childId,
          size: pass.bytes,
          mediaType: sniffed.mediaType,
          kind: sniffed.kind,
          sha256: pass.sha256,
          ingestedAt: now().toISOString(),
          ingestedBy: ownKey(),
          capture,
          parent: { id, sha256: original.sha256, derivation },
          purgedAt: null,
        };
        await commitItem(child, { parent: id, derivation });
        await custody().append(id, original.sha256, 'derive', { child: childId, derivation });
        return child;
      } catch (error) {
        await discard(childId).catch(() => undefined);
        throw storageFailure(error);
      }
    },

    /**
     * A coordinator adopts a file that arrived in a verified bundle: `partPath` is already
     * encrypted to this vault (staged by readBundle in this folder, so a crash leaves only a
     * .part that cleanup removes) and its plaintext matched `info.sha256`. Idempotent: the same
     * item arriving again (a resent bundle) is kept once. The monitor's description is kept as it
     * was (its times are the monitor's claims); the custody log starts here, naming the bundle and
     * the head of the monitor's log, so the two chains link.
     */
    /** `path` null: the import found the file already held, and staged no copy of it. */
    async adoptStaged(staged: { path: string | null; headerSha256?: string | undefined }, info: EvidenceItem, origin: { bundleId: string; monitorKey: string; monitorCustodyHead: string | null }): Promise<'added' | 'known'> {
      const partPath = staged.path;
      const existing = await readItem(info.id).catch(() => null);
      if (existing !== null) {
        await removeIfPresent(partPath);
        if (existing.sha256 !== info.sha256) {
          throw new AppError('INTEGRITY', 'an item with this id but other content is already here');
        }
        return 'known';
      }
      if (partPath === null) {
        throw new AppError('NOT_FOUND', 'a file was deleted while the bundle carrying it was imported: import the bundle again');
      }
      await ensureFolder();
      await renameDurably(partPath, itemFile(folder, info.id, 'content'), folder);
      // The sender's digest named the monitor's file; this copy's own, where the staging pass knew it, binds this file.
      const { fileHeaderSha256: _monitorsFile, ...described } = info;
      const item: EvidenceItem = { ...described, ...(staged.headerSha256 ? { fileHeaderSha256: staged.headerSha256 } : {}), purgedAt: null, received: { bundleId: origin.bundleId, monitorKey: origin.monitorKey, at: now().toISOString() } };
      try {
        await commitItem(item, { bundle: origin.bundleId, ...(origin.monitorCustodyHead ? { monitorHead: origin.monitorCustodyHead.slice(0, 64) } : {}) });
      } catch (error) {
        await discard(info.id).catch(() => undefined);
        throw error;
      }
      return 'added';
    },

    /**
     * At unlock: removes what a killed process left (unfinished files, items whose metadata never
     * landed), truncates torn custody tails, and finishes interrupted deletions.
     */
    async cleanUpAfterCrash(): Promise<CleanupReport> {
      const listing = await listFolder(folder);
      let removedFiles = 0;
      let repairedLogs = 0;
      let finishedPurges = 0;
      for (const name of listing.unfinished) {
        await rm(`${folder}/${name}`, { force: true });
        removedFiles += 1;
      }
      for (const [id, kinds] of listing.items) {
        if (!kinds.has('meta')) {
          await discard(id);
          removedFiles += kinds.size;
          continue;
        }
        if (kinds.has('custody') && (await custody().repairTornTail(id))) {
          repairedLogs += 1;
        }
        const item = await readItem(id).catch(() => null);
        if (item !== null && item.purgedAt !== null && kinds.has('content')) {
          const log = await custody().read(id).catch(() => null);
          if (log !== null && log.entries.at(-1)?.event.action !== 'purge') {
            await custody().append(id, item.sha256, 'purge', { resumed: true });
          }
          await destroyEncryptedFile(itemFile(folder, id, 'content'));
          finishedPurges += 1;
        }
      }
      return { removedFiles, repairedLogs, finishedPurges };
    },

    /** The age identity for disaster recovery (docs/evidence-format.md). */
    identity,
  };
}
