import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveBundleIdentity } from '../../../main/bundles/bundleIdentity';
import { createBundleExporter } from '../../../main/bundles/bundleExport';
import { createBundleLedger } from '../../../main/bundles/bundleLedger';
import { readBundle } from '../../../main/bundles/bundleReader';
import { deriveEvidenceIdentity } from '../../../main/evidence/ageIdentity';
import { decryptAgeToBuffer } from '../../../main/evidence/ageFile';
import { readCaptureMetadata } from '../../../main/evidence/captureMetadata';
import { createEvidenceStore } from '../../../main/evidence/evidenceStore';
import { createJpegMetadataStripper } from '../../../main/evidence/jpegMetadataStrip';
import { inspectSource } from '../../../main/evidence/sourceFile';
import { signingKeyFromSeed } from '../../../main/revisions/revisionChain';
import { sealedAllegation } from '../../helpers/sealedRecord';
import { AppError } from '../../../shared/errors/appError';
import { PASSPHRASE, temporaryDir, testVault } from '../../helpers/testVault';
import { jpegWithEverything } from '../evidence/exifFixture';

// A monitor exports twice to a USB folder; a coordinator reads both. The sequence and the previous
// bundle's hash chain them; the ledger on the coordinator's side sees them continue, and sees a
// duplicate and a gap for what they are. Each exported file's custody log records the export.

const RECORD = 'ExportRecordAAAAAAAAAA';

async function monitorVault() {
  const dataDir = temporaryDir();
  const { sodium, vault } = await testVault(dataDir);
  await vault.create(PASSPHRASE);
  const keys = () => vault.requireKeys();
  const store = createEvidenceStore({ sodium, dataDir, keys });
  const ledger = createBundleLedger({ sodium, dataDir, keys });
  return { sodium, vault, keys, store, ledger, dataDir };
}

