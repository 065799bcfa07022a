import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/errors/appError';
import type { OrganisationProfile } from '../../shared/organisation/organisation';
import type { OrganisationView } from '../../shared/organisation/organisationView';
import type { EvidenceStore } from '../evidence/evidenceStore';
import type { FilePorts } from '../files/filePorts';
import { createOrganisationService } from '../organisation/organisationService';
import { decodeKey, encodeKey } from '../organisation/signedFile';
import { signingKeyFromSeed } from '../revisions/revisionChain';
import type { VaultKeys } from '../vault/keyHierarchy';
import type { Sodium } from '../vault/sodium';
import { createBundleExporter, type RecordDocument } from './bundleExport';
import { createBundleImporter } from './bundleImport';
import { createBundleLedger } from './bundleLedger';
import { isBundleRefused } from './bundleReader';
import { acceptReceipt, purgeDelivered } from './bundleReceipts';

// Organisation and bundles as the IPC handlers see them: the services composed with the native
// file dialogs (ports). Files cross on a USB stick; paths are chosen here, in main, and only base
// names go back to the renderer.

const MAX_SIGNED_FILE_BYTES = 64 * 1024;

export type DeliveryServiceDeps = {
  readonly sodium: Sodium;
  readonly dataDir: string;
  readonly keys: () => VaultKeys;
  readonly store: EvidenceStore;
  readonly files: FilePorts;
  readonly app: string;
  readonly now?: () => Date;
};

async function readSmallFile(path: string): Promise<Uint8Array> {
  const bytes = await readFile(path).catch(() => {
    throw new AppError('SOURCE_UNREADABLE', 'the file could not be read');
  });
  if (bytes.length > MAX_SIGNED_FILE_BYTES) {
    throw new AppError('INTEGRITY', 'this is not a file Aigaq wrote');
  }
  return new Uint8Array(bytes);
}

