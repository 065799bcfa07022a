import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveBundleIdentity } from '../../../main/bundles/bundleIdentity';
import { signSsh } from '../../../main/bundles/sshSignature';
import { createOrganisationService, ORGANISATION_FILE } from '../../../main/organisation/organisationService';
import { decodeKey, encodeKey, readSignedFile, SIGNED_FILE_NAMESPACES, writeSignedFile } from '../../../main/organisation/signedFile';
import { signingKeyFromSeed } from '../../../main/revisions/revisionChain';
import { AppError } from '../../../shared/errors/appError';
import type { DropPoint } from '../../../shared/organisation/organisation';
import { canonicalJson } from '../../../shared/records/canonicalJson';
import { PASSPHRASE, temporaryDir, testVault } from '../../helpers/testVault';

// Invented organisations and people only. Each vault lives in its own data directory, as on two
// laptops; files pass between them as bytes, as on a USB stick.

const ORGANISATION = 'Invented Rights Bureau';
const MONITOR_NAME = 'Monitor «Taiga»';
const COORDINATOR_NAME = 'Coordinator Aigerim';
const DROP_POINTS: DropPoint[] = [{ kind: 'folder', label: 'Blue USB stick', address: 'AIGAQ-DROP' }];
const HOUR = 3_600_000;

let clock = new Date('2026-03-01T09:00:00.000Z');
const now = (): Date => clock;
beforeEach(() => {
  clock = new Date('2026-03-01T09:00:00.000Z');
});

async function laptop() {
  const dataDir = temporaryDir('aigaq-organisation-');
  const { sodium, vault } = await testVault(dataDir);
  await vault.create(PASSPHRASE);
  const service = createOrganisationService({ sodium, dataDir, keys: () => vault.requireKeys(), now });
  const keys = () => vault.requireKeys();
  const signingKey = () => signingKeyFromSeed(sodium, keys().signingSeed);
  const bundleKey = () => deriveBundleIdentity(sodium, keys().vmk).publicKey;
  return { sodium, vault, service, dataDir, signingKey, bundleKey };
}

async function refusal(promise: Promise<unknown> | (() => unknown)): Promise<AppError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    if (error instanceof AppError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a refusal');
}

async function expectRefused(promise: Promise<unknown> | (() => unknown), code: AppError['code'], message: string | RegExp): Promise<void> {
  const error = await refusal(promise);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
}

/** A coordinator with an organisation and a monitor that joined it and was approved. */
async function organisationWithMonitor() {
  const coordinator = await laptop();
  const monitor = await laptop();
  await coordinator.service.createOrganisation(ORGANISATION, 'coordinator', DROP_POINTS, COORDINATOR_NAME);
  await monitor.service.importInvitation(await coordinator.service.exportInvitation());
  const { monitor: entry } = await coordinator.service.importEnrolment(await monitor.service.exportEnrolment(MONITOR_NAME));
  await coordinator.service.approveMonitor(decodeKey(entry.signingKey));
  return { coordinator, monitor, monitorKey: decodeKey(entry.signingKey) };
}

