import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createEvidenceStore } from '../../../main/evidence/evidenceStore';
import { inspectSource } from '../../../main/evidence/sourceFile';
import { PASSPHRASE, testVault } from '../../helpers/testVault';

// A separate process that ingests every file of a folder into a vault, printing one line per
// committed item. crashIngest.test.ts kills it with SIGKILL at random moments and checks the vault.
// Usage: tsx crashIngestWorker.ts <dataDir> <sourcesDir> <recordId>

async function main(): Promise<void> {
  const [dataDir, sourcesDir, recordId] = process.argv.slice(2) as [string, string, string];
  const { sodium, vault } = await testVault(dataDir);
  if ((await vault.state()) === 'absent') {
    await vault.create(PASSPHRASE);
  } else {
    await vault.unlock({ method: 'passphrase', secret: PASSPHRASE });
  }
  const store = createEvidenceStore({ sodium, dataDir, keys: () => vault.requireKeys() });
  await store.cleanUpAfterCrash();
  const done = new Set((await store.list(recordId)).map((item) => item.name));
  process.stdout.write('ready\n');
  for (const name of readdirSync(sourcesDir).sort()) {
    if (!done.has(name)) {
      const item = await store.ingest(recordId, await inspectSource(join(sourcesDir, name), store.folder));
      process.stdout.write(`committed ${item.name} ${item.id}\n`);
    }
  }
  process.stdout.write('finished\n');
}

void main().catch((error: unknown) => {
  process.stderr.write(`worker failed: ${String(error)}\n`);
  process.exit(2);
});