export function createDeliveryService(deps: DeliveryServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const organisation = createOrganisationService({ sodium: deps.sodium, dataDir: deps.dataDir, keys: deps.keys, now });
  const ledger = createBundleLedger({ sodium: deps.sodium, dataDir: deps.dataDir, keys: deps.keys });
  const exporter = createBundleExporter({ sodium: deps.sodium, keys: deps.keys, store: deps.store, ledger, recipients: () => organisation.recipientsForExport(), app: deps.app, now });
  const importer = createBundleImporter({ sodium: deps.sodium, keys: deps.keys, store: deps.store, ledger, organisation, now });
  const ownKey = () => signingKeyFromSeed(deps.sodium, deps.keys().signingSeed).publicKey;

  async function view(profile: OrganisationProfile | null = null): Promise<OrganisationView | null> {
    const current = profile ?? (await organisation.read());
    if (current === null) {
      return null;
    }
    const isCoordinator = current.role !== 'monitor';
    return {
      role: current.role,
      organisationId: current.organisationId,
      organisationName: current.organisationName,
      coordinators: current.coordinators,
      dropPoints: current.dropPoints,
      monitors: current.monitors,
      ownFingerprint: isCoordinator ? await organisation.invitationFingerprint() : organisation.enrolmentFingerprint(),
      ownSigningKey: encodeKey(ownKey()),
    };
  }

  // The invitation a monitor opened and is comparing: in memory only, for this run of the app.
  let pendingInvitation: { token: string; bytes: Uint8Array } | null = null;

  /** What joining would look like: the would-be profile, with the invitation's fingerprint. */
  const previewView = (profile: OrganisationProfile, fingerprint: string): OrganisationView => ({
    role: profile.role,
    organisationId: profile.organisationId,
    organisationName: profile.organisationName,
    coordinators: profile.coordinators,
    dropPoints: profile.dropPoints,
    monitors: profile.monitors,
    ownFingerprint: fingerprint,
    ownSigningKey: encodeKey(ownKey()),
  });

  const requireView = async (): Promise<OrganisationView> => {
    const current = await view();
    if (current === null) {
      throw new AppError('NOT_FOUND', 'no organisation yet');
    }
    return current;
  };

  return {
    get: () => view(),
    async create(name: string, coordinatorName: string, role: 'coordinator' | 'both'): Promise<OrganisationView> {
      return (await view(await organisation.createOrganisation(name, role, [], coordinatorName))) as OrganisationView;
    },
    async saveInvitation(expiresInDays: number | null): Promise<{ saved: boolean }> {
      const bytes = await organisation.exportInvitation(expiresInDays === null ? undefined : new Date(now().getTime() + expiresInDays * 86_400_000));
      const path = await deps.files.chooseSavePath('invitation', 'invitation.aqinvite');
      if (path === null) {
        return { saved: false };
      }
      await writeFile(path, bytes, { mode: 0o600 });
      return { saved: true };
    },
    async openInvitation(): Promise<{ opened: boolean; view: OrganisationView | null; fingerprint: string | null; token: string | null }> {
      const path = await deps.files.pickFile('invitation');
      if (path === null) {
        return { opened: false, view: null, fingerprint: null, token: null };
      }
      const bytes = await readSmallFile(path);
      const preview = await organisation.previewInvitation(bytes);
      pendingInvitation = { token: randomBytes(24).toString('base64url'), bytes };
      return { opened: true, view: previewView(preview.profile, preview.fingerprint), fingerprint: preview.fingerprint, token: pendingInvitation.token };
    },
    /** Joins with the invitation opened last, after the monitor compared its fingerprint. */
    async joinInvitation(token: string): Promise<OrganisationView> {
      if (pendingInvitation === null || pendingInvitation.token !== token) {
        throw new AppError('NOT_FOUND', 'open the invitation file again');
      }
      const { bytes } = pendingInvitation;
      pendingInvitation = null;
      await organisation.importInvitation(bytes);
      return requireView();
    },
    async saveEnrolment(monitorName: string): Promise<{ saved: boolean }> {
      const bytes = await organisation.exportEnrolment(monitorName);
      const path = await deps.files.chooseSavePath('enrolment', 'enrolment.aqenrol');
      if (path === null) {
        return { saved: false };
      }
      await writeFile(path, bytes, { mode: 0o600 });
      return { saved: true };
    },
    async openEnrolment(): Promise<{ opened: boolean; monitorName: string | null; fingerprint: string | null; signingKey: string | null }> {
      const path = await deps.files.pickFile('enrolment');
      if (path === null) {
        return { opened: false, monitorName: null, fingerprint: null, signingKey: null };
      }
      const enrolled = await organisation.importEnrolment(await readSmallFile(path));
      return { opened: true, monitorName: enrolled.monitor.name, fingerprint: enrolled.fingerprint, signingKey: enrolled.monitor.signingKey };
    },
    async approveMonitor(signingKey: string): Promise<OrganisationView> {
      await organisation.approveMonitor(decodeKey(signingKey));
      return requireView();
    },
    async revokeMonitor(signingKey: string, reason: string): Promise<OrganisationView> {
      await organisation.revokeMonitor(decodeKey(signingKey), reason);
      return requireView();
    },

    async exportBundle(records: readonly RecordDocument[], evidenceIds: readonly string[], includeOriginals: boolean) {
      const folder = await deps.files.chooseFolder();
      if (folder === null) {
        return { saved: false, bundleId: null, fileName: null, items: 0 };
      }
      const exported = await exporter.export({ records, evidenceIds, includeOriginals, folder });
      return { saved: true, bundleId: exported.manifest.bundleId, fileName: basename(exported.path), items: exported.manifest.items.length };
    },

    /** Imports a bundle and writes its signed receipt beside it (the same stick goes back). */
    async importBundle() {
      const path = await deps.files.pickFile('bundle');
      if (path === null) {
        return { opened: false, refused: null, result: null };
      }
      try {
        const { receipt, ...result } = await importer.import(path);
        const receiptPath = join(dirname(path), `${basename(path, '.aqb')}.aqreceipt`);
        await writeFile(receiptPath, receipt, { mode: 0o600 });
        return { opened: true, refused: null, result: { ...result, records: [...result.records], evidenceAdded: [...result.evidenceAdded], evidenceKnown: [...result.evidenceKnown], receiptFileName: basename(receiptPath) } };
      } catch (error) {
        if (isBundleRefused(error)) {
          return { opened: true, refused: error.reason, result: null };
        }
        throw error;
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
      }));
    },

    purgeDelivered: async (evidenceIds: readonly string[]) => ({ purged: await purgeDelivered(ledger, deps.store, evidenceIds) }),
  };
}

export type DeliveryService = ReturnType<typeof createDeliveryService>;
