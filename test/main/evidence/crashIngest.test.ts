import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEvidenceStore } from '../../../main/evidence/evidenceStore';
import { PASSPHRASE, temporaryDir, testVault } from '../../helpers/testVault';

// Issue 5's crash test: a process ingesting 50 files is killed (SIGKILL, no chance to clean up) at
// random moments, again and again, until it gets through. After every kill: no visible item is
// corrupt, every item the worker reported as committed is there and intact, and after the next
// unlock not one leftover file remains.

const ROOT = resolve(__dirname, '../../..');
const WORKER = join(__dirname, 'crashIngestWorker.ts');
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const RECORD = 'CrashRecordAAAAAAAAAAA';
const FILES = 50;

/** Deterministic pseudo-random numbers, so a failing run can be repeated. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function makeSources(folder: string, random: () => number): Map<string, string> {
  const hashes = new Map<string, string>();
  for (let index = 0; index < FILES; index += 1) {
    const size = index % 10 === 0 ? 65_536 * (index / 10) : Math.floor(random() * 2 * 1024 * 1024);
    const bytes = randomBytes(size);
    const name = `file-${String(index).padStart(2, '0')}.bin`;
    writeFileSync(join(folder, name), bytes);
    hashes.set(name, createHash('sha256').update(bytes).digest('hex'));
  }
  return hashes;
}

type Run = { readonly committed: string[]; readonly finished: boolean; readonly killed: boolean };

/** Kill `delayMs` after the worker has committed `commits` items: tied to progress, not to the machine's speed. */
type KillPoint = { readonly commits: number; readonly delayMs: number };

function runWorker(dataDir: string, sources: string, kill: KillPoint): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    // One process (tsx as a loader, not its CLI, which would run the worker in a grandchild that SIGKILL misses).
    const child = spawn(process.execPath, ['--import', TSX_LOADER, WORKER, dataDir, sources, RECORD], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const committed: string[] = [];
    let finished = false;
    let stderr = '';
    let buffered = '';
    const scheduleKill = () =>
      setTimeout(() => {
        child.kill('SIGKILL');
      }, kill.delayMs);
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    child.stdout.on('data', (data: Buffer) => {
      buffered += data.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready' && kill.commits === 0) {
          scheduleKill();
        } else if (line.startsWith('committed ')) {
          committed.push(line.split(' ')[1] ?? '');
          if (committed.length === kill.commits) {
            scheduleKill();
          }
        } else if (line === 'finished') {
          finished = true;
        }
      }
    });
    child.on('exit', (code, signal) => {
      if (code !== 0 && signal !== 'SIGKILL') {
        reject(new Error(`worker exited with ${String(code)}: ${stderr}`));
      } else {
        resolvePromise({ committed, finished, killed: signal === 'SIGKILL' });
      }
    });
  });
}

async function openVault(dataDir: string) {
  const { sodium, vault } = await testVault(dataDir);
  await vault.unlock({ method: 'passphrase', secret: PASSPHRASE });
  return createEvidenceStore({ sodium, dataDir, keys: () => vault.requireKeys() });
}

describe('ingest survives being killed at random points', () => {
  it('50 ingests under repeated SIGKILL: no corrupt visible item, no leftovers after unlock, every committed item intact', async () => {
    const random = prng(20261123);
    const dataDir = temporaryDir('aigaq-crash-');
    const sources = join(temporaryDir('aigaq-crash-sources-'), 'files');
    mkdirSync(sources);
    const hashes = makeSources(sources, random);
    const everCommitted = new Set<string>();
    let kills = 0;
    const committedPerRun: number[] = [];
    for (let round = 0; round < 200; round += 1) {
      const run = await runWorker(dataDir, sources, { commits: Math.floor(random() * 5), delayMs: Math.floor(random() * 25) });
      run.committed.forEach((name) => everCommitted.add(name));
      kills += run.killed && !run.finished ? 1 : 0;
      committedPerRun.push(run.committed.length);
      const store = await openVault(dataDir);
      // Before cleanup: whatever is visible is whole and matches its source.
      for (const item of await store.list(RECORD)) {
        expect(await store.verifyItem(item.id)).toMatchObject({ status: 'intact', custody: 'intact' });
        expect(item.sha256).toBe(hashes.get(item.name));
      }
      await store.cleanUpAfterCrash();
      const visible = await store.list(RECORD);
      expect(visible.map((item) => item.name).sort()).toEqual(expect.arrayContaining([...everCommitted]));
      expect(readdirSync(store.folder).filter((name) => !/^[A-Za-z0-9_-]{22}\.(age|meta|custody)$/.test(name))).toEqual([]);
      expect(readdirSync(store.folder).length).toBe(visible.length * 3);
      if (run.finished) {
        break;
      }
    }
    const store = await openVault(dataDir);
    const final = await store.list(RECORD);
    expect(final.map((item) => item.name).sort()).toEqual([...hashes.keys()].sort());
    expect(final.every((item) => item.sha256 === hashes.get(item.name))).toBe(true);
    process.stdout.write(`crash test: ${kills} kills, committed per run ${committedPerRun.join(' ')}\n`);
    expect(kills).toBeGreaterThanOrEqual(10);
    expect(readFileSync(join(store.folder, `${final[0]?.id ?? ''}.age`)).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
  }, 300_000);
});
