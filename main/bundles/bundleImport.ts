import { AppError } from '../../shared/errors/appError';
import { bundleItemPath } from '../../shared/bundles/bundleManifest';
import { CustodyEntry } from '../../shared/evidence/custodyEvent';
import { EvidenceItem } from '../../shared/evidence/evidenceItem';
import { deriveEvidenceIdentity } from '../evidence/ageIdentity';
import { travelledCustodyProblem } from '../evidence/travelledCustody';
import type { EvidenceStore } from '../evidence/evidenceStore';
import { removeIfPresent } from '../evidence/evidenceFiles';
import type { OrganisationService } from '../organisation/organisationService';
import { decodeKey } from '../organisation/signedFile';
import { signingKeyFromSeed } from '../revisions/revisionChain';
import type { VaultKeys } from '../vault/keyHierarchy';
import type { Sodium } from '../vault/sodium';
import { deriveBundleIdentity } from './bundleIdentity';
import type { BundleLedger, Continuity } from './bundleLedger';
import { BundleRefused, readBundle, type SignerStatus, type StagedEvidence, type VerifiedBundle } from './bundleReader';
import { issueReceipt } from './bundleReceipts';
import { checkBundledRecord, jsonOrUndefined, type CheckedRecord } from './bundledRecordCheck';

// The coordinator's side of a delivery: open the bundle in the strict order (bundleReader.ts),
// place it in the monitor's sequence, adopt its evidence into this vault's store, note it in the
// ledger, and sign the receipt. Records come back to the caller (the renderer stores them), also
// for a duplicate, so a crash between this and the renderer's write loses nothing: importing the
// same bundle again hands the records over again and adds no evidence twice.

export type ImportedRecord = CheckedRecord;

export type ImportResult = {
  readonly bundleId: string;
  readonly monitorName: string;
  readonly monitorKey: string;
  readonly continuity: Continuity;
  readonly records: readonly ImportedRecord[];
  readonly evidenceAdded: readonly string[];
  readonly evidenceKnown: readonly string[];
  /** The signed receipt to send back (a file on the same stick). */
  readonly receipt: Uint8Array;
};

export type BundleImporterDeps = {
  readonly sodium: Sodium;
  readonly keys: () => VaultKeys;
  readonly store: EvidenceStore;
  readonly ledger: BundleLedger;
  readonly organisation: OrganisationService;
  readonly now?: () => Date;
};

function parseJson(bytes: Buffer | undefined, what: string): unknown {
  if (bytes === undefined) {
    throw new AppError('INTEGRITY', `the bundle lacks ${what}`);
  }
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    throw new AppError('INTEGRITY', `${what} in the bundle is not JSON`);
  }
}

function evidenceInfo(bundle: VerifiedBundle, staged: StagedEvidence): EvidenceItem {
  const info = EvidenceItem.safeParse(parseJson(bundle.documents.get(bundleItemPath('evidenceInfo', staged.item.id)), 'a file description'));
  if (!info.success || info.data.id !== staged.item.id || info.data.sha256 !== staged.item.sha256 || info.data.size !== staged.item.size) {
    throw new AppError('INTEGRITY', 'a file description does not match the file');
  }
  return info.data;
}

/**
 * The head of every custody log the bundle carries, each a whole chain signed by the bundle's signer
 * (travelledCustody.ts) and ending exactly at its signed checkpoint (CustodyCheckpoint), one
 * checkpoint per log. Else the bundle is refused before anything is merged.
 */
function checkedCustodyHeads(sodium: Sodium, bundle: VerifiedBundle): Map<string, string> {
  const logs = bundle.manifest.items.filter((item) => item.kind === 'custody');
  const checkpoints = new Map(bundle.manifest.custody.map((checkpoint) => [checkpoint.id, checkpoint]));
  if (checkpoints.size !== bundle.manifest.custody.length || checkpoints.size !== logs.length) {
    throw new BundleRefused('ITEM_MISMATCH', 'the custody checkpoints do not match the custody logs');
  }
  const heads = new Map<string, string>();
  for (const log of logs) {
    const entries = CustodyEntry.array().safeParse(parseJson(bundle.documents.get(log.path), 'a custody log'));
    const checkpoint = checkpoints.get(log.id);
    if (!entries.success || checkpoint === undefined || entries.data.length !== checkpoint.events || entries.data.at(-1)?.leaf !== checkpoint.head) {
      throw new BundleRefused('ITEM_MISMATCH', `custody log ${log.id} does not end at its signed checkpoint`);
    }
    const problem = travelledCustodyProblem(sodium, bundle.manifest.monitor.signingKey, log.id, entries.data);
    if (problem !== null) {
      throw new BundleRefused('ITEM_MISMATCH', `custody log ${log.id} does not verify (${problem})`);
    }
    heads.set(log.id, checkpoint.head);
  }
  return heads;
}

