import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createEvidenceStore } from '../../main/evidence/evidenceStore';
import { inspectSource } from '../../main/evidence/sourceFile';
import { createVaultKeys } from '../../main/vault/keyHierarchy';
import { KDF_FLOOR } from '../../main/vault/kdfParams';
import { loadSodium, type Sodium } from '../../main/vault/sodium';

// One evidence ingest in a fresh process, so its peak RSS is the ingest's own plus Node's and
// libsodium's base. Bundled by esbuild and run by plain node (evidenceIngestBench.ts), as main is
// in the app: a TypeScript loader would add its own memory. The vault keys are made directly,
// with a stand-in for Argon2id and no passphrase-strength dictionaries: both would leave memory
// behind that has nothing to do with an ingest (the app pays for them once, at unlock).
// Prints {"seconds":…, "maxRssMiB":…, "baseRssMiB":…}. Usage: node ingestOnce.js <dataDir> <file>

/**
 * The peak RSS of this process's own memory (VmHWM). Not getrusage's maxrss: Linux carries that
 * high-water mark across fork and exec, so a child of a big parent reports the parent's size.
 */
function peakRssMiB(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match?.[1] !== undefined) {
      return Number(match[1]) / 1024;
    }
  } catch {
    // not Linux: fall back below
  }
  return process.resourceUsage().maxRSS / 1024;
}

function fastKdf(sodium: Sodium, secret: Uint8Array, salt: Uint8Array): Uint8Array {
  return sodium.crypto_generichash(32, secret, salt);
}

async function main(): Promise<void> {
  const [dataDir, file] = process.argv.slice(2) as [string, string];
  const sodium = await loadSodium();
  const kdf = (secret: Uint8Array, salt: Uint8Array) => fastKdf(sodium, secret, salt);
  const { keys } = createVaultKeys({ sodium, kdf }, 'bench passphrase, never used to protect anything', KDF_FLOOR, randomBytes(32));
  const store = createEvidenceStore({ sodium, dataDir, keys: () => keys });
  const source = await inspectSource(file, store.folder);
  const baseRssMiB = peakRssMiB();
  const start = performance.now();
  await store.ingest('BenchRecordAAAAAAAAAAA', source);
  const seconds = (performance.now() - start) / 1000;
  process.stdout.write(`${JSON.stringify({ seconds, maxRssMiB: peakRssMiB(), baseRssMiB })}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
