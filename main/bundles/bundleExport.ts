import { constants } from 'node:fs';
import { access, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors/appError';
import type { BundleManifest, CustodyCheckpoint } from '../../shared/bundles/bundleManifest';
import type { BundledRecord } from '../../shared/bundles/bundledRecord';
import type { RecordHead } from '../../shared/bundles/recordStub';
import { canonicalJson } from '../../shared/records/canonicalJson';
import type { EvidenceStore } from '../evidence/evidenceStore';
import { signingKeyFromSeed } from '../revisions/revisionChain';
import type { VaultKeys } from '../vault/keyHierarchy';
import type { Sodium } from '../vault/sodium';
import type { BundleLedger } from './bundleLedger';
import { writeBundle, type BundleEntrySource } from './bundleWriter';
import { checkBundledRecord } from './bundledRecordCheck';

// The monitor's side of a delivery: gathers the chosen records (as the renderer hands them over,
// with their signed revisions), the evidence attached to them (description, custody events and,
// if chosen, the original), numbers the bundle in the monitor's sequence, writes it to the folder
// (a USB stick), and notes the delivery in the ledger and in each file's custody log.

export type RecordDocument = { readonly id: string; readonly document: unknown };

export type ExportRequest = {
  readonly records: readonly RecordDocument[];
  readonly evidenceIds: readonly string[];
  /** Originals are the heaviest and most sensitive part: the default is chosen by the UI, per export. */
  readonly includeOriginals: boolean;
  readonly folder: string;
  /** Leave out what a receipt already confirmed: records sent unchanged, files already delivered. */
  readonly onlyUndelivered?: boolean;
};

export type BundleExporterDeps = {
  readonly sodium: Sodium;
  readonly keys: () => VaultKeys;
  readonly store: EvidenceStore;
  readonly ledger: BundleLedger;
  /** Every coordinator's bundle key, and the monitor's own (to re-send): from the organisation. */
  readonly recipients: () => Promise<Uint8Array[]>;
  readonly app: string;
  readonly now?: () => Date;
};

export type ExportedBundle = { readonly path: string; readonly manifest: BundleManifest; readonly bundleSha256: string; readonly bytes: number };

export type ExportProgress = (bytes: number, total: number) => void;

/** A file counts as delivered when a receipt confirmed it in the form asked for now (the original, or only its description). */
function alreadyDelivered(kinds: ReadonlySet<string> | undefined, includeOriginals: boolean): boolean {
  return kinds !== undefined && (kinds.has('evidence') || (!includeOriginals && kinds.has('evidenceInfo')));
}

function documentSource(kind: 'record' | 'evidenceInfo' | 'custody', id: string, value: unknown): BundleEntrySource {
  const bytes = Buffer.from(canonicalJson(value));
  return { kind, id, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), open: () => [bytes] };
}

type EvidenceSources = { readonly sources: BundleEntrySource[]; readonly checkpoint: CustodyCheckpoint | null };

async function evidenceSources(store: EvidenceStore, id: string, includeOriginal: boolean): Promise<EvidenceSources> {
  const item = await store.get(id);
  if (item.purgedAt !== null) {
    return { sources: [], checkpoint: null };
  }
  const custody = await store.custodyOf(id);
  if (!custody.verdict.ok) {
    // A custody log that does not verify must not travel as if it did.
    throw new AppError('INTEGRITY', 'an evidence custody log does not verify');
  }
  // A file bound to its item by a header digest proves its content as it is read (storedPlaintext.ts): not hashed again.
  const original: BundleEntrySource[] = includeOriginal ? [{ kind: 'evidence', id, size: item.size, sha256: item.sha256, open: () => store.openPlaintext(item), contentProven: item.fileHeaderSha256 !== undefined }] : [];
  // The header digest names this laptop's encrypted file, which does not travel: the description goes without it.
  const { fileHeaderSha256: _localFile, ...description } = item;
  const last = custody.entries.at(-1);
  return {
    sources: [...original, documentSource('evidenceInfo', id, description), documentSource('custody', id, custody.entries)],
    checkpoint: last === undefined ? null : { id, events: custody.entries.length, head: last.leaf },
  };
}

