import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveBundleIdentity } from '../../../main/bundles/bundleIdentity';
import { createBundleExporter } from '../../../main/bundles/bundleExport';
import { createBundleLedger } from '../../../main/bundles/bundleLedger';
import { readBundle } from '../../../main/bundles/bundleReader';
import { acceptReceipt, issueReceipt, purgeDelivered } from '../../../main/bundles/bundleReceipts';
import { createBundleImporter } from '../../../main/bundles/bundleImport';
import { stubDeliveredRecords } from '../../../main/bundles/recordStubs';
import type { BundledRecord } from '../../../shared/bundles/bundledRecord';
import { writeBundle } from '../../../main/bundles/bundleWriter';
import { canonicalJson } from '../../../shared/records/canonicalJson';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { deriveEvidenceIdentity } from '../../../main/evidence/ageIdentity';
import { custodyLeafHex } from '../../../main/evidence/custodyLog';
import { parseAgeHeader } from '../../../main/evidence/ageHeader';
import { itemFile } from '../../../main/evidence/evidenceFiles';
import type { CustodyEntry } from '../../../shared/evidence/custodyEvent';
import { createEvidenceStore } from '../../../main/evidence/evidenceStore';
import { inspectSource } from '../../../main/evidence/sourceFile';
import { createOrganisationService } from '../../../main/organisation/organisationService';
import { decodeKey, writeSignedFile } from '../../../main/organisation/signedFile';
import type { BundleReceipt } from '../../../shared/bundles/bundleReceipt';
import { signingKeyFromSeed } from '../../../main/revisions/revisionChain';
import { PASSPHRASE, temporaryDir, testVault } from '../../helpers/testVault';
import { sealedAllegation } from '../../helpers/sealedRecord';

// Issue 6's delivery, main side, between two laptops (two data directories): invitation →
// enrolment → approval → the monitor exports a torture allegation with evidence to a USB folder →
// the coordinator imports it (strict order, enrolled signer) → a signed receipt goes back → the
// monitor's laptop marks the bundle delivered, logs the receipt in the custody log, and may purge
// the delivered original. A forged receipt changes nothing. Invented people and places only.

const RECORD = 'AllegationRecordAAAAAA';

function headOf(document: BundledRecord) {
  const { header } = document.revisions.at(-1) as BundledRecord['revisions'][number];
  return { seq: header.seq, contentHash: header.contentHash };
}

async function laptop() {
  const dataDir = temporaryDir('aigaq-delivery-');
  const { sodium, vault } = await testVault(dataDir);
  await vault.create(PASSPHRASE);
  const keys = () => vault.requireKeys();
  const store = createEvidenceStore({ sodium, dataDir, keys });
  return {
    sodium,
    dataDir,
    keys,
    store,
    ledger: createBundleLedger({ sodium, dataDir, keys }),
    organisation: createOrganisationService({ sodium, dataDir, keys }),
    signing: () => signingKeyFromSeed(sodium, keys().signingSeed),
  };
}

async function enrolled() {
  const coordinator = await laptop();
  const monitor = await laptop();
  await coordinator.organisation.createOrganisation('Invented Rights Bureau', 'coordinator', [], 'Coordinator Aigerim');
  const joined = await monitor.organisation.importInvitation(await coordinator.organisation.exportInvitation());
  expect(joined.fingerprint).toBe(await coordinator.organisation.invitationFingerprint());
  const enrolment = await coordinator.organisation.importEnrolment(await monitor.organisation.exportEnrolment('Monitor Taiga'));
  expect(enrolment.fingerprint).toBe(monitor.organisation.enrolmentFingerprint());
  await coordinator.organisation.approveMonitor(monitor.signing().publicKey);
  return { coordinator, monitor };
}

async function exportAllegation(monitor: Awaited<ReturnType<typeof laptop>>) {
  const photo = join(temporaryDir('aigaq-delivery-src-'), 'injuries.jpg');
  writeFileSync(photo, randomBytes(150_000));
  const item = await monitor.store.ingest(RECORD, await inspectSource(photo, monitor.store.folder));
  const exporter = createBundleExporter({ sodium: monitor.sodium, keys: monitor.keys, store: monitor.store, ledger: monitor.ledger, recipients: () => monitor.organisation.recipientsForExport(), app: 'test' });
  const document = sealedAllegation(monitor.sodium, monitor.keys().signingSeed, RECORD);
  const exported = await exporter.export({ records: [{ id: RECORD, document }], evidenceIds: [item.id], includeOriginals: true, folder: temporaryDir('aigaq-usb-') });
  return { item, exported, photo, document };
}

