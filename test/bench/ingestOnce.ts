import { createEvidenceStore } from '../../main/evidence/evidenceStore';
import { inspectSource } from '../../main/evidence/sourceFile';
import { createVaultService } from '../../main/vault/vaultService';
import { runCryptoSelfTest } from '../../main/vault/selfTest';
import { loadSodium, type Sodium } from '../../main/vault/sodium';
import { KDF_FLOOR } from '../../main/vault/kdfParams';
import { PASSPHRASE } from '../helpers/testVault';

// One evidence ingest in a fresh process, so its peak RSS is the ingest's own (plus Node's base).
// Prints {"seconds":…, "maxRssMiB":…, "baseRssMiB":…}. Usage: node --import tsx ingestOnce.ts <dataDir> <file>

function fastKdf(sodium: Sodium, secret: Uint8Array, salt: Uint8Array): Uint8Array {
  return sodium.crypto_generichash(32, secret, salt);
}

async function main(): Promise<void> {
  const [dataDir, file] = process.argv.slice(2) as [string, string];
  const sodium = await loadSodium();
  // A stand-in for Argon2id: its 64+ MiB WebAssembly heap never shrinks and would hide the
  // ingest's own memory in the figure. The ingest itself does not touch the KDF.
  const kdf = (secret: Uint8Array, salt: Uint8Array) => fastKdf(sodium, secret, salt);
  const vault = createVaultService({ dataDir, sodium, kdf, kdfParams: KDF_FLOOR, selfTest: runCryptoSelfTest(sodium) });
  await vault.create(PASSPHRASE);
  const store = createEvidenceStore({ sodium, dataDir, keys: () => vault.requireKeys() });
  const source = await inspectSource(file, store.folder);
  const baseRssMiB = process.resourceUsage().maxRSS / 1024;
  const start = performance.now();
  await store.ingest('BenchRecordAAAAAAAAAAA', source);
  const seconds = (performance.now() - start) / 1000;
  process.stdout.write(`${JSON.stringify({ seconds, maxRssMiB: process.resourceUsage().maxRSS / 1024, baseRssMiB })}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
