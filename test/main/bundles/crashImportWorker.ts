import { createBundleImporter } from '../../../main/bundles/bundleImport';
import { createBundleLedger } from '../../../main/bundles/bundleLedger';
import { createEvidenceStore } from '../../../main/evidence/evidenceStore';
import { createOrganisationService } from '../../../main/organisation/organisationService';
import { PASSPHRASE, testVault } from '../../helpers/testVault';

// A coordinator's vault importing one bundle in a process of its own, so crashImport.test.ts can
// kill it with SIGKILL at any moment. Usage: <dataDir> <bundlePath>

async function main(): Promise<void> {
  const [dataDir, bundlePath] = process.argv.slice(2) as [string, string];
  const { sodium, vault } = await testVault(dataDir);
  await vault.unlock({ method: 'passphrase', secret: PASSPHRASE });
  const keys = () => vault.requireKeys();
  const store = createEvidenceStore({ sodium, dataDir, keys });
  await store.cleanUpAfterCrash();
  const importer = createBundleImporter({ sodium, keys, store, ledger: createBundleLedger({ sodium, dataDir, keys }), organisation: createOrganisationService({ sodium, dataDir, keys }) });
  process.stdout.write('ready\n');
  const result = await importer.import(bundlePath);
  process.stdout.write(`imported ${result.continuity} ${result.evidenceAdded.length + result.evidenceKnown.length}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`worker failed: ${String(error)}\n`);
  process.exit(2);
});
