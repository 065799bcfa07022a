import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestProgress } from '../../../shared/evidence/evidenceItem';
import type { BundleProgress } from '../../../shared/bundles/bundleProgress';
import type { CommandName } from '../../../shared/ipc/channels';
import type { CommandRequest, CommandResponse } from '../../../shared/ipc/contract';
import type { OpenFileKind } from '../../../main/files/filePorts';
import { createMainServices, type MainServices } from '../../../main/mainServices';
import { KDF_FLOOR } from '../../../main/vault/kdfParams';
import { PASSPHRASE, temporaryDir } from '../../helpers/testVault';
import { BUNDLED_RECORD_FORMAT } from '../../../shared/bundles/bundledRecord';
import { tortureAllegationExample } from '../../../shared/definitions/records/examples/tortureAllegation.example';

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

async function laptop(usb: string, open: Partial<Record<OpenFileKind, () => string>>, dataDir = temporaryDir('aigaq-ipc-delivery-')) {
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
  const bundleProgress: BundleProgress[] = [];
  services.subscribe((name, payload) => name === 'evidence.progress' && progress.push(payload as IngestProgress));
  services.subscribe((name, payload) => name === 'bundles.progress' && bundleProgress.push(payload as BundleProgress));
  await call(services, 'vault.create', { passphrase: PASSPHRASE });
  return { services, progress, bundleProgress, dataDir };
}

type Laptop = Awaited<ReturnType<typeof laptop>>;

/** A file of random bytes attached to the record on the monitor's laptop; the item, once ingested. */
async function ingested(monitor: Laptop, name: string, bytes: number) {
  const path = join(temporaryDir('aigaq-ipc-src-'), name);
  writeFileSync(path, randomBytes(bytes));
  await call(monitor.services, 'evidence.ingest', { recordId: RECORD, paths: [path] });
  while (!monitor.progress.some((event) => event.state === 'done')) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const [item] = await call(monitor.services, 'evidence.list', { recordId: RECORD });
  if (item === undefined) {
    throw new Error('the evidence did not arrive');
  }
  return item;
}

/** A final allegation sealed by the monitor's own main, as the Finalise button does it. */
async function sealedDocument(services: MainServices, titles: readonly string[] = ['Invented allegation']) {
  const at = '2026-11-23T10:00:00.000Z';
  const revisions: CommandResponse<'revisions.seal'>[] = [];
  for (const title of titles) {
    const record = { schemaVersion: 1, type: 'TORTURE_ALLEGATION', localRef: 'TA-2026-7KQ4', definitionVersion: 1, status: 'final', createdAt: at, updatedAt: at, values: { ...tortureAllegationExample, title }, retired: [] };
    revisions.push(await call(services, 'revisions.seal', { recordId: RECORD, record, chain: [...revisions] }));
  }
  return { format: BUNDLED_RECORD_FORMAT, revisions, persons: [] };
}

/** The short way through invitation, enrolment and approval (the first test walks it step by step). */
async function joinAndApprove(coordinator: MainServices, monitor: MainServices): Promise<void> {
    await call(coordinator, 'organisation.create', { name: 'Invented Rights Bureau', coordinatorName: 'Coordinator', role: 'coordinator' });
    await call(coordinator, 'organisation.saveInvitation', { expiresInDays: null });
    await call(monitor, 'organisation.joinInvitation', { token: (await call(monitor, 'organisation.openInvitation', undefined)).token ?? '' });
    await call(monitor, 'organisation.saveEnrolment', { monitorName: 'Monitor' });
    await call(coordinator, 'organisation.openEnrolment');
    await call(coordinator, 'organisation.approveMonitor', { signingKey: (await call(monitor, 'organisation.get'))?.ownSigningKey ?? '' });
}

/** The newest bundle on the stick: what the coordinator's file dialog picks. */
const newestBundle = (usb: string) => join(usb, readdirSync(usb).filter((name) => name.endsWith('.aqb')).sort().at(-1) ?? '');

/** A coordinator and an approved monitor of one organisation, passing files on one stick. */
async function joinedLaptops(usb = temporaryDir('aigaq-usb-'), coordinatorData?: string) {
  const coordinator = await laptop(usb, { enrolment: () => join(usb, 'enrolment.aqenrol'), bundle: () => newestBundle(usb) }, coordinatorData);
  const monitor = await laptop(usb, { invitation: () => join(usb, 'invitation.aqinvite') });
  await joinAndApprove(coordinator.services, monitor.services);
  const dispose = () => {
    coordinator.services.dispose();
    monitor.services.dispose();
  };
  return { usb, coordinator, monitor, dispose };
}

