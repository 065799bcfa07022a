import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createBundleExporter } from '../../main/bundles/bundleExport';
import { createBundleImporter } from '../../main/bundles/bundleImport';
import { createBundleLedger } from '../../main/bundles/bundleLedger';
import { formatAgeRecipient, formatAgeSecretKey } from '../../main/evidence/ageIdentity';
import { deriveBundleIdentity } from '../../main/bundles/bundleIdentity';
import { createEvidenceStore } from '../../main/evidence/evidenceStore';
import { inspectSource } from '../../main/evidence/sourceFile';
import { createOrganisationService } from '../../main/organisation/organisationService';
import { signingKeyFromSeed } from '../../main/revisions/revisionChain';
import { sealedAllegation } from '../helpers/sealedRecord';
import { PASSPHRASE, temporaryDir, testVault } from '../helpers/testVault';
import { startClean } from './samples';

// Issue 6: export and import of 1,000 records and 1 GiB of evidence, beside `cp` of the same data
// and `tar | age -r` / `age -d | tar -x` of the same data, in the same run, each from the same
// settled state with its inputs read once just before (samples.ts, startClean).

export type BundleBench = { readonly records: number; readonly evidenceBytes: number; readonly cp: number; readonly ageTar: number; readonly export: number; readonly ageUntar: number; readonly import: number };

/** Times `run` from a settled disk and page cache (samples.ts, startClean) with its inputs read once. */
async function timed(inputs: readonly string[], run: () => unknown): Promise<number> {
  startClean(...inputs);
  const start = performance.now();
  await run();
  return (performance.now() - start) / 1000;
}

function writeRandomFile(path: string, bytes: number): void {
  const handle = openSync(path, 'w');
  for (let written = 0; written < bytes; written += 64 * 1024 * 1024) {
    writeSync(handle, randomBytes(Math.min(64 * 1024 * 1024, bytes - written)));
  }
  closeSync(handle);
}

async function laptop(dataDir: string) {
  mkdirSync(dataDir, { recursive: true });
  const { sodium, vault } = await testVault(dataDir);
  await vault.create(PASSPHRASE);
  const keys = () => vault.requireKeys();
  const store = createEvidenceStore({ sodium, dataDir, keys });
  return { sodium, keys, store, ledger: createBundleLedger({ sodium, dataDir, keys }), organisation: createOrganisationService({ sodium, dataDir, keys }) };
}

export async function measureBundles(options: { records: number; evidenceBytes: number }): Promise<BundleBench> {
  const work = temporaryDir('aigaq-bench-bundles-');
  try {
    const monitor = await laptop(join(work, 'monitor'));
    const coordinator = await laptop(join(work, 'coordinator'));
    await coordinator.organisation.createOrganisation('Bench Bureau', 'coordinator', []);
    await monitor.organisation.importInvitation(await coordinator.organisation.exportInvitation());
    await coordinator.organisation.importEnrolment(await monitor.organisation.exportEnrolment('Bench monitor'));
    await coordinator.organisation.approveMonitor(signingKeyFromSeed(monitor.sodium, monitor.keys().signingSeed).publicKey);

    // The same data as plain files, for the references.
    const plain = join(work, 'plain');
    mkdirSync(join(plain, 'records'), { recursive: true });
    // Sealed allegations, as the monitor's app sends them: each one's chain is verified on import.
    const records = Array.from({ length: options.records }, (_, index) => {
      const id = `BenchRecord${String(index).padStart(11, '0')}`;
      return { id, document: sealedAllegation(monitor.sodium, monitor.keys().signingSeed, id, [`Invented record ${index}`]) };
    });
    records.forEach((record) => writeFileSync(join(plain, 'records', `${record.id}.json`), JSON.stringify(record.document)));
    writeRandomFile(join(plain, 'video.bin'), options.evidenceBytes);
    const item = await monitor.store.ingest('BenchRecord00000000000', await inspectSource(join(plain, 'video.bin'), monitor.store.folder));

    const usb = join(work, 'usb');
    mkdirSync(usb);
    const coordinatorKey = deriveBundleIdentity(coordinator.sodium, coordinator.keys().vmk);
    const cp = await timed([plain], () => execFileSync('cp', ['-r', plain, join(usb, 'copy')]));
    rmSync(join(usb, 'copy'), { recursive: true });
    const ageTar = await timed([plain], () => execFileSync('sh', ['-c', 'tar -c -C "$1" . | age -r "$2" > "$3"', 'sh', plain, formatAgeRecipient(coordinatorKey.publicKey), join(usb, 'ref.age')]));
    writeFileSync(join(work, 'key.txt'), `${formatAgeSecretKey(coordinatorKey.secretKey)}\n`, { mode: 0o600 });
    mkdirSync(join(work, 'untar'));
    const ageUntar = await timed([join(usb, 'ref.age')], () => execFileSync('sh', ['-c', 'age -d -i "$1" "$2" | tar -x -C "$3"', 'sh', join(work, 'key.txt'), join(usb, 'ref.age'), join(work, 'untar')]));

    const exporter = createBundleExporter({ sodium: monitor.sodium, keys: monitor.keys, store: monitor.store, ledger: monitor.ledger, recipients: () => monitor.organisation.recipientsForExport(), app: 'bench' });
    let bundlePath = '';
    const exportSeconds = await timed([monitor.store.folder], async () => {
      bundlePath = (await exporter.export({ records, evidenceIds: [item.id], includeOriginals: true, folder: usb })).path;
    });
    const importer = createBundleImporter({ sodium: coordinator.sodium, keys: coordinator.keys, store: coordinator.store, ledger: coordinator.ledger, organisation: coordinator.organisation });
    const importSeconds = await timed([bundlePath], () => importer.import(bundlePath));
    return { records: options.records, evidenceBytes: options.evidenceBytes, cp, ageTar, export: exportSeconds, ageUntar, import: importSeconds };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
