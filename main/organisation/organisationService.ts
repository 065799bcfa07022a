import { join } from 'node:path';
import { AppError } from '../../shared/errors/appError';
import { CoordinatorKeys, ENROLMENT_FORMAT, INVITATION_FORMAT, MAX_COORDINATORS, ORGANISATION_FILE_VERSION, OrganisationProfile, type DropPoint, type Enrolment, type Invitation, type MembershipEvent, type MonitorEntry, type MonitorStatus } from '../../shared/organisation/organisation';
import { canonicalJson } from '../../shared/records/canonicalJson';
import { deriveBundleIdentity } from '../bundles/bundleIdentity';
import { signingKeyFromSeed, type SigningKey } from '../revisions/revisionChain';
import { readFileIfExists, writeFileAtomic } from '../storage/atomicFile';
import type { VaultKeys } from '../vault/keyHierarchy';
import { openRecord, sealRecord } from '../vault/recordEnvelope';
import type { Sodium } from '../vault/sodium';
import { enrolmentFingerprint, coordinatorsFingerprint } from './fingerprint';
import { checkRecipients, forbidden, joinedProfile, openInvitation } from './invitationJoin';
import { decodeKey, encodeKey, issuePath, readSignedFile, writeSignedFile } from './signedFile';

// The vault's organisation (docs/organisation.md): who coordinates, which monitors are enrolled,
// and the signed files that carry keys between vaults. The profile decides whose bundles are
// accepted and to whom a monitor's bundles are encrypted, so it is sealed like a record (names of
// people and of the organisation are as telling as any record) and read fail-closed.

export const ORGANISATION_FILE = 'organisation.sealed';
// Fixed, so the sealed file cannot be swapped with another table's row (the id is in the AD).
const PROFILE_ADDRESS = { table: 'organisation', id: 'OrganisationProfileAAA' } as const;
const PROFILE_SCHEMA_VERSION = 1;

export type OrganisationServiceDeps = {
  readonly sodium: Sodium;
  readonly dataDir: string;
  /** The unlocked vault's keys; throws AppError('LOCKED') otherwise. */
  readonly keys: () => VaultKeys;
  readonly now?: () => Date;
};

export type OrganisationService = ReturnType<typeof createOrganisationService>;
type OwnKeys = { readonly signingKey: string; readonly bundleRecipient: string };


function withSigningKey<T>(sodium: Sodium, keys: VaultKeys, sign: (key: SigningKey) => T): T {
  const key = signingKeyFromSeed(sodium, keys.signingSeed);
  try {
    return sign(key);
  } finally {
    sodium.memzero(key.privateKey);
  }
}

function ownKeys(sodium: Sodium, keys: VaultKeys): OwnKeys {
  const signingKey = withSigningKey(sodium, keys, (key) => encodeKey(key.publicKey));
  const bundle = deriveBundleIdentity(sodium, keys.vmk);
  sodium.memzero(bundle.secretKey);
  return { signingKey, bundleRecipient: encodeKey(bundle.publicKey) };
}

function requireCoordinator(profile: OrganisationProfile | null, own: OwnKeys, action: string): OrganisationProfile {
  if (profile === null) {
    throw forbidden(`cannot ${action}: this vault has no organisation yet`);
  }
  if (profile.role === 'monitor') {
    throw forbidden(`a monitor vault cannot ${action}: only a coordinator can`);
  }
  if (!profile.coordinators.some((c) => c.signingKey === own.signingKey)) {
    throw forbidden(`cannot ${action}: this vault's key is no longer among the organisation's coordinators`);
  }
  return profile;
}

function requireMember(profile: OrganisationProfile | null, action: string): OrganisationProfile {
  if (profile === null) {
    throw forbidden(`cannot ${action}: this vault has not joined an organisation (import an invitation first)`);
  }
  if (profile.role === 'coordinator') {
    throw forbidden(`a coordinator vault cannot ${action}: only a monitor can`);
  }
  return profile;
}

function nextStatus(monitor: MonitorEntry, target: 'approved' | 'revoked'): MonitorStatus {
  if (monitor.status === 'revoked') {
    throw forbidden(target === 'revoked' ? 'this monitor is already revoked' : 'a revoked monitor cannot be approved again');
  }
  if (monitor.status === target) {
    throw new AppError('INVALID_REQUEST', 'this monitor is already approved');
  }
  return target;
}