/** The newest revision a record document carries (a checked document has at least one). */
function headOf(document: BundledRecord): RecordHead {
  const { header } = document.revisions[document.revisions.length - 1] as BundledRecord['revisions'][number];
  return { seq: header.seq, contentHash: header.contentHash };
}

const exists = (path: string) => access(path, constants.F_OK).then(() => true, () => false);

/**
 * aigaq-2026-11-23-0007.aqb: the date and sequence, nothing about the monitor or the records. A name
 * is free only if neither the bundle nor its .part is there: an export killed mid-way leaves a .part
 * (ciphertext, never a whole bundle) that must not block the next export from that stick.
 */
async function freshPath(folder: string, date: Date, seq: number): Promise<string> {
  const base = `aigaq-${date.toISOString().slice(0, 10)}-${String(seq).padStart(4, '0')}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const path = join(folder, `${base}${attempt === 0 ? '' : `-${attempt}`}.aqb`);
    if (!(await exists(path)) && !(await exists(`${path}.part`))) {
      return path;
    }
  }
  throw new AppError('STORAGE', 'too many bundles of the same name in that folder');
}

export function createBundleExporter(deps: BundleExporterDeps) {
  const now = deps.now ?? (() => new Date());
  return {
    /** The records and files an export would carry: all asked for, or only what no receipt confirmed yet. */
    async selection(request: ExportRequest): Promise<{ records: RecordDocument[]; evidenceIds: string[] }> {
      if (request.onlyUndelivered !== true) {
        return { records: [...request.records], evidenceIds: [...request.evidenceIds] };
      }
      const [digests, delivered] = [await deps.ledger.deliveredDigests(), await deps.ledger.deliveredItems()];
      return {
        records: request.records.filter((record) => !digests.has(documentSource('record', record.id, record.document).sha256)),
        evidenceIds: request.evidenceIds.filter((id) => !alreadyDelivered(delivered.get(id), request.includeOriginals)),
      };
    },

    async export(request: ExportRequest, signal?: AbortSignal, onProgress?: ExportProgress): Promise<ExportedBundle> {
      const keys = deps.keys();
      const signing = signingKeyFromSeed(deps.sodium, keys.signingSeed);
      const heads = new Map<string, RecordHead>();
      for (const record of request.records) {
        // Only what this vault sealed leaves it: the coordinator would refuse anything else.
        const checked = checkBundledRecord(deps.sodium, signing.publicKey, record.id, record.document);
        if (!checked.ok) {
          throw new AppError('INVALID_REQUEST', `record ${record.id}: ${checked.why}`);
        }
        heads.set(record.id, headOf(checked.record.document));
      }
      const evidence = await Promise.all(request.evidenceIds.map((id) => evidenceSources(deps.store, id, request.includeOriginals)));
      const items = [...request.records.map((record) => documentSource('record', record.id, record.document)), ...evidence.flatMap((file) => file.sources)];
      const custody = evidence.flatMap((file) => (file.checkpoint === null ? [] : [file.checkpoint]));
      const { seq, prevBundleSha256 } = await deps.ledger.nextOutgoing();
      const at = now();
      const outPath = await freshPath(request.folder, at, seq);
      const total = items.reduce((sum, item) => sum + item.size, 0);
      const progress = onProgress ? { onProgress: (bytes: number) => onProgress(Math.min(bytes, total), total) } : {};
      const written = await writeBundle({ sodium: deps.sodium, signing, recipients: await deps.recipients(), seq, prevBundleSha256, items, custody, outPath, app: deps.app, now: () => at, ...(signal ? { signal } : {}), ...progress });
      await deps.ledger.recordSent(written.manifest, written.bundleSha256, at.toISOString(), heads).catch(async (error: unknown) => {
        // Noted as sent, or not on the stick at all: a bundle the ledger does not know would take
        // its sequence number again at the next export, and its receipt would match nothing.
        await rm(outPath, { force: true });
        throw error;
      });
      for (const id of new Set(written.manifest.items.filter((item) => item.kind === 'evidenceInfo').map((item) => item.id))) {
        await deps.store.appendCustody(id, 'export', { bundle: written.manifest.bundleId, original: request.includeOriginals });
      }
      return { path: outPath, ...written };
    },
  };
}
