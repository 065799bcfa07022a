import { AppError } from '../../shared/errors/appError';
import type { IngestJob, IngestProgress, VerifyProgress } from '../../shared/evidence/evidenceItem';
import type { EvidenceSummary } from '../../shared/evidence/evidenceSummary';
import type { VaultKeys } from '../vault/keyHierarchy';
import type { Sodium } from '../vault/sodium';
import { formatAgeRecipient, formatAgeSecretKey } from './ageIdentity';
import { createEvidencePreview } from './evidencePreview';
import { createEvidenceStore } from './evidenceStore';
import { createIngestQueue } from './ingestQueue';
import { createJpegMetadataStripper } from './jpegMetadataStrip';
import type { FilePorts } from '../files/filePorts';

// Evidence as the IPC handlers see it: the store, the background import queue and the preview
// server composed, plus the native file dialog as a port (Electron's dialog in the app, a fake in
// tests: nothing here imports electron).


export type EvidenceServiceDeps = {
  readonly sodium: Sodium;
  readonly dataDir: string;
  readonly keys: () => VaultKeys;
  /** Throws WRONG_SECRET unless the passphrase opens this vault. */
  readonly checkPassphrase: (passphrase: string) => Promise<void>;
  readonly picker: Pick<FilePorts, 'pickFiles'>;
  readonly onProgress: (progress: IngestProgress) => void;
  readonly onVerifyProgress: (progress: VerifyProgress) => void;
  readonly now?: () => Date;
};

export function createEvidenceService(deps: EvidenceServiceDeps) {
  const store = createEvidenceStore({ sodium: deps.sodium, dataDir: deps.dataDir, keys: deps.keys, ...(deps.now ? { now: deps.now } : {}) });
  const queue = createIngestQueue({ store, emit: deps.onProgress });
  const preview = createEvidencePreview({ sodium: deps.sodium, store });

  return {
    store,
    queue,
    previewServer: preview,
    list: (recordId: string): Promise<EvidenceSummary[]> => (deps.keys(), store.list(recordId)),
    async pick(recordId: string): Promise<IngestJob[]> {
      deps.keys();
      const paths = await deps.picker.pickFiles();
      return paths.length === 0 ? [] : queue.enqueue(recordId, paths);
    },
    ingest: (recordId: string, paths: readonly string[]): Promise<IngestJob[]> => (deps.keys(), queue.enqueue(recordId, paths)),
    cancel: (jobId: string): void => queue.cancel(jobId),
    preview: (id: string) => preview.grant(id),
    pdfBytes: (id: string) => preview.pdfBytes(id),
    custody: (id: string) => store.custodyOf(id),
    verifyAll: () => store.verifyAll((done, total) => deps.onVerifyProgress({ done, total })),
    remove: (id: string) => store.purge(id),
    async deriveClean(id: string): Promise<EvidenceSummary> {
      const item = await store.get(id);
      if (item.mediaType !== 'image/jpeg') {
        throw new AppError('INVALID_REQUEST', 'only JPEG photos can be cleaned of metadata');
      }
      const child = await store.derive(id, createJpegMetadataStripper, 'metadataStripped');
      return store.summary(child.id);
    },
    async exportIdentity(passphrase: string): Promise<{ identity: string; recipient: string }> {
      await deps.checkPassphrase(passphrase);
      const identity = store.identity();
      const shown = { identity: formatAgeSecretKey(identity.secretKey), recipient: formatAgeRecipient(identity.publicKey) };
      identity.secretKey.fill(0);
      return shown;
    },
    /** After unlock: clean what a killed process left behind. */
    afterUnlock: () => store.cleanUpAfterCrash(),
    /** On lock: stop imports, revoke preview URLs. */
    onLocked(): void {
      queue.cancelAll();
      preview.revokeAll();
    },
  };
}

export type EvidenceService = ReturnType<typeof createEvidenceService>;
