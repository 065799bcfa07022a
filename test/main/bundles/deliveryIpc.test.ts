import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestProgress } from '../../../shared/evidence/evidenceItem';
import type { CommandName } from '../../../shared/ipc/channels';
import type { CommandRequest, CommandResponse } from '../../../shared/ipc/contract';
import type { OpenFileKind } from '../../../main/files/filePorts';
import { createMainServices, type MainServices } from '../../../main/mainServices';
import { KDF_FLOOR } from '../../../main/vault/kdfParams';
import { PASSPHRASE, temporaryDir } from '../../helpers/testVault';

// Issue 6's delivery through the IPC contract, as the two apps' screens will drive it: two
// laptops (two data directories), files passed on one "USB stick" folder through faked native
// dialogs. Invented organisation, people and events.

const RECORD = 'IpcAllegationAAAAAAAAA';

async function call<C extends CommandName>(services: MainServices, name: C, request?: CommandRequest<C>): Promise<CommandResponse<C>> {
  const result = await services.invoke(name, request);
  if (!result.ok) {
    throw Object.assign(new Error(`${name}: ${result.error.message}`), { code: result.error.code });
  }
  return result.value as CommandResponse<C>;
}

async function laptop(usb: string, open: Partial<Record<OpenFileKind, () => string>>) {
  const dataDir = temporaryDir('aigaq-ipc-delivery-');
  const progress: IngestProgress[] = [];
  const services = await createMainServices({
    dataDir,
    kdfParams: KDF_FLOOR,
    files: {
      chooseSavePath: async (_kind, name) => join(usb, name),
      pickFile: async (kind) => open[kind]?.() ?? null,
      chooseFolder: async () => usb,
    },
  });
  services.subscribe((name, payload) => name === 'evidence.progress' && progress.push(payload as IngestProgress));
  await call(services, 'vault.create', { passphrase: PASSPHRASE });
  return { services, progress, dataDir };
}