async function importAt(coordinator: Awaited<ReturnType<typeof laptop>>, path: string) {
  return readBundle({
    sodium: coordinator.sodium,
    path,
    identity: deriveBundleIdentity(coordinator.sodium, coordinator.keys().vmk),
    evidenceRecipient: deriveEvidenceIdentity(coordinator.sodium, coordinator.keys().vmk).publicKey,
    stagingDir: join(coordinator.store.folder),
    signerStatus: async (key) => {
      const found = await coordinator.organisation.enrolledMonitor(decodeKey(key));
      return found?.status === 'approved' ? 'enrolled' : found?.status === 'revoked' ? 'revoked' : 'unknown';
    },
  });
}

describe('a delivery from monitor to coordinator and back', () => {
  it('the coordinator adopts the evidence and returns the records; the same bundle again adds nothing twice', async () => {
    const { coordinator, monitor } = await enrolled();
    const { item, exported, document } = await exportAllegation(monitor);
    const importer = createBundleImporter({ sodium: coordinator.sodium, keys: coordinator.keys, store: coordinator.store, ledger: coordinator.ledger, organisation: coordinator.organisation });
    const first = await importer.import(exported.path);
    expect(first).toMatchObject({ continuity: 'first', monitorName: 'Monitor Taiga', evidenceAdded: [item.id], evidenceKnown: [] });
    expect(first.records).toEqual([{ id: RECORD, document }]);
    const adopted = await coordinator.store.summary(item.id);
    expect(adopted).toMatchObject({ sha256: item.sha256, name: 'injuries.jpg', fileState: 'present', received: { bundleId: exported.manifest.bundleId } });
    expect(await coordinator.store.verifyItem(item.id)).toMatchObject({ status: 'intact', custody: 'intact' });
    // The coordinator's copy is bound to its own file (its header digest), not to the monitor's.
    const copy = readFileSync(itemFile(coordinator.store.folder, item.id, 'content'));
    const copyDigest = createHash('sha256').update(copy.subarray(0, parseAgeHeader(copy)?.consumed ?? 0)).digest('hex');
    expect((await coordinator.store.get(item.id)).fileHeaderSha256).toBe(copyDigest);
    expect(copyDigest).not.toBe((await monitor.store.get(item.id)).fileHeaderSha256);
    // The manifest signs where the monitor's custody log stood; the coordinator's log starts from that head.
    const monitorLog = (await monitor.store.custodyOf(item.id)).entries;
    expect(exported.manifest.custody).toEqual([{ id: item.id, events: monitorLog.length - 1, head: monitorLog.at(-2)?.leaf }]);
    expect((await coordinator.store.custodyOf(item.id)).entries[0]?.event.detail).toMatchObject({ bundle: exported.manifest.bundleId, monitorHead: exported.manifest.custody[0]?.head });
    const again = await importer.import(exported.path);
    expect(again).toMatchObject({ continuity: 'duplicate', evidenceAdded: [], evidenceKnown: [item.id] });
    expect(again.records).toHaveLength(1);
    expect((await coordinator.store.list(RECORD)).map((entry) => entry.id)).toEqual([item.id]);
    expect(readdirSync(coordinator.store.folder).filter((name) => name.endsWith('.part'))).toEqual([]);
    const accepted = await acceptReceipt({ sodium: monitor.sodium, organisation: monitor.organisation, ledger: monitor.ledger, store: monitor.store, ownSigningKey: () => monitor.signing().publicKey }, first.receipt);
    expect(accepted.bundleId).toBe(exported.manifest.bundleId);
  });

  it('invitation, enrolment, export, strict import, receipt, delivered, purge, stub', async () => {
    const { coordinator, monitor } = await enrolled();
    const { item, exported, document } = await exportAllegation(monitor);
    expect(exported.manifest.recipients).toHaveLength(2); // the coordinator, and the monitor's own key for resending

    const verified = await importAt(coordinator, exported.path);
    expect(verified.documents.get(`records/${RECORD}.json`)?.toString()).toContain('Invented allegation');
    expect(await coordinator.ledger.continuity(verified.manifest, verified.bundleSha256)).toBe('first');
    await coordinator.ledger.recordReceived(verified.manifest, verified.bundleSha256, new Date().toISOString());
    const profile = await coordinator.organisation.read();
    const receipt = issueReceipt(coordinator.sodium, coordinator.signing(), { organisationId: profile?.organisationId ?? '', bundle: verified, receivedAt: new Date('2026-11-23T15:00:00Z') });

    const intake = { sodium: monitor.sodium, organisation: monitor.organisation, ledger: monitor.ledger, store: monitor.store, ownSigningKey: () => monitor.signing().publicKey };
    const accepted = await acceptReceipt(intake, receipt);
    expect(accepted).toMatchObject({ bundleId: exported.manifest.bundleId, evidenceIds: [item.id], recordIds: [RECORD] });
    expect((await monitor.store.custodyOf(item.id)).entries.map((entry) => entry.event.action)).toEqual(['ingest', 'export', 'receipt']);
    expect(await purgeDelivered(monitor.ledger, monitor.store, [item.id])).toEqual([item.id]);
    expect(await monitor.store.summary(item.id)).toMatchObject({ fileState: 'purged' });

    // The record as delivered may leave the laptop; a stub stays. Another revision may not.
    const head = headOf(document);
    expect(await monitor.ledger.deliveredHeads()).toEqual([{ recordId: RECORD, head, bundleId: exported.manifest.bundleId, bundleSeq: 1, deliveredAt: '2026-11-23T15:00:00.000Z' }]);
    const stub = { id: RECORD, type: 'TORTURE_ALLEGATION' as const, localRef: 'AL-2026-0001', head };
    const later = { ...stub, head: { seq: head.seq + 1, contentHash: head.contentHash } };
    const edited = { ...stub, head: { seq: head.seq, contentHash: 'e'.repeat(64) } };
    expect(await stubDeliveredRecords(monitor.ledger, [later, edited], new Date())).toEqual([]);
    expect(await monitor.ledger.stubs()).toEqual([]);
    expect(await stubDeliveredRecords(monitor.ledger, [stub], new Date('2026-11-24T09:00:00Z'))).toEqual([RECORD]);
    expect(await monitor.ledger.stubs()).toEqual([
      { recordId: RECORD, recordType: 'TORTURE_ALLEGATION', localRef: 'AL-2026-0001', head, bundleId: exported.manifest.bundleId, bundleSeq: 1, deliveredAt: '2026-11-23T15:00:00.000Z', removedAt: '2026-11-24T09:00:00.000Z' },
    ]);
  });

  it('a forged or foreign receipt marks nothing delivered and purges nothing', async () => {
    const { coordinator, monitor } = await enrolled();
    const { item, exported, document } = await exportAllegation(monitor);
    const verified = await importAt(coordinator, exported.path);
    const profile = await coordinator.organisation.read();
    const organisationId = profile?.organisationId ?? '';
    const intake = { sodium: monitor.sodium, organisation: monitor.organisation, ledger: monitor.ledger, store: monitor.store, ownSigningKey: () => monitor.signing().publicKey };

    const stranger = await laptop();
    const foreign = issueReceipt(stranger.sodium, stranger.signing(), { organisationId, bundle: verified, receivedAt: new Date() });
    await expect(acceptReceipt(intake, foreign)).rejects.toThrow('not signed by a coordinator of this organisation');
    const genuine = Buffer.from(issueReceipt(coordinator.sodium, coordinator.signing(), { organisationId, bundle: verified, receivedAt: new Date() }));
    const edited = Buffer.from(genuine.toString('utf8').replace(verified.bundleSha256, '0'.repeat(64)));
    await expect(acceptReceipt(intake, edited)).rejects.toMatchObject({ code: 'INTEGRITY' });
    const otherBundle = { ...verified, bundleSha256: '1'.repeat(64) };
    await expect(acceptReceipt(intake, issueReceipt(coordinator.sodium, coordinator.signing(), { organisationId, bundle: otherBundle, receivedAt: new Date() }))).rejects.toThrow('did not send');

    // Signed by the real coordinator, for the real bundle, but confirming other contents.
    const payload = JSON.parse(genuine.toString('utf8')).payload as BundleReceipt;
    const wrongItems = writeSignedFile(coordinator.sodium, coordinator.signing(), 'receipt', { ...payload, itemsSha256: 'f'.repeat(64) });
    await expect(acceptReceipt(intake, wrongItems)).rejects.toThrow('does not confirm what this bundle carried');

    expect(await purgeDelivered(monitor.ledger, monitor.store, [item.id])).toEqual([]);
    expect(await stubDeliveredRecords(monitor.ledger, [{ id: RECORD, type: 'TORTURE_ALLEGATION', localRef: 'AL-2026-0001', head: headOf(document) }], new Date())).toEqual([]);
    expect((await monitor.ledger.sent())[0]?.deliveries).toEqual([]);
    expect(await monitor.store.verifyItem(item.id)).toMatchObject({ status: 'intact' });
    expect((await monitor.store.custodyOf(item.id)).entries.map((entry) => entry.event.action)).toEqual(['ingest', 'export']);
    expect(readFileSync(join(monitor.store.folder, `${item.id}.age`)).length).toBeGreaterThan(150_000);
  });

  it('an import from a monitor who was never approved, or was revoked, is refused before any item is read', async () => {
    const { coordinator, monitor } = await enrolled();
    const { exported } = await exportAllegation(monitor);
    await coordinator.organisation.revokeMonitor(monitor.signing().publicKey, 'laptop reported seized');
    await expect(importAt(coordinator, exported.path)).rejects.toMatchObject({ reason: 'REVOKED_SIGNER' });
    const newcomer = await laptop();
    await newcomer.organisation.importInvitation(await coordinator.organisation.exportInvitation());
    await coordinator.organisation.importEnrolment(await newcomer.organisation.exportEnrolment('Not yet approved'));
    const pending = await exportAllegation(newcomer);
    await expect(importAt(coordinator, pending.exported.path)).rejects.toMatchObject({ reason: 'UNKNOWN_SIGNER' });
  });

  it('a custody log that does not end at its signed checkpoint, has none, or is not the monitor’s whole signed chain is refused, and nothing is merged', async () => {
    const { coordinator, monitor } = await enrolled();
    const { item, exported } = await exportAllegation(monitor);
    const entries = (await monitor.store.custodyOf(item.id)).entries;
    const bytes = Buffer.from(canonicalJson(entries));
    const log = { kind: 'custody' as const, id: item.id, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), open: () => [bytes] };
    const head = entries.at(-1)?.leaf ?? '';
    const importer = createBundleImporter({ sodium: coordinator.sodium, keys: coordinator.keys, store: coordinator.store, ledger: coordinator.ledger, organisation: coordinator.organisation });
    const cases = {
      'an earlier head': [{ id: item.id, events: entries.length - 1, head: entries.at(-2)?.leaf ?? '' }],
      'another count': [{ id: item.id, events: entries.length + 1, head }],
      'no checkpoint': [],
      'a checkpoint too many': [{ id: item.id, events: entries.length, head }, { id: 'OtherEvidenceAAAAAAAAA', events: 1, head }],
    };
    for (const [name, custody] of Object.entries(cases)) {
      const outPath = join(temporaryDir('aigaq-usb-'), `${name}.aqb`);
      await writeBundle({ sodium: monitor.sodium, signing: monitor.signing(), recipients: await monitor.organisation.recipientsForExport(), seq: 1, prevBundleSha256: null, items: [log], custody, outPath, app: 'test' });
      await expect(importer.import(outPath)).rejects.toMatchObject({ reason: 'ITEM_MISMATCH' });
    }
    expect(readdirSync(coordinator.store.folder).filter((name) => !name.startsWith('.'))).toEqual([]);
    // Logs that end at their checkpoint but are not the monitor's whole signed chain.
    const stranger = await laptop();
    const strangerPhoto = join(temporaryDir('aigaq-delivery-src-'), 'other.jpg');
    writeFileSync(strangerPhoto, randomBytes(1000));
    const strangerItem = await stranger.store.ingest(RECORD, await inspectSource(strangerPhoto, stranger.store.folder));
    const [first, ...rest] = entries as [CustodyEntry, ...CustodyEntry[]];
    const edited = { ...first, event: { ...first.event, detail: { ...first.event.detail, size: 1 } } };
    const forged: Record<string, [CustodyEntry[], string]> = {
      'an edited event': [[edited, ...rest], 'TAMPERED'],
      'an edited event with its leaf recomputed': [[{ ...edited, leaf: custodyLeafHex(edited.event) }, ...rest], 'BAD_SIGNATURE'],
      'the first event dropped': [rest, 'BROKEN_CHAIN'],
      'another vault’s log': [(await stranger.store.custodyOf(strangerItem.id)).entries, 'BAD_SIGNATURE'],
    };
    for (const [name, [forgedEntries, problem]] of Object.entries(forged)) {
      const forgedBytes = Buffer.from(canonicalJson(forgedEntries));
      const forgedLog = { ...log, size: forgedBytes.length, sha256: createHash('sha256').update(forgedBytes).digest('hex'), open: () => [forgedBytes] };
      const outPath = join(temporaryDir('aigaq-usb-'), `${name}.aqb`);
      const custody = [{ id: item.id, events: forgedEntries.length, head: forgedEntries.at(-1)?.leaf ?? '' }];
      await writeBundle({ sodium: monitor.sodium, signing: monitor.signing(), recipients: await monitor.organisation.recipientsForExport(), seq: 1, prevBundleSha256: null, items: [forgedLog], custody, outPath, app: 'test' });
      await expect(importer.import(outPath)).rejects.toThrow(`custody log ${item.id} does not verify (${problem})`);
    }
    expect(readdirSync(coordinator.store.folder).filter((name) => !name.startsWith('.'))).toEqual([]);
    // Nothing of the refused bundles was counted, and the genuine bundle's checkpoints pass.
    expect(await importer.import(exported.path)).toMatchObject({ continuity: 'first', evidenceAdded: [item.id] });
  });

  it('a record not wholly sealed by the sender is refused with its own reason, and nothing is merged', async () => {
    const { coordinator, monitor } = await enrolled();
    const stranger = await laptop();
    const genuine = sealedAllegation(monitor.sodium, monitor.keys().signingSeed, RECORD, ['First', 'Second']);
    const lastRevision = genuine.revisions[1];
    if (lastRevision === undefined) {
      throw new Error('two revisions expected');
    }
    const cases = {
      foreign: sealedAllegation(stranger.sodium, stranger.keys().signingSeed, RECORD),
      edited: { ...genuine, revisions: [genuine.revisions[0], { ...lastRevision, content: { ...lastRevision.content, values: { ...lastRevision.content.values, title: 'Edited after sealing' } } }] },
      dropped: { ...genuine, revisions: [lastRevision] },
      unsealed: { record: { title: 'Never finalised' }, revisions: [] },
    };
    // The monitor's own exporter will not send any of them…
    const exporter = createBundleExporter({ sodium: monitor.sodium, keys: monitor.keys, store: monitor.store, ledger: monitor.ledger, recipients: () => monitor.organisation.recipientsForExport(), app: 'test' });
    await expect(exporter.export({ records: [{ id: RECORD, document: cases.foreign }], evidenceIds: [], includeOriginals: false, folder: temporaryDir('aigaq-usb-') })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    // …and a bundle written around the exporter, signed by the enrolled monitor, is refused whole.
    const importer = createBundleImporter({ sodium: coordinator.sodium, keys: coordinator.keys, store: coordinator.store, ledger: coordinator.ledger, organisation: coordinator.organisation });
    for (const [name, document] of Object.entries(cases)) {
      const bytes = Buffer.from(canonicalJson(document));
      const outPath = join(temporaryDir('aigaq-usb-'), `${name}.aqb`);
      const item = { kind: 'record' as const, id: RECORD, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), open: () => Readable.from([bytes]) };
      await writeBundle({ sodium: monitor.sodium, signing: monitor.signing(), recipients: await monitor.organisation.recipientsForExport(), seq: 1, prevBundleSha256: null, items: [item], custody: [], outPath, app: 'test' });
      await expect(importer.import(outPath)).rejects.toMatchObject({ reason: 'RECORD_NOT_SEALED' });
    }
    expect(readdirSync(coordinator.store.folder).filter((name) => !name.startsWith('.'))).toEqual([]);
    const fresh = await exportAllegation(monitor);
    // Nothing of the refused bundles was counted: the genuine one is still the first of the sequence.
    expect(await importer.import(fresh.exported.path)).toMatchObject({ continuity: 'first', evidenceAdded: [fresh.item.id] });
  });
});