function mountSmallDisk(mebibytes: number): string {
  const mountPoint = temporaryDir('aigaq-small-disk-');
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${mebibytes}m`, 'tmpfs', mountPoint]);
  return mountPoint;
}

function growDisk(mountPoint: string, mebibytes: number): void {
  execFileSync('mount', ['-o', `remount,size=${mebibytes}m`, mountPoint]);
}

/** Fills a small disk to the last byte; the filler's path. */
function fillDisk(mountPoint: string): string {
  const filler = join(mountPoint, 'filler.bin');
  const handle = openSync(filler, 'w');
  try {
    for (const block of [1024 * 1024, 4096, 1]) {
      try {
        for (;;) {
          writeSync(handle, Buffer.alloc(block));
        }
      } catch {
        // full at this block size: go on with a smaller one
      }
    }
  } finally {
    closeSync(handle);
  }
  return filler;
}

function unmount(mountPoint: string): void {
  execFileSync('umount', ['-l', mountPoint]);
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

    const item = await ingested(monitor, 'injuries.jpg', 80_000);
    const document = await sealedDocument(monitor.services);
    const exported = await call(monitor.services, 'bundles.export', { records: [{ id: RECORD, document }], evidenceIds: [item.id], includeOriginals: true, onlyUndelivered: true });
    expect(exported).toMatchObject({ saved: true, records: 1, evidence: 1, nothingToSend: false });
    expect(monitor.bundleProgress.at(-1)).toEqual({ operation: 'export', bytes: expect.any(Number), total: expect.any(Number) });
    expect(monitor.bundleProgress.at(-1)?.bytes).toBe(monitor.bundleProgress.at(-1)?.total);

    const imported = await call(coordinator.services, 'bundles.import');
    expect(imported.refused).toBeNull();
    expect(coordinator.bundleProgress.at(-1)).toMatchObject({ operation: 'import' });
    expect(imported.result).toMatchObject({ monitorName: 'Monitor Taiga', continuity: 'first', records: [{ id: RECORD, document }], evidenceAdded: [item.id] });
    expect(await call(coordinator.services, 'evidence.list', { recordId: RECORD })).toEqual([expect.objectContaining({ id: item.id, sha256: item.sha256, fileState: 'present' })]);

    const receipt = await call(monitor.services, 'bundles.openReceipt');
    expect(receipt).toMatchObject({ opened: true, bundleId: exported.bundleId, evidenceIds: [item.id], recordIds: [RECORD] });
    expect(await call(monitor.services, 'bundles.sent')).toEqual([expect.objectContaining({ bundleId: exported.bundleId, delivered: true })]);
    // "Everything not yet delivered": nothing, until the record gets a new revision.
    const again = { records: [{ id: RECORD, document }], evidenceIds: [item.id], includeOriginals: true, onlyUndelivered: true };
    expect(await call(monitor.services, 'bundles.export', again)).toMatchObject({ saved: false, nothingToSend: true });
    const revised = await sealedDocument(monitor.services, ['Invented allegation', 'Invented allegation, with the hospital report']);
    expect(await call(monitor.services, 'bundles.export', { ...again, records: [{ id: RECORD, document: revised }] })).toMatchObject({ saved: true, records: 1, evidence: 0 });
    expect(await call(monitor.services, 'bundles.purgeDelivered', { evidenceIds: [item.id] })).toEqual({ purged: [item.id] });
    expect(await call(monitor.services, 'evidence.list', { recordId: RECORD })).toEqual([expect.objectContaining({ id: item.id, fileState: 'purged' })]);
    coordinator.services.dispose();
    monitor.services.dispose();
  });

  it('a damaged bundle is refused with its reason and nothing is merged', async () => {
    const { usb, coordinator, monitor, dispose } = await joinedLaptops();
    const bundlePath = () => newestBundle(usb);
    await call(monitor.services, 'bundles.export', { records: [{ id: RECORD, document: await sealedDocument(monitor.services) }], evidenceIds: [], includeOriginals: false, onlyUndelivered: false });
    const bytes = readFileSync(bundlePath());
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 10) ^ 0x20, bytes.length - 10);
    writeFileSync(bundlePath(), bytes);
    expect(await call(coordinator.services, 'bundles.import')).toEqual({ opened: true, refused: 'DAMAGED', result: null });
    expect(readdirSync(usb).some((name) => name.endsWith('.aqreceipt'))).toBe(false);
    dispose();
  });

  it('a full stick and a full disk are said as such: nothing half-written, nothing noted, it works once there is room, and a re-import needs none', async () => {
    // Small tmpfs mounts stand in for a full USB stick and a full laptop disk (CI runs as root, like here).
    const usb = mountSmallDisk(3);
    const coordinatorData = mountSmallDisk(2);
    try {
      const { coordinator, monitor, dispose } = await joinedLaptops(usb, coordinatorData);
      const item = await ingested(monitor, 'interview.mp4', 4 * 1024 * 1024);
      const send = () => call(monitor.services, 'bundles.export', { records: [], evidenceIds: [item.id], includeOriginals: true, onlyUndelivered: false });

      await expect(send()).rejects.toMatchObject({ code: 'DISK_FULL' });
      expect(readdirSync(usb).filter((name) => name.includes('.aqb'))).toEqual([]);
      expect(await call(monitor.services, 'bundles.sent')).toEqual([]);
      growDisk(usb, 64);
      expect(await send()).toMatchObject({ saved: true, evidence: 1 });

      // The coordinator's disk has no room to stage the file: not a damaged bundle, and nothing merged.
      await expect(call(coordinator.services, 'bundles.import')).rejects.toMatchObject({ code: 'DISK_FULL' });
      expect(readdirSync(join(coordinatorData, 'evidence')).filter((name) => !name.startsWith('.'))).toEqual([]);
      growDisk(coordinatorData, 64);

      // Room to import, but none left on the stick for the receipt: the import stands and its records
      // reach the screen; importing again once there is room adds nothing twice and writes the receipt.
      const filler = fillDisk(usb);
      const imported = await call(coordinator.services, 'bundles.import');
      expect(imported.result).toMatchObject({ continuity: 'first', evidenceAdded: [item.id], receiptFileName: null });
      expect(readdirSync(usb).filter((name) => name.endsWith('.aqreceipt'))).toEqual([]);
      rmSync(filler);
      const again = await call(coordinator.services, 'bundles.import');
      expect(again.result).toMatchObject({ continuity: 'duplicate', evidenceAdded: [], receiptFileName: expect.stringMatching(/\.aqreceipt$/) });
      expect(readdirSync(usb).filter((name) => name.endsWith('.aqreceipt'))).toHaveLength(1);

      // With its own disk full again, the coordinator can still import the bundle once more (a lost
      // receipt, a resend): the file it already holds is checked against the manifest, not copied.
      const full = fillDisk(coordinatorData);
      expect((await call(coordinator.services, 'bundles.import')).result).toMatchObject({ continuity: 'duplicate', evidenceAdded: [], evidenceKnown: [item.id] });
      rmSync(full);
      dispose();
    } finally {
      unmount(usb);
      unmount(coordinatorData);
    }
  });

  it('the vault locking stops an export (nothing on the stick, nothing noted as sent) and an import (nothing merged)', async () => {
    const { usb, coordinator, monitor, dispose } = await joinedLaptops();
    const item = await ingested(monitor, 'interview.mp4', 64 * 1024 * 1024);
    const writing = call(monitor.services, 'bundles.export', { records: [], evidenceIds: [item.id], includeOriginals: true, onlyUndelivered: false });
    while (monitor.bundleProgress.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    monitor.services.lock('idle');
    await expect(writing).rejects.toMatchObject({ code: 'LOCKED' });
    expect(monitor.bundleProgress.filter((progress) => progress.bytes >= progress.total)).toEqual([]); // stopped at once, not at the end
    expect(readdirSync(usb).filter((name) => name.includes('.aqb'))).toEqual([]);
    await call(monitor.services, 'vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect(await call(monitor.services, 'bundles.sent')).toEqual([]);
    expect((await call(monitor.services, 'evidence.custody', { id: item.id })).entries.map((entry) => entry.event.action)).toEqual(['ingest']);

    // The coordinator's vault locking stops an import the same way; once unlocked, the bundle imports whole.
    await call(monitor.services, 'bundles.export', { records: [], evidenceIds: [item.id], includeOriginals: true, onlyUndelivered: false });
    const reading = call(coordinator.services, 'bundles.import');
    while (!coordinator.bundleProgress.some((progress) => progress.operation === 'import')) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    coordinator.services.lock('system');
    await expect(reading).rejects.toMatchObject({ code: 'LOCKED' });
    expect(coordinator.bundleProgress.filter((progress) => progress.operation === 'import' && progress.bytes >= progress.total)).toEqual([]);
    expect(readdirSync(join(coordinator.dataDir, 'evidence')).filter((name) => !name.startsWith('.'))).toEqual([]);
    await call(coordinator.services, 'vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect((await call(coordinator.services, 'bundles.import')).result).toMatchObject({ continuity: 'first', evidenceAdded: [item.id] });
    dispose();
  });

  it('a read cut short by the vault locking is answered LOCKED, not as damaged data', async () => {
    const { monitor, dispose } = await joinedLaptops();
    // The lock wipes the keys while the organisation file is being read and opened with them.
    const reading = monitor.services.invoke('organisation.get', undefined);
    monitor.services.lock('idle');
    expect(await reading).toEqual({ ok: false, error: { code: 'LOCKED', message: 'LOCKED' } });
    await call(monitor.services, 'vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect((await call(monitor.services, 'organisation.get'))?.organisationName).toBe('Invented Rights Bureau');
    dispose();
  });

  it('an export can be cancelled while it writes: no bundle, no half-written file, nothing noted as sent', async () => {
    const { usb, monitor, dispose } = await joinedLaptops();
    const item = await ingested(monitor, 'interview.mp4', 64 * 1024 * 1024);
    const writing = call(monitor.services, 'bundles.export', { records: [], evidenceIds: [item.id], includeOriginals: true, onlyUndelivered: false });
    while (monitor.bundleProgress.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await call(monitor.services, 'bundles.cancelExport');
    await expect(writing).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(readdirSync(usb).filter((name) => name.includes('.aqb'))).toEqual([]);
    expect(await call(monitor.services, 'bundles.sent')).toEqual([]);
    dispose();
  });
});