function findCoordinator(profile: OrganisationProfile, signingKey: string): CoordinatorKeys {
  const found = profile.coordinators.find((c) => c.signingKey === signingKey);
  if (found === undefined) {
    throw new AppError('NOT_FOUND', 'no coordinator with this signing key');
  }
  return found;
}

function parseCoordinator(sodium: Sodium, keys: CoordinatorKeys): CoordinatorKeys {
  const parsed = CoordinatorKeys.safeParse(keys);
  if (!parsed.success) {
    throw new AppError('INVALID_REQUEST', 'not valid coordinator keys');
  }
  checkRecipients(sodium, [parsed.data.bundleRecipient]);
  return parsed.data;
}

export function createOrganisationService(deps: OrganisationServiceDeps) {
  const { sodium } = deps;
  const path = join(deps.dataDir, ORGANISATION_FILE);
  const now = (): Date => (deps.now ?? (() => new Date()))();
  const own = (): OwnKeys => ownKeys(sodium, deps.keys());
  let queue: Promise<unknown> = Promise.resolve();

  /** Read-modify-write operations one at a time, so two never lose each other's change. */
  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function load(): Promise<OrganisationProfile | null> {
    const keys = deps.keys();
    const bytes = await readFileIfExists(path);
    if (bytes === null) {
      return null;
    }
    const opened = openRecord(sodium, keys, PROFILE_ADDRESS, bytes);
    const parsed = OrganisationProfile.safeParse(opened.value);
    if (opened.schemaVersion !== PROFILE_SCHEMA_VERSION || !parsed.success) {
      throw new AppError('INTEGRITY', 'the organisation profile does not match its format');
    }
    return parsed.data;
  }

  /** Validated before it is written: a profile its own reader would refuse is never stored. */
  async function save(profile: OrganisationProfile): Promise<OrganisationProfile> {
    const parsed = OrganisationProfile.safeParse(profile);
    if (!parsed.success) {
      throw new AppError('INVALID_REQUEST', `organisation not changed: ${issuePath(parsed.error)} is not valid`);
    }
    await writeFileAtomic(path, sealRecord(sodium, deps.keys(), PROFILE_ADDRESS, { value: parsed.data, schemaVersion: PROFILE_SCHEMA_VERSION }));
    return parsed.data;
  }

  function coordinatorChange(action: string, change: (profile: OrganisationProfile, me: OwnKeys, at: string) => OrganisationProfile): Promise<OrganisationProfile> {
    return exclusive(async () => {
      const me = own();
      const profile = requireCoordinator(await load(), me, action);
      return save(change(profile, me, now().toISOString()));
    });
  }

  async function setMonitorStatus(signingKey: Uint8Array, target: 'approved' | 'revoked', reason = ''): Promise<MonitorEntry> {
    const key = encodeKey(signingKey);
    const find = (profile: OrganisationProfile): MonitorEntry => {
      const monitor = profile.monitors.find((m) => m.signingKey === key);
      if (monitor === undefined) {
        throw new AppError('NOT_FOUND', 'no enrolment with this signing key');
      }
      return monitor;
    };
    const saved = await coordinatorChange(target === 'approved' ? 'approve a monitor' : 'revoke a monitor', (profile, me, at) => {
      const monitor = find(profile);
      const updated = { ...monitor, status: nextStatus(monitor, target) };
      const event: MembershipEvent = target === 'approved' ? { kind: 'approved', monitorKey: key, monitorName: monitor.name, at, by: me.signingKey } : { kind: 'revoked', monitorKey: key, at, by: me.signingKey, reason };
      return { ...profile, monitors: profile.monitors.map((m) => (m === monitor ? updated : m)), history: [...profile.history, event] };
    });
    return find(saved);
  }

  return {
    read: (): Promise<OrganisationProfile | null> => load(),

    /** This vault's public keys as a coordinator: what another coordinator adds (or rotates to). */
    coordinatorKeys(name: string): CoordinatorKeys {
      return parseCoordinator(sodium, { name, ...own() });
    },

    createOrganisation(name: string, role: 'coordinator' | 'both', dropPoints: readonly DropPoint[], coordinatorName: string = name): Promise<OrganisationProfile> {
      return exclusive(async () => {
        const me = own();
        if ((await load()) !== null) {
          throw forbidden('this vault already belongs to an organisation');
        }
        if (role !== 'coordinator' && role !== 'both') {
          throw new AppError('INVALID_REQUEST', 'an organisation is created by a coordinator');
        }
        const coordinator: CoordinatorKeys = { name: coordinatorName, ...me };
        const organisationId = sodium.to_base64(sodium.randombytes_buf(16), sodium.base64_variants.URLSAFE_NO_PADDING);
        const history: MembershipEvent[] = [{ kind: 'coordinatorAdded', coordinator, at: now().toISOString(), by: me.signingKey }];
        return save({ role, organisationId, organisationName: name, coordinators: [coordinator], dropPoints: [...dropPoints], monitors: [], history, joinedVia: null });
      });
    },

    /** The fingerprint of the coordinators this vault trusts: what an invitation made now would show. */
    async invitationFingerprint(): Promise<string> {
      const profile = await load();
      if (profile === null) {
        throw forbidden('this vault has no organisation');
      }
      return coordinatorsFingerprint(profile.coordinators);
    },

    async exportInvitation(expiresAt?: Date): Promise<Uint8Array> {
      const keys = deps.keys();
      const profile = requireCoordinator(await load(), ownKeys(sodium, keys), 'export an invitation');
      const issuedAt = now();
      if (expiresAt !== undefined && !(expiresAt.getTime() > issuedAt.getTime())) {
        throw new AppError('INVALID_REQUEST', 'an invitation must expire in the future');
      }
      const { organisationId, organisationName, coordinators, dropPoints } = profile;
      const invitation: Invitation = { format: INVITATION_FORMAT, version: ORGANISATION_FILE_VERSION, organisationId, organisationName, coordinators, dropPoints, issuedAt: issuedAt.toISOString(), expiresAt: expiresAt?.toISOString() ?? null };
      return withSigningKey(sodium, keys, (key) => writeSignedFile(sodium, key, 'invitation', invitation));
    },

    /** Monitor side. The UI shows the fingerprint to compare with the coordinator's, out of band. */
    /**
     * Every check of importInvitation, and the profile the vault would then hold, without saving
     * it: the monitor compares the fingerprint first and joins only if it matches.
     */
    previewInvitation(bytes: Uint8Array): Promise<{ profile: OrganisationProfile; fingerprint: string }> {
      return exclusive(async () => {
        const current = await load();
        const opened = openInvitation(sodium, now(), current, bytes);
        return { profile: joinedProfile(current, opened), fingerprint: opened.fingerprint };
      });
    },

    importInvitation(bytes: Uint8Array): Promise<{ profile: OrganisationProfile; fingerprint: string }> {
      return exclusive(async () => {
        const current = await load();
        const opened = openInvitation(sodium, now(), current, bytes);
        if (current?.joinedVia && canonicalJson(current.joinedVia) === canonicalJson(opened.invitation)) {
          return { profile: current, fingerprint: opened.fingerprint }; // the same file again: nothing to change
        }
        return { profile: await save(joinedProfile(current, opened)), fingerprint: opened.fingerprint };
      });
    },

    /** The fingerprint of this vault's own keys as its enrolment carries them. */
    enrolmentFingerprint(): string {
      return enrolmentFingerprint(own());
    },

    async exportEnrolment(monitorName: string): Promise<Uint8Array> {
      const keys = deps.keys();
      const profile = requireMember(await load(), 'send an enrolment');
      const enrolment: Enrolment = { format: ENROLMENT_FORMAT, version: ORGANISATION_FILE_VERSION, organisationId: profile.organisationId, monitorName, ...ownKeys(sodium, keys), issuedAt: now().toISOString() };
      return withSigningKey(sodium, keys, (key) => writeSignedFile(sodium, key, 'enrolment', enrolment));
    },

    /** Coordinator side: the monitor waits as 'pending' until approved. */
    importEnrolment(bytes: Uint8Array): Promise<{ monitor: MonitorEntry; fingerprint: string }> {
      return exclusive(async () => {
        const profile = requireCoordinator(await load(), own(), 'accept an enrolment');
        const { payload: enrolment } = readSignedFile(sodium, 'enrolment', bytes);
        if (enrolment.organisationId !== profile.organisationId) {
          throw forbidden('this enrolment is for another organisation');
        }
        checkRecipients(sodium, [enrolment.bundleRecipient]);
        const known = profile.monitors.find((m) => m.signingKey === enrolment.signingKey);
        if (known?.status === 'revoked') {
          throw forbidden('this monitor key was revoked and cannot enrol again');
        }
        // The same key again (a new name, a resent file) keeps its status: the key is the identity.
        const monitor: MonitorEntry = { name: enrolment.monitorName, signingKey: enrolment.signingKey, bundleRecipient: enrolment.bundleRecipient, status: known?.status ?? 'pending' };
        const monitors = known === undefined ? [...profile.monitors, monitor] : profile.monitors.map((m) => (m === known ? monitor : m));
        await save({ ...profile, monitors });
        return { monitor, fingerprint: enrolmentFingerprint(enrolment) };
      });
    },

    approveMonitor: (signingKey: Uint8Array): Promise<MonitorEntry> => setMonitorStatus(signingKey, 'approved'),

    revokeMonitor: (signingKey: Uint8Array, reason: string): Promise<MonitorEntry> => setMonitorStatus(signingKey, 'revoked', reason),

    addCoordinator(keys: CoordinatorKeys): Promise<OrganisationProfile> {
      return coordinatorChange('add a coordinator', (profile, me, at) => {
        const coordinator = parseCoordinator(sodium, keys);
        if (profile.coordinators.some((c) => c.signingKey === coordinator.signingKey)) {
          throw new AppError('INVALID_REQUEST', 'this key is already a coordinator');
        }
        if (profile.coordinators.length >= MAX_COORDINATORS) {
          throw new AppError('INVALID_REQUEST', `an organisation has at most ${MAX_COORDINATORS} coordinators`);
        }
        return { ...profile, coordinators: [...profile.coordinators, coordinator], history: [...profile.history, { kind: 'coordinatorAdded', coordinator, at, by: me.signingKey }] };
      });
    },

    /** Replaces a coordinator's keys (lost or compromised laptop); done by another coordinator. */
    rotateCoordinator(oldSigningKey: Uint8Array, newKeys: CoordinatorKeys): Promise<OrganisationProfile> {
      return coordinatorChange('rotate a coordinator key', (profile, me, at) => {
        const old = findCoordinator(profile, encodeKey(oldSigningKey));
        const coordinator = parseCoordinator(sodium, newKeys);
        if (old.signingKey === me.signingKey) {
          throw forbidden("a vault cannot rotate away its own key: another coordinator does it");
        }
        if (profile.coordinators.some((c) => c.signingKey === coordinator.signingKey)) {
          throw new AppError('INVALID_REQUEST', 'the new key is already a coordinator');
        }
        const event: MembershipEvent = { kind: 'coordinatorRotated', oldSigningKey: old.signingKey, coordinator, at, by: me.signingKey };
        return { ...profile, coordinators: profile.coordinators.map((c) => (c === old ? coordinator : c)), history: [...profile.history, event] };
      });
    },

    /** For bundle import: only an 'approved' monitor's signature is accepted. */
    async enrolledMonitor(signingKey: Uint8Array): Promise<{ name: string; status: MonitorStatus } | null> {
      const key = encodeKey(signingKey);
      const monitor = (await load())?.monitors.find((m) => m.signingKey === key);
      return monitor === undefined ? null : { name: monitor.name, status: monitor.status };
    },

    /** Monitor side: every coordinator's bundle key, then this vault's own (to resend a bundle). */
    async recipientsForExport(): Promise<Uint8Array[]> {
      const me = own();
      const profile = requireMember(await load(), 'export bundles');
      const recipients = [...new Set([...profile.coordinators.map((c) => c.bundleRecipient), me.bundleRecipient])];
      return recipients.map(decodeKey);
    },
  };
}