describe('organisation: the whole flow between two vaults', () => {
  it('creates, invites, enrols, approves, adds a coordinator, revokes; names never reach the disk in clear', async () => {
    const coordinator = await laptop();
    const monitor = await laptop();
    const created = await coordinator.service.createOrganisation(ORGANISATION, 'coordinator', DROP_POINTS, COORDINATOR_NAME);
    const coordinatorKey = encodeKey(coordinator.signingKey().publicKey);
    expect(created).toMatchObject({ role: 'coordinator', organisationName: ORGANISATION, monitors: [], joinedVia: null });
    expect(created.coordinators).toEqual([{ name: COORDINATOR_NAME, signingKey: coordinatorKey, bundleRecipient: encodeKey(coordinator.bundleKey()) }]);
    expect(created.history).toEqual([{ kind: 'coordinatorAdded', coordinator: created.coordinators[0], at: clock.toISOString(), by: coordinatorKey }]);

    // Invitation: both screens show the same fingerprint.
    const invitation = await coordinator.service.exportInvitation(new Date(clock.getTime() + 7 * 24 * HOUR));
    const joined = await monitor.service.importInvitation(invitation);
    expect(joined.fingerprint).toBe(await coordinator.service.invitationFingerprint());
    expect(joined.fingerprint).toMatch(/^\d{5}( \d{5}){5}$/);
    expect(joined.profile).toMatchObject({ role: 'monitor', organisationId: created.organisationId, organisationName: ORGANISATION, coordinators: created.coordinators, dropPoints: DROP_POINTS, monitors: [], history: [] });
    expect(joined.profile.joinedVia).toEqual(readSignedFile(monitor.sodium, 'invitation', invitation).payload);
    expect(await monitor.service.read()).toEqual(joined.profile);

    // Enrolment: self-signed, pending until approved; the same fingerprint on both sides.
    const enrolment = await monitor.service.exportEnrolment(MONITOR_NAME);
    const received = await coordinator.service.importEnrolment(enrolment);
    const monitorKey = encodeKey(monitor.signingKey().publicKey);
    expect(received.fingerprint).toBe(monitor.service.enrolmentFingerprint());
    expect(received.monitor).toEqual({ name: MONITOR_NAME, signingKey: monitorKey, bundleRecipient: encodeKey(monitor.bundleKey()), status: 'pending' });
    expect(await coordinator.service.enrolledMonitor(decodeKey(monitorKey))).toEqual({ name: MONITOR_NAME, status: 'pending' });
    expect(await coordinator.service.approveMonitor(decodeKey(monitorKey))).toMatchObject({ status: 'approved' });
    expect(await coordinator.service.enrolledMonitor(decodeKey(monitorKey))).toEqual({ name: MONITOR_NAME, status: 'approved' });
    expect(await coordinator.service.enrolledMonitor(coordinator.signingKey().publicKey)).toBeNull();

    // A second coordinator (a third laptop) is added; a newer invitation carries it to the monitor.
    const second = await laptop();
    const secondKeys = second.service.coordinatorKeys('Coordinator Bolat');
    await coordinator.service.addCoordinator(secondKeys);
    clock = new Date(clock.getTime() + HOUR);
    const updated = await monitor.service.importInvitation(await coordinator.service.exportInvitation());
    expect(updated.profile.coordinators.map((c) => c.name)).toEqual([COORDINATOR_NAME, 'Coordinator Bolat']);
    expect(updated.fingerprint).toBe(await coordinator.service.invitationFingerprint());
    expect(updated.fingerprint).not.toBe(joined.fingerprint);
    const recipients = (await monitor.service.recipientsForExport()).map(encodeKey);
    expect(recipients).toEqual([coordinator.bundleKey(), second.bundleKey(), monitor.bundleKey()].map(encodeKey));

    // Revocation: recorded, and the monitor's bundles are no longer accepted.
    clock = new Date(clock.getTime() + HOUR);
    await coordinator.service.revokeMonitor(decodeKey(monitorKey), 'laptop seized at a checkpoint');
    expect(await coordinator.service.enrolledMonitor(decodeKey(monitorKey))).toEqual({ name: MONITOR_NAME, status: 'revoked' });
    const history = (await coordinator.service.read())?.history ?? [];
    expect(history.map((event) => event.kind)).toEqual(['coordinatorAdded', 'approved', 'coordinatorAdded', 'revoked']);
    expect(history.every((event) => event.by === coordinatorKey)).toBe(true);
    expect(history[3]).toEqual({ kind: 'revoked', monitorKey, at: clock.toISOString(), by: coordinatorKey, reason: 'laptop seized at a checkpoint' });
    await expectRefused(coordinator.service.importEnrolment(enrolment), 'FORBIDDEN', 'revoked and cannot enrol again');
    await expectRefused(coordinator.service.approveMonitor(decodeKey(monitorKey)), 'FORBIDDEN', 'cannot be approved again');

    // On disk: one sealed file each; no name in clear anywhere in either data directory.
    for (const dataDir of [coordinator.dataDir, monitor.dataDir]) {
      expect(readdirSync(dataDir).sort()).toEqual([ORGANISATION_FILE, 'vault.hdr']);
      for (const name of readdirSync(dataDir)) {
        const bytes = readFileSync(join(dataDir, name));
        for (const secret of [ORGANISATION, 'Rights Bureau', 'Taiga', 'Aigerim', 'Bolat', 'Blue USB', 'checkpoint']) {
          expect(bytes.includes(Buffer.from(secret, 'utf8'))).toBe(false);
          expect(bytes.includes(Buffer.from(secret, 'utf16le'))).toBe(false);
        }
      }
    }
  });

  it('rotates a coordinator key (done by another coordinator) and records it', async () => {
    const { coordinator } = await organisationWithMonitor();
    const second = await laptop();
    const replacement = await laptop();
    const secondKeys = second.service.coordinatorKeys('Coordinator Bolat');
    await coordinator.service.addCoordinator(secondKeys);
    const newKeys = replacement.service.coordinatorKeys('Coordinator Bolat (new laptop)');
    const rotated = await coordinator.service.rotateCoordinator(decodeKey(secondKeys.signingKey), newKeys);
    expect(rotated.coordinators.map((c) => c.signingKey)).toEqual([encodeKey(coordinator.signingKey().publicKey), newKeys.signingKey]);
    expect(rotated.history.at(-1)).toEqual({ kind: 'coordinatorRotated', oldSigningKey: secondKeys.signingKey, coordinator: newKeys, at: clock.toISOString(), by: encodeKey(coordinator.signingKey().publicKey) });
    await expectRefused(coordinator.service.rotateCoordinator(coordinator.signingKey().publicKey, secondKeys), 'FORBIDDEN', 'cannot rotate away its own key');
    await expectRefused(coordinator.service.rotateCoordinator(decodeKey(secondKeys.signingKey), newKeys), 'NOT_FOUND', 'no coordinator');
    await expectRefused(coordinator.service.addCoordinator(newKeys), 'INVALID_REQUEST', 'already a coordinator');
    await expectRefused(coordinator.service.addCoordinator({ ...newKeys, signingKey: 'not a key' }), 'INVALID_REQUEST', 'not valid coordinator keys');
  });
});