/** Every record of the bundle, each wholly sealed by the bundle's signer, or the bundle is refused. */
function sealedRecords(sodium: Sodium, bundle: VerifiedBundle): CheckedRecord[] {
  const signer = decodeKey(bundle.manifest.monitor.signingKey);
  return bundle.manifest.items
    .filter((item) => item.kind === 'record')
    .map((item) => {
      const checked = checkBundledRecord(sodium, signer, item.id, jsonOrUndefined(bundle.documents.get(item.path)));
      if (!checked.ok) {
        throw new BundleRefused('RECORD_NOT_SEALED', checked.why);
      }
      return checked.record;
    });
}

export function createBundleImporter(deps: BundleImporterDeps) {
  const now = deps.now ?? (() => new Date());

  async function signerStatus(key: string): Promise<SignerStatus> {
    const monitor = await deps.organisation.enrolledMonitor(decodeKey(key));
    if (monitor === null || monitor.status === 'pending') {
      return 'unknown';
    }
    return monitor.status === 'revoked' ? 'revoked' : 'enrolled';
  }

  async function adoptEvidence(bundle: VerifiedBundle, custodyHeads: ReadonlyMap<string, string>): Promise<{ added: string[]; known: string[] }> {
    const added: string[] = [];
    const known: string[] = [];
    for (const staged of bundle.evidence) {
      const outcome = await deps.store.adoptStaged({ path: staged.partPath, headerSha256: staged.headerSha256 }, evidenceInfo(bundle, staged), { bundleId: bundle.manifest.bundleId, monitorKey: bundle.manifest.monitor.signingKey, monitorCustodyHead: custodyHeads.get(staged.item.id) ?? null });
      (outcome === 'added' ? added : known).push(staged.item.id);
    }
    return { added, known };
  }

  return {
    async import(path: string, onProgress?: (bytes: number) => void, signal?: AbortSignal): Promise<ImportResult> {
      const keys = deps.keys();
      const profile = await deps.organisation.read();
      if (profile === null) {
        throw new AppError('FORBIDDEN', 'join or create an organisation before importing bundles');
      }
      const bundle = await readBundle({
        sodium: deps.sodium,
        path,
        identity: deriveBundleIdentity(deps.sodium, keys.vmk),
        evidenceRecipient: deriveEvidenceIdentity(deps.sodium, keys.vmk).publicKey,
        // Staged in the evidence folder: a crash leaves .part files that the next unlock removes.
        stagingDir: deps.store.folder,
        signerStatus,
        alreadyHeld: async (item) => (await deps.store.summary(item.id).catch(() => null))?.sha256 === item.sha256,
        ...(onProgress ? { onProgress } : {}),
        ...(signal ? { signal } : {}),
      });
      try {
        // Records and custody logs are checked before anything is merged: one that fails refuses the whole bundle.
        const records = sealedRecords(deps.sodium, bundle);
        const custodyHeads = checkedCustodyHeads(deps.sodium, bundle);
        const continuity = await deps.ledger.continuity(bundle.manifest, bundle.bundleSha256);
        const evidence = await adoptEvidence(bundle, custodyHeads);
        if (continuity !== 'duplicate') {
          await deps.ledger.recordReceived(bundle.manifest, bundle.bundleSha256, now().toISOString());
        }
        const monitor = await deps.organisation.enrolledMonitor(decodeKey(bundle.manifest.monitor.signingKey));
        const receipt = issueReceipt(deps.sodium, signingKeyFromSeed(deps.sodium, keys.signingSeed), { organisationId: profile.organisationId, bundle, receivedAt: now() });
        return { bundleId: bundle.manifest.bundleId, monitorName: monitor?.name ?? '', monitorKey: bundle.manifest.monitor.signingKey, continuity, records, evidenceAdded: evidence.added, evidenceKnown: evidence.known, receipt };
      } finally {
        await Promise.all(bundle.evidence.map((staged) => removeIfPresent(staged.partPath)));
      }
    },
  };
}

export type BundleImporter = ReturnType<typeof createBundleImporter>;
