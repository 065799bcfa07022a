import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { AppError } from '../../shared/errors/appError';
import type { OrganisationProfile } from '../../shared/organisation/organisation';
import type { OrganisationView } from '../../shared/organisation/organisationView';
import { createOrganisationService } from '../organisation/organisationService';
import { decodeKey, encodeKey } from '../organisation/signedFile';
import { signingKeyFromSeed } from '../revisions/revisionChain';
import type { KnownAuthor } from '../revisions/revisionService';
import { createBundleService, type BundleServiceDeps } from './bundleService';
import { readSmallFile } from './smallFile';

// Organisation and bundles as the IPC handlers see them: the services composed with the native
// file dialogs (ports). Files cross on a USB stick; paths are chosen here, in main, and only base
// names go back to the renderer. The bundle commands themselves are in bundleService.ts.

/** What the bundle service needs, less what this service makes itself (the organisation) or defaults (the clock). */
export type DeliveryServiceDeps = Omit<BundleServiceDeps, 'organisation' | 'now'> & { readonly now?: () => Date };

export function createDeliveryService(deps: DeliveryServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const organisation = createOrganisationService({ sodium: deps.sodium, dataDir: deps.dataDir, keys: deps.keys, now });
  const bundles = createBundleService({ ...deps, organisation, now });
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

    /** The organisation's members as revision signers: whose records this vault can verify. */
    async knownAuthors(): Promise<KnownAuthor[]> {
      const profile = await organisation.read();
      const author = (key: string) => deps.sodium.to_base64(decodeKey(key), deps.sodium.base64_variants.URLSAFE_NO_PADDING);
      const coordinators = (profile?.coordinators ?? []).map((coordinator): KnownAuthor => ({ author: author(coordinator.signingKey), name: coordinator.name, standing: 'coordinator' }));
      // A revoked monitor's records stay verifiable (they were sealed before), and are shown as revoked.
      const monitors = (profile?.monitors ?? []).flatMap((monitor): KnownAuthor[] => (monitor.status === 'pending' ? [] : [{ author: author(monitor.signingKey), name: monitor.name, standing: monitor.status }]));
      return [...coordinators, ...monitors];
    },
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

    ...bundles,
  };
}

export type DeliveryService = ReturnType<typeof createDeliveryService>;