describe('organisation: what is refused', () => {
  it('role violations, each with a clear message', async () => {
    const { coordinator, monitor, monitorKey } = await organisationWithMonitor();
    const fresh = await laptop();
    await expectRefused(monitor.service.exportInvitation(), 'FORBIDDEN', 'a monitor vault cannot export an invitation');
    await expectRefused(monitor.service.approveMonitor(monitorKey), 'FORBIDDEN', 'a monitor vault cannot approve a monitor');
    await expectRefused(monitor.service.revokeMonitor(monitorKey, 'x'), 'FORBIDDEN', 'a monitor vault cannot revoke a monitor');
    await expectRefused(monitor.service.importEnrolment(await monitor.service.exportEnrolment(MONITOR_NAME)), 'FORBIDDEN', 'a monitor vault cannot accept an enrolment');
    await expectRefused(monitor.service.addCoordinator(fresh.service.coordinatorKeys('X')), 'FORBIDDEN', 'a monitor vault cannot add a coordinator');
    await expectRefused(coordinator.service.importInvitation(await coordinator.service.exportInvitation()), 'FORBIDDEN', 'a coordinator vault cannot join');
    await expectRefused(coordinator.service.exportEnrolment('Me'), 'FORBIDDEN', 'a coordinator vault cannot send an enrolment');
    await expectRefused(coordinator.service.recipientsForExport(), 'FORBIDDEN', 'a coordinator vault cannot export bundles');
    await expectRefused(coordinator.service.createOrganisation('Another', 'coordinator', []), 'FORBIDDEN', 'already belongs to an organisation');
    await expectRefused(fresh.service.exportInvitation(), 'FORBIDDEN', 'no organisation yet');
    await expectRefused(fresh.service.exportEnrolment('Me'), 'FORBIDDEN', 'import an invitation first');
    await expectRefused(fresh.service.recipientsForExport(), 'FORBIDDEN', 'import an invitation first');
    expect(await fresh.service.enrolledMonitor(monitorKey)).toBeNull();
  });

  it('a vault that is both coordinates and sends bundles to itself (once) and its coordinators', async () => {
    const both = await laptop();
    await both.service.createOrganisation(ORGANISATION, 'both', []);
    const { monitor } = await both.service.importEnrolment(await both.service.exportEnrolment('Coordinator in the field'));
    expect(monitor.status).toBe('pending');
    expect((await both.service.recipientsForExport()).map(encodeKey)).toEqual([encodeKey(both.bundleKey())]);
    // It may hold an invitation too (role stays 'both'; its own history keeps the coordinator list).
    const older = await both.service.exportInvitation();
    clock = new Date(clock.getTime() + HOUR);
    const own = await both.service.exportInvitation();
    const joined = await both.service.importInvitation(own);
    expect(joined.profile).toMatchObject({ role: 'both', history: [{ kind: 'coordinatorAdded' }] });
    expect(joined.fingerprint).toBe(await both.service.invitationFingerprint());
    expect((await both.service.importInvitation(own)).profile).toEqual(joined.profile);
    await expectRefused(both.service.importInvitation(older), 'FORBIDDEN', 'not newer');
  });

  it('an expired invitation, and an expiry in the past', async () => {
    const coordinator = await laptop();
    const monitor = await laptop();
    await coordinator.service.createOrganisation(ORGANISATION, 'coordinator', DROP_POINTS);
    const invitation = await coordinator.service.exportInvitation(new Date(clock.getTime() + HOUR));
    clock = new Date(clock.getTime() + 2 * HOUR);
    await expectRefused(monitor.service.importInvitation(invitation), 'FORBIDDEN', 'this invitation expired at 2026-03-01T10:00:00.000Z');
    expect(await monitor.service.read()).toBeNull();
    await expectRefused(coordinator.service.exportInvitation(new Date(clock.getTime() - 1)), 'INVALID_REQUEST', 'expire in the future');
  });

  it('a forged invitation: the coordinators’ keys, signed by someone else', async () => {
    const coordinator = await laptop();
    const monitor = await laptop();
    await coordinator.service.createOrganisation(ORGANISATION, 'coordinator', DROP_POINTS);
    const { payload } = readSignedFile(coordinator.sodium, 'invitation', await coordinator.service.exportInvitation());
    const forger = coordinator.sodium.crypto_sign_seed_keypair(new Uint8Array(32).fill(66));
    const signature = signSsh(coordinator.sodium, forger, SIGNED_FILE_NAMESPACES.invitation, new TextEncoder().encode(canonicalJson(payload)));
    const forged = new TextEncoder().encode(canonicalJson({ payload, signature }));
    await expectRefused(monitor.service.importInvitation(forged), 'INTEGRITY', 'must be signed by one of the coordinators it lists');
    expect(await monitor.service.read()).toBeNull();
  });

  it('a validly signed invitation that would redirect a monitor’s bundles, and a replayed older one', async () => {
    const { coordinator, monitor } = await organisationWithMonitor();
    const profile = await monitor.service.read();
    // An attacker copies the organisation id and lists itself as the only coordinator.
    const attacker = monitor.sodium.crypto_sign_seed_keypair(new Uint8Array(32).fill(99));
    const hijack = { ...(profile?.joinedVia ?? fail('joined')), coordinators: [{ name: 'Coordinator Aigerim', signingKey: encodeKey(attacker.publicKey), bundleRecipient: encodeKey(monitor.bundleKey()) }], issuedAt: new Date(clock.getTime() + HOUR).toISOString(), expiresAt: null };
    await expectRefused(monitor.service.importInvitation(writeSignedFile(monitor.sodium, attacker, 'invitation', hijack)), 'FORBIDDEN', 'signed by a coordinator this vault already trusts');
    const older = await coordinator.service.exportInvitation();
    clock = new Date(clock.getTime() + HOUR);
    await monitor.service.importInvitation(await coordinator.service.exportInvitation());
    await expectRefused(monitor.service.importInvitation(older), 'FORBIDDEN', 'not newer');
    const other = await laptop();
    await other.service.createOrganisation('Another invented group', 'coordinator', []);
    await expectRefused(monitor.service.importInvitation(await other.service.exportInvitation()), 'FORBIDDEN', 'another organisation');
    expect((await monitor.service.read())?.coordinators).toEqual(profile?.coordinators);
  });

  it('an enrolment for another organisation, and hostile bytes', async () => {
    const { coordinator } = await organisationWithMonitor();
    const outsider = await laptop();
    const other = await laptop();
    await other.service.createOrganisation('Another invented group', 'coordinator', []);
    await outsider.service.importInvitation(await other.service.exportInvitation());
    await expectRefused(coordinator.service.importEnrolment(await outsider.service.exportEnrolment('Stranger')), 'FORBIDDEN', 'another organisation');
    await expectRefused(coordinator.service.importEnrolment(new Uint8Array([1, 2, 3])), 'INTEGRITY', /not UTF-8|not JSON/);
    await expectRefused(outsider.service.importInvitation(new TextEncoder().encode('{}')), 'INTEGRITY', 'exactly a payload and a signature');
  });

  it('a bundle recipient that is a low-order point (every bundle to it would be readable by anyone)', async () => {
    const coordinator = await laptop();
    const monitor = await laptop();
    await coordinator.service.createOrganisation(ORGANISATION, 'coordinator', []);
    const zero = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
    await expectRefused(coordinator.service.addCoordinator({ name: 'Weak', signingKey: encodeKey(new Uint8Array(32).fill(5)), bundleRecipient: zero }), 'INTEGRITY', 'low-order point');
    const { payload } = readSignedFile(coordinator.sodium, 'invitation', await coordinator.service.exportInvitation());
    const weak = { ...payload, coordinators: payload.coordinators.map((c) => ({ ...c, bundleRecipient: zero })) };
    await expectRefused(monitor.service.importInvitation(writeSignedFile(coordinator.sodium, coordinator.signingKey(), 'invitation', weak)), 'INTEGRITY', 'low-order point');
  });

  it('every operation needs the vault unlocked', async () => {
    const { coordinator, monitorKey } = await organisationWithMonitor();
    coordinator.vault.lock('user');
    const { service } = coordinator;
    const operations: (() => unknown)[] = [
      () => service.read(),
      () => service.exportInvitation(),
      () => service.importInvitation(new Uint8Array()),
      () => service.exportEnrolment('x'),
      () => service.importEnrolment(new Uint8Array()),
      () => service.approveMonitor(monitorKey),
      () => service.revokeMonitor(monitorKey, 'x'),
      () => service.enrolledMonitor(monitorKey),
      () => service.recipientsForExport(),
      () => service.invitationFingerprint(),
      () => service.enrolmentFingerprint(),
      () => service.coordinatorKeys('x'),
      () => service.createOrganisation('x', 'coordinator', []),
    ];
    for (const operation of operations) {
      await expectRefused(operation, 'LOCKED', 'LOCKED');
    }
  });

  it('a sealed profile that was altered, or moved from another vault', async () => {
    const { coordinator, monitor } = await organisationWithMonitor();
    const path = join(coordinator.dataDir, ORGANISATION_FILE);
    const sealed = readFileSync(path);
    sealed.writeUInt8(sealed.readUInt8(40) ^ 1, 40);
    writeFileSync(path, sealed);
    await expectRefused(coordinator.service.read(), 'INTEGRITY', 'failed authentication');
    writeFileSync(path, readFileSync(join(monitor.dataDir, ORGANISATION_FILE)));
    await expectRefused(coordinator.service.enrolledMonitor(new Uint8Array(32)), 'INTEGRITY', 'failed authentication');
  });
});

function fail(what: string): never {
  throw new Error(`missing ${what}`);
}
