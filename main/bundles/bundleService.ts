import { rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/errors/appError';
import type { BundleProgress } from '../../shared/bundles/bundleProgress';
import type { StubRequest } from '../../shared/bundles/recordStub';
import type { EvidenceStore } from '../evidence/evidenceStore';
import type { FilePorts } from '../files/filePorts';
import type { OrganisationService } from '../organisation/organisationService';
import { signingKeyFromSeed } from '../revisions/revisionChain';
import type { VaultKeys } from '../vault/keyHierarchy';
import type { Sodium } from '../vault/sodium';
import { createBundleExporter, type RecordDocument } from './bundleExport';
import { createBundleImporter } from './bundleImport';
import { createBundleLedger } from './bundleLedger';
import { createProgressReporter } from './bundleProgress';
import { isBundleRefused } from './bundleReader';
import { acceptReceipt, purgeDelivered } from './bundleReceipts';
import { stubDeliveredRecords } from './recordStubs';
import { readSmallFile } from './smallFile';
import { fileSystemFailure } from '../storage/storageFailure';

// Bundles as the IPC handlers see them: export to a folder the person chooses (a USB stick), import
// a bundle and write its receipt beside it, accept a receipt, list what was sent, purge what was
// delivered. Paths are chosen here, in main, through the native dialogs (ports); only base names
// go back to the renderer. One export at a time, which the person can cancel.

export type BundleServiceDeps = {
  readonly sodium: Sodium;
  readonly dataDir: string;
  readonly keys: () => VaultKeys;
  readonly store: EvidenceStore;
  readonly files: FilePorts;
  readonly organisation: OrganisationService;
  readonly app: string;
  readonly now: () => Date;
  readonly onProgress?: (progress: BundleProgress) => void;
};

export type ExportChoice = { readonly records: readonly RecordDocument[]; readonly evidenceIds: readonly string[]; readonly includeOriginals: boolean; readonly onlyUndelivered: boolean };

function stoppedBy(signal: AbortSignal): AppError {
  return signal.reason instanceof AppError && signal.reason.code === 'LOCKED' ? signal.reason : new AppError('CANCELLED', 'the export was cancelled');
}

/**
 * The signed receipt beside the bundle (the same stick goes back); its file name, or null when it
 * could not be written (a full or write-protected stick). The import itself is done by then, and
 * its records must still reach the screen; importing the same bundle again writes the receipt.
 */
async function writeReceiptBeside(bundlePath: string, receipt: Uint8Array): Promise<string | null> {
  const receiptPath = join(dirname(bundlePath), `${basename(bundlePath, '.aqb')}.aqreceipt`);
  try {
    await writeFile(receiptPath, receipt, { mode: 0o600 });
    return basename(receiptPath);
  } catch {
    await rm(receiptPath, { force: true }).catch(() => undefined); // a receipt cut short by a full stick is no receipt
    return null;
  }
}

const NOT_SAVED = { saved: false, bundleId: null, fileName: null, records: 0, evidence: 0, nothingToSend: false } as const;

export function createBundleService(deps: BundleServiceDeps) {
  const { organisation } = deps;
  const emit = deps.onProgress ?? (() => undefined);
  const ledger = createBundleLedger({ sodium: deps.sodium, dataDir: deps.dataDir, keys: deps.keys });
  const exporter = createBundleExporter({ sodium: deps.sodium, keys: deps.keys, store: deps.store, ledger, recipients: () => organisation.recipientsForExport(), app: deps.app, now: deps.now });
  const importer = createBundleImporter({ sodium: deps.sodium, keys: deps.keys, store: deps.store, ledger, organisation, now: deps.now });
  const ownKey = () => signingKeyFromSeed(deps.sodium, deps.keys().signingSeed).publicKey;
  let exporting: AbortController | null = null;
  const importing = new Set<AbortController>();

  async function writeChosen(choice: ExportChoice, folder: string) {
    const chosen = await exporter.selection({ ...choice, folder });
    exporting = new AbortController();
    try {
      const exported = await exporter.export({ ...chosen, includeOriginals: choice.includeOriginals, folder }, exporting.signal, createProgressReporter('export', emit));
      return { saved: true, bundleId: exported.manifest.bundleId, fileName: basename(exported.path), records: chosen.records.length, evidence: chosen.evidenceIds.length, nothingToSend: false };
    } catch (error) {
      // Stopped by the person (CANCELLED) or by the vault locking (LOCKED); a full or pulled-out
      // stick is said as such, not as an error inside Aigaq.
      throw exporting.signal.aborted ? stoppedBy(exporting.signal) : fileSystemFailure(error);
    } finally {
      exporting = null;
    }
  }

  return {
    /** The records (sealed documents) and files chosen; with onlyUndelivered, less what receipts confirmed. */
    async exportBundle(choice: ExportChoice) {
      if (exporting !== null) {
        throw new AppError('INVALID_REQUEST', 'a bundle is being written already');
      }
      const chosen = await exporter.selection({ ...choice, folder: '' });
      if (chosen.records.length === 0 && chosen.evidenceIds.length === 0) {
        return { ...NOT_SAVED, nothingToSend: true };
      }
      const folder = await deps.files.chooseFolder();
      return folder === null ? NOT_SAVED : writeChosen(choice, folder);
    },

    /** Stops the export under way; its half-written file is removed. */
    cancelExport(): void {
      exporting?.abort();
    },

    /**
     * The vault locked (idle, screen lock, the person): an export under way stops at once and leaves
     * nothing, rather than finish a bundle it could no longer note as sent; an import stops reading
     * rather than carry on with keys derived before the lock, and merges nothing.
     */
    onLocked(): void {
      exporting?.abort(new AppError('LOCKED', 'the vault was locked during the export'));
      importing.forEach((reading) => reading.abort(new AppError('LOCKED', 'the vault was locked during the import')));
    },

    /** Imports a bundle and writes its signed receipt beside it (the same stick goes back). */
    async importBundle() {
      const path = await deps.files.pickFile('bundle');
      if (path === null) {
        return { opened: false, refused: null, result: null };
      }
      const size = await stat(path).then((info) => info.size, () => 0);
      const report = createProgressReporter('import', emit);
      const reading = new AbortController();
      importing.add(reading);
      try {
        const { receipt, ...result } = await importer.import(path, (bytes) => report(bytes, size), reading.signal);
        const receiptFileName = await writeReceiptBeside(path, receipt);
        return { opened: true, refused: null, result: { ...result, records: [...result.records], evidenceAdded: [...result.evidenceAdded], evidenceKnown: [...result.evidenceKnown], receiptFileName } };
      } catch (error) {
        if (reading.signal.aborted) {
          throw reading.signal.reason; // the vault locked: whatever failed after that is not the bundle's fault
        }
        if (isBundleRefused(error)) {
          return { opened: true, refused: error.reason, result: null };
        }
        // Nothing half-merged either way (bundleImport.ts); importing the same bundle again, once
        // there is room (or once unlocked), hands its records over again and adds no file twice.
        throw fileSystemFailure(error, path);
      } finally {
        importing.delete(reading);
      }
    },

    async openReceipt() {
      const path = await deps.files.pickFile('receipt');
      if (path === null) {
        return { opened: false, bundleId: null, evidenceIds: [], recordIds: [] };
      }
      const accepted = await acceptReceipt({ sodium: deps.sodium, organisation, ledger, store: deps.store, ownSigningKey: ownKey }, await readSmallFile(path));
      return { opened: true, bundleId: accepted.bundleId, evidenceIds: [...accepted.evidenceIds], recordIds: [...accepted.recordIds] };
    },

    async sent() {
      return (await ledger.sent()).map((bundle) => ({
        bundleId: bundle.bundleId,
        seq: bundle.seq,
        at: bundle.at,
        items: bundle.items.length,
        delivered: bundle.deliveries.length > 0,
        recordIds: bundle.items.filter((item) => item.kind === 'record').map((item) => item.id),
        evidenceIds: [...new Set(bundle.items.filter((item) => item.kind === 'evidenceInfo').map((item) => item.id))],
        /** The files that went whole (not only described): once delivered, the ones a purge may remove. */
        originalIds: bundle.items.filter((item) => item.kind === 'evidence').map((item) => item.id),
      }));
    },

    purgeDelivered: async (evidenceIds: readonly string[]) => ({ purged: await purgeDelivered(ledger, deps.store, evidenceIds) }),

    /** Record revisions a receipt confirmed: the renderer offers to remove those still held unchanged. */
    deliveredRecords: () => ledger.deliveredHeads(),
    stubRecords: async (records: readonly StubRequest[]) => ({ stubbed: await stubDeliveredRecords(ledger, records, deps.now()) }),
    stubs: () => ledger.stubs(),
  };
}

export type BundleService = ReturnType<typeof createBundleService>;