describe('delivery over IPC between two laptops', () => {
  it('invitation → enrolment → approval → export → import → receipt → delivered → purge', async () => {
    const usb = temporaryDir('aigaq-usb-');
    const latestBundle = () => join(usb, readdirSync(usb).filter((name) => name.endsWith('.aqb')).sort().at(-1) ?? '');
    const coordinator = await laptop(usb, { enrolment: () => join(usb, 'enrolment.aqenrol'), bundle: latestBundle });
    const monitor = await laptop(usb, { invitation: () => join(usb, 'invitation.aqinvite'), receipt: () => join(usb, readdirSync(usb).find((name) => name.endsWith('.aqreceipt')) ?? '') });

    const organisation = await call(coordinator.services, 'organisation.create', { name: 'Invented Rights Bureau', coordinatorName: 'Coordinator Aigerim', role: 'coordinator' });
    expect(await call(coordinator.services, 'organisation.saveInvitation', { expiresInDays: 30 })).toEqual({ saved: true });
    const joined = await call(monitor.services, 'organisation.openInvitation');
    expect(joined.fingerprint).toBe(organisation.ownFingerprint);
    expect(joined.view?.organisationName).toBe('Invented Rights Bureau');
    // Opening saved nothing: the monitor compares the fingerprint, then joins.
    expect(await call(monitor.services, 'organisation.get')).toBeNull();
    await expect(call(monitor.services, 'organisation.joinInvitation', { token: 'not-the-token' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await call(monitor.services, 'organisation.joinInvitation', { token: joined.token ?? '' });
    expect(await call(monitor.services, 'organisation.saveEnrolment', { monitorName: 'Monitor Taiga' })).toEqual({ saved: true });
    const enrolment = await call(coordinator.services, 'organisation.openEnrolment');
    expect(enrolment.monitorName).toBe('Monitor Taiga');
    const monitorView = await call(monitor.services, 'organisation.get');
    expect(enrolment.fingerprint).toBe(monitorView?.ownFingerprint);
    const monitorKey = monitorView?.ownSigningKey ?? '';
    const approved = await call(coordinator.services, 'organisation.approveMonitor', { signingKey: monitorKey });
    expect(approved.monitors).toEqual([expect.objectContaining({ name: 'Monitor Taiga', status: 'approved' })]);

    const photo = join(temporaryDir('aigaq-ipc-src-'), 'injuries.jpg');
    writeFileSync(photo, randomBytes(80_000));
    await call(monitor.services, 'evidence.ingest', { recordId: RECORD, paths: [photo] });
    while (!monitor.progress.some((event) => event.state === 'done')) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const [item] = await call(monitor.services, 'evidence.list', { recordId: RECORD });
    if (item === undefined) {
      throw new Error('the evidence did not arrive');
    }
    const document = { record: { type: 'TORTURE_ALLEGATION', title: 'Invented allegation' }, revisions: [] };
    const exported = await call(monitor.services, 'bundles.export', { records: [{ id: RECORD, document }], evidenceIds: [item.id], includeOriginals: true });
    expect(exported).toMatchObject({ saved: true, items: 4 });

    const imported = await call(coordinator.services, 'bundles.import');
    expect(imported.refused).toBeNull();
    expect(imported.result).toMatchObject({ monitorName: 'Monitor Taiga', continuity: 'first', records: [{ id: RECORD, document }], evidenceAdded: [item.id] });
    expect(await call(coordinator.services, 'evidence.list', { recordId: RECORD })).toEqual([expect.objectContaining({ id: item.id, sha256: item.sha256, fileState: 'present' })]);

    const receipt = await call(monitor.services, 'bundles.openReceipt');
    expect(receipt).toMatchObject({ opened: true, bundleId: exported.bundleId, evidenceIds: [item.id], recordIds: [RECORD] });
    expect(await call(monitor.services, 'bundles.sent')).toEqual([expect.objectContaining({ bundleId: exported.bundleId, delivered: true })]);
    expect(await call(monitor.services, 'bundles.purgeDelivered', { evidenceIds: [item.id] })).toEqual({ purged: [item.id] });
    expect(await call(monitor.services, 'evidence.list', { recordId: RECORD })).toEqual([expect.objectContaining({ id: item.id, fileState: 'purged' })]);
    coordinator.services.dispose();
    monitor.services.dispose();
  });

  it('a damaged bundle is refused with its reason and nothing is merged', async () => {
    const usb = temporaryDir('aigaq-usb-');
    const bundlePath = () => join(usb, readdirSync(usb).find((name) => name.endsWith('.aqb')) ?? '');
    const coordinator = await laptop(usb, { enrolment: () => join(usb, 'enrolment.aqenrol'), bundle: bundlePath });
    const monitor = await laptop(usb, { invitation: () => join(usb, 'invitation.aqinvite') });
    await call(coordinator.services, 'organisation.create', { name: 'Invented Rights Bureau', coordinatorName: 'Coordinator', role: 'coordinator' });
    await call(coordinator.services, 'organisation.saveInvitation', { expiresInDays: null });
    await call(monitor.services, 'organisation.joinInvitation', { token: (await call(monitor.services, 'organisation.openInvitation', undefined)).token ?? '' });
    await call(monitor.services, 'organisation.saveEnrolment', { monitorName: 'Monitor' });
    await call(coordinator.services, 'organisation.openEnrolment');
    await call(coordinator.services, 'organisation.approveMonitor', { signingKey: (await call(monitor.services, 'organisation.get'))?.ownSigningKey ?? '' });
    await call(monitor.services, 'bundles.export', { records: [{ id: RECORD, document: { title: 'Invented' } }], evidenceIds: [], includeOriginals: false });
    const bytes = readFileSync(bundlePath());
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 10) ^ 0x20, bytes.length - 10);
    writeFileSync(bundlePath(), bytes);
    expect(await call(coordinator.services, 'bundles.import')).toEqual({ opened: true, refused: 'DAMAGED', result: null });
    expect(readdirSync(usb).some((name) => name.endsWith('.aqreceipt'))).toBe(false);
    coordinator.services.dispose();
    monitor.services.dispose();
  });
});
