import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { deriveEvidenceIdentity, formatAgeRecipient } from '../../main/evidence/ageIdentity';
import { loadSodium } from '../../main/vault/sodium';
import { temporaryDir } from '../helpers/testVault';
import { sample, startClean, warm, type Sample } from './samples';

// Issue 5: ingesting a 1 GiB file beside `cp` and `age -r` of the same file, in the same run, on the
// same disk, alternating, best and median of the runs (samples.ts). The ingest runs in a fresh process (ingestOnce.ts)
// so its peak RSS is its own. Ours does more than either reference: SHA-256 in the same pass, an
// fsync before the rename, sealed metadata and a signed custody event.

const ROOT = resolve(__dirname, '../..');

async function bundleIngestOnce(folder: string): Promise<string> {
  const outfile = join(folder, 'ingestOnce.js');
  await build({ entryPoints: [join(__dirname, 'ingestOnce.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning' });
  return outfile;
}

export type IngestBench = {
  readonly bytes: number;
  readonly cp: Sample;
  readonly age: Sample;
  readonly ingest: Sample;
  readonly maxRssMiB: number;
  readonly baseRssMiB: number;
  /** SHA-256 alone of the same file, read from the page cache, on one core (it cannot be split). */
  readonly sha256Floor: number;
  /** ChaCha20-Poly1305 alone over the same bytes in 64 KiB chunks, on one core, output discarded. */
  readonly cipherFloor: number;
};

// The floors run in a fresh plain-node process, reading the file in 1 MiB pieces as the ingest does.
const FLOOR_SCRIPT = `
const { createHash, createCipheriv, randomBytes } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const [file, what] = process.argv.slice(1);
const piece = Buffer.allocUnsafe(1024 * 1024);
const fd = openSync(file, 'r');
const start = performance.now();
const hash = createHash('sha256');
const key = randomBytes(32);
for (let read; (read = readSync(fd, piece)) > 0; ) {
  for (let at = 0; what === 'cipher' && at < read; at += 65536) {
    const cipher = createCipheriv('chacha20-poly1305', key, Buffer.alloc(12), { authTagLength: 16 });
    cipher.update(piece.subarray(at, Math.min(read, at + 65536)));
    cipher.final();
  }
  if (what === 'sha256') hash.update(piece.subarray(0, read));
}
closeSync(fd);
process.stdout.write(String((performance.now() - start) / 1000));
`;

function floorSeconds(source: string, what: 'sha256' | 'cipher'): number {
  return Number(execFileSync(process.execPath, ['-e', FLOOR_SCRIPT, source, what], { encoding: 'utf8' }));
}

/** Times a reference command from a settled disk and page cache with `input` read once (samples.ts, startClean). */
function timedCommand(input: string, command: string, args: string[]): number {
  startClean(input);
  const start = performance.now();
  execFileSync(command, args, { stdio: 'ignore' });
  return (performance.now() - start) / 1000;
}

function writeRandomFile(path: string, bytes: number): void {
  const handle = openSync(path, 'w');
  for (let written = 0; written < bytes; written += 64 * 1024 * 1024) {
    writeSync(handle, randomBytes(Math.min(64 * 1024 * 1024, bytes - written)));
  }
  closeSync(handle);
}

export async function measureEvidenceIngest(options: { bytes: number; runs: number }): Promise<IngestBench> {
  const folder = temporaryDir('aigaq-bench-ingest-');
  const source = join(folder, 'source.bin');
  writeRandomFile(source, options.bytes);
  const script = await bundleIngestOnce(folder);
  const sodium = await loadSodium();
  const recipient = formatAgeRecipient(deriveEvidenceIdentity(sodium, randomBytes(32)).publicKey);
  const cp: number[] = [];
  const age: number[] = [];
  const ingest: number[] = [];
  const sha256Floor: number[] = [];
  const cipherFloor: number[] = [];
  let maxRssMiB = 0;
  let baseRssMiB = 0;
  try {
    for (let run = 0; run < options.runs; run += 1) {
      cp.push(timedCommand(source, 'cp', [source, join(folder, 'copy.bin')]));
      rmSync(join(folder, 'copy.bin'));
      age.push(timedCommand(source, 'age', ['-r', recipient, '-o', join(folder, 'copy.age'), source]));
      rmSync(join(folder, 'copy.age'));
      warm(source);
      sha256Floor.push(floorSeconds(source, 'sha256'));
      cipherFloor.push(floorSeconds(source, 'cipher'));
      const dataDir = join(folder, `vault-${run}`);
      mkdirSync(dataDir);
      startClean(source);
      const output = execFileSync(process.execPath, [script, dataDir, source], { cwd: ROOT, encoding: 'utf8' });
      const result = JSON.parse(output.trim()) as { seconds: number; maxRssMiB: number; baseRssMiB: number };
      ingest.push(result.seconds);
      maxRssMiB = Math.max(maxRssMiB, result.maxRssMiB);
      baseRssMiB = Math.max(baseRssMiB, result.baseRssMiB);
      rmSync(dataDir, { recursive: true, force: true });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return { bytes: options.bytes, cp: sample(cp), age: sample(age), ingest: sample(ingest), maxRssMiB, baseRssMiB, sha256Floor: sample(sha256Floor).best, cipherFloor: sample(cipherFloor).best };
}