describe('exporting bundles', () => {
  it('numbers and chains bundles, notes them in the custody logs, and the coordinator sees them continue', async () => {
    const monitor = await monitorVault();
    const coordinatorVmk = randomBytes(32);
    const coordinator = deriveBundleIdentity(monitor.sodium, coordinatorVmk);
    const photo = join(temporaryDir('aigaq-export-src-'), 'photo.bin');
    writeFileSync(photo, randomBytes(100_000));
    const item = await monitor.store.ingest(RECORD, await inspectSource(photo, monitor.store.folder));
    const exporter = createBundleExporter({ sodium: monitor.sodium, keys: monitor.keys, store: monitor.store, ledger: monitor.ledger, recipients: async () => [coordinator.publicKey], app: 'test', now: () => new Date('2026-11-23T12:00:00Z') });
    const usb = temporaryDir('aigaq-usb-');
    const record = { id: RECORD, document: sealedAllegation(monitor.sodium, monitor.keys().signingSeed, RECORD) };
    const first = await exporter.export({ records: [record], evidenceIds: [item.id], includeOriginals: true, folder: usb });
    const second = await exporter.export({ records: [record], evidenceIds: [item.id], includeOriginals: false, folder: usb });
    expect(readdirSync(usb).sort()).toEqual(['aigaq-2026-11-23-0001.aqb', 'aigaq-2026-11-23-0002.aqb']);
    expect(first.manifest.items.map((entry) => entry.kind)).toEqual(['record', 'evidence', 'evidenceInfo', 'custody']);
    expect(second.manifest.items.map((entry) => entry.kind)).toEqual(['record', 'evidenceInfo', 'custody']);
    expect([second.manifest.seq, second.manifest.prevBundleSha256]).toEqual([2, first.bundleSha256]);
    expect((await monitor.store.custodyOf(item.id)).entries.map((entry) => [entry.event.action, entry.event.detail['bundle'] ?? null])).toEqual([
      ['ingest', null],
      ['export', first.manifest.bundleId],
      ['export', second.manifest.bundleId],
    ]);

    // The coordinator's side.
    const coordinatorDir = temporaryDir();
    const coordinatorVault = await testVault(coordinatorDir);
    await coordinatorVault.vault.create(PASSPHRASE);
    const coordinatorLedger = createBundleLedger({ sodium: monitor.sodium, dataDir: coordinatorDir, keys: () => coordinatorVault.vault.requireKeys() });
    const monitorKey = Buffer.from(signingKeyFromSeed(monitor.sodium, monitor.keys().signingSeed).publicKey).toString('base64');
    const open = (path: string) =>
      readBundle({ sodium: monitor.sodium, path, identity: coordinator, evidenceRecipient: deriveEvidenceIdentity(monitor.sodium, coordinatorVmk).publicKey, stagingDir: temporaryDir('aigaq-staging-'), signerStatus: (key) => (key === monitorKey ? 'enrolled' : 'unknown') });
    const one = await open(first.path);
    const two = await open(second.path);
    expect(await coordinatorLedger.continuity(two.manifest, two.bundleSha256)).toBe('gap');
    expect(await coordinatorLedger.continuity(one.manifest, one.bundleSha256)).toBe('first');
    await coordinatorLedger.recordReceived(one.manifest, one.bundleSha256, 'now');
    expect(await coordinatorLedger.continuity(one.manifest, one.bundleSha256)).toBe('duplicate');
    expect(await coordinatorLedger.continuity(two.manifest, two.bundleSha256)).toBe('continues');
    await coordinatorLedger.recordReceived(two.manifest, two.bundleSha256, 'now');
    const description = JSON.parse(two.documents.get(`evidence/${item.id}.json`)?.toString() ?? '{}') as Record<string, unknown>;
    expect(description).toMatchObject({ id: item.id, sha256: item.sha256, recordId: RECORD });
    // The digest of the monitor's own encrypted file binds it to the item on the laptop; it does not travel.
    expect(item.fileHeaderSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(description)).not.toContain('fileHeaderSha256');
    expect(await monitor.ledger.nextOutgoing()).toEqual({ seq: 3, prevBundleSha256: second.bundleSha256 });
  });

  it('exports a working copy without metadata beside its original, each read from its own file', async () => {
    const monitor = await monitorVault();
    const coordinatorVmk = randomBytes(32);
    const photo = join(temporaryDir('aigaq-export-src-'), 'photo.jpg');
    writeFileSync(photo, jpegWithEverything());
    const original = await monitor.store.ingest(RECORD, await inspectSource(photo, monitor.store.folder));
    const copy = await monitor.store.derive(original.id, createJpegMetadataStripper, 'metadataStripped');
    const exporter = createBundleExporter({ sodium: monitor.sodium, keys: monitor.keys, store: monitor.store, ledger: monitor.ledger, recipients: async () => [deriveBundleIdentity(monitor.sodium, coordinatorVmk).publicKey], app: 'test' });
    const record = { id: RECORD, document: sealedAllegation(monitor.sodium, monitor.keys().signingSeed, RECORD) };
    const exported = await exporter.export({ records: [record], evidenceIds: [original.id, copy.id], includeOriginals: true, folder: temporaryDir('aigaq-usb-') });
    const monitorKey = Buffer.from(signingKeyFromSeed(monitor.sodium, monitor.keys().signingSeed).publicKey).toString('base64');
    const stagingDir = temporaryDir('aigaq-staging-');
    const coordinatorEvidence = deriveEvidenceIdentity(monitor.sodium, coordinatorVmk);
    const bundle = await readBundle({ sodium: monitor.sodium, path: exported.path, identity: deriveBundleIdentity(monitor.sodium, coordinatorVmk), evidenceRecipient: coordinatorEvidence.publicKey, stagingDir, signerStatus: (key) => (key === monitorKey ? 'enrolled' : 'unknown') });
    const received = new Map(bundle.evidence.map((staged) => [staged.item.id, decryptAgeToBuffer(monitor.sodium, coordinatorEvidence, readFileSync(staged.partPath ?? ''))]));
    expect(received.get(original.id)?.equals(jpegWithEverything())).toBe(true);
    expect(readCaptureMetadata(received.get(copy.id) ?? Buffer.alloc(0), 'image/jpeg')).toMatchObject({ hasGps: false, hasExif: false });
  });

  it('an export killed mid-way leaves a .part on the stick that does not block the next export', async () => {
    const monitor = await monitorVault();
    const exporter = createBundleExporter({ sodium: monitor.sodium, keys: monitor.keys, store: monitor.store, ledger: monitor.ledger, recipients: async () => [deriveBundleIdentity(monitor.sodium, randomBytes(32)).publicKey], app: 'test', now: () => new Date('2026-11-24T09:00:00Z') });
    const usb = temporaryDir('aigaq-usb-');
    writeFileSync(join(usb, 'aigaq-2026-11-24-0001.aqb.part'), randomBytes(5000)); // what the killed export left
    const record = { id: RECORD, document: sealedAllegation(monitor.sodium, monitor.keys().signingSeed, RECORD) };
    const exported = await exporter.export({ records: [record], evidenceIds: [], includeOriginals: false, folder: usb });
    expect(exported.path).toBe(join(usb, 'aigaq-2026-11-24-0001-1.aqb'));
    expect(readdirSync(usb).sort()).toEqual(['aigaq-2026-11-24-0001-1.aqb', 'aigaq-2026-11-24-0001.aqb.part']);
  });

  it('a bundle that cannot be noted as sent (the vault locked just then) is taken off the stick', async () => {
    const monitor = await monitorVault();
    const ledger = { ...monitor.ledger, recordSent: async () => Promise.reject(new AppError('LOCKED', 'the vault is locked')) };
    const exporter = createBundleExporter({ sodium: monitor.sodium, keys: monitor.keys, store: monitor.store, ledger, recipients: async () => [deriveBundleIdentity(monitor.sodium, randomBytes(32)).publicKey], app: 'test' });
    const usb = temporaryDir('aigaq-usb-');
    const record = { id: RECORD, document: sealedAllegation(monitor.sodium, monitor.keys().signingSeed, RECORD) };
    await expect(exporter.export({ records: [record], evidenceIds: [], includeOriginals: false, folder: usb })).rejects.toMatchObject({ code: 'LOCKED' });
    expect(readdirSync(usb)).toEqual([]);
    expect(await monitor.ledger.nextOutgoing()).toEqual({ seq: 1, prevBundleSha256: null });
  });

  it('refuses to export a file whose custody log does not verify, and writes nothing', async () => {
    const monitor = await monitorVault();
    const photo = join(temporaryDir('aigaq-export-src-'), 'photo.bin');
    writeFileSync(photo, randomBytes(1000));
    const item = await monitor.store.ingest(RECORD, await inspectSource(photo, monitor.store.folder));
    const logPath = join(monitor.store.folder, `${item.id}.custody`);
    writeFileSync(logPath, randomBytes(900));
    const exporter = createBundleExporter({ sodium: monitor.sodium, keys: monitor.keys, store: monitor.store, ledger: monitor.ledger, recipients: async () => [deriveBundleIdentity(monitor.sodium, randomBytes(32)).publicKey], app: 'test' });
    const usb = temporaryDir('aigaq-usb-');
    await expect(exporter.export({ records: [], evidenceIds: [item.id], includeOriginals: true, folder: usb })).rejects.toMatchObject({ code: 'INTEGRITY' });
    expect(readdirSync(usb)).toEqual([]);
    expect(await monitor.ledger.nextOutgoing()).toEqual({ seq: 1, prevBundleSha256: null });
  });
});
