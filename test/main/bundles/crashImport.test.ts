import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createBundleExporter } from '../../../main/bundles/bundleExport';
import { createBundleLedger } from '../../../main/bundles/bundleLedger';
import { createEvidenceStore } from '../../../main/evidence/evidenceStore';
import { inspectSource } from '../../../main/evidence/sourceFile';
import { createOrganisationService } from '../../../main/organisation/organisationService';
import { signingKeyFromSeed } from '../../../main/revisions/revisionChain';
import { sealedAllegation } from '../../helpers/sealedRecord';
import { PASSPHRASE, temporaryDir, testVault } from '../../helpers/testVault';

// Issue 6: kill the coordinator's import (SIGKILL) twenty times at random moments. After every
// kill, and the next unlock's cleanup, the vault is consistent — every visible item verifies and
// is one the bundle carried, no unfinished file is left — and in the end the bundle imports.

const ROOT = resolve(__dirname, '../../..');
const LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const WORKER = join(__dirname, 'crashImportWorker.ts');
const RECORD = 'CrashImportRecordAAAAA';
const KILLS = 20;

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function vault(dataDir: string) {
  const { sodium, vault: service } = await testVault(dataDir);
  if ((await service.state()) === 'absent') {
    await service.create(PASSPHRASE);
  } else {
    await service.unlock({ method: 'passphrase', secret: PASSPHRASE });
  }
  const keys = () => service.requireKeys();
  return { sodium, keys, store: createEvidenceStore({ sodium, dataDir, keys }), ledger: createBundleLedger({ sodium, dataDir, keys }), organisation: createOrganisationService({ sodium, dataDir, keys }) };
}

/** A coordinator with an approved monitor, and a bundle from that monitor with eight files. */
async function setUp() {
  const coordinatorDir = temporaryDir('aigaq-crash-coordinator-');
  const coordinator = await vault(coordinatorDir);
  const monitor = await vault(temporaryDir('aigaq-crash-monitor-'));
  await coordinator.organisation.createOrganisation('Invented Rights Bureau', 'coordinator', []);
  await monitor.organisation.importInvitation(await coordinator.organisation.exportInvitation());
  await coordinator.organisation.importEnrolment(await monitor.organisation.exportEnrolment('Monitor Taiga'));
  await coordinator.organisation.approveMonitor(signingKeyFromSeed(monitor.sodium, monitor.keys().signingSeed).publicKey);
  const sources = temporaryDir('aigaq-crash-src-');
  const ids: string[] = [];
  const hashes = new Set<string>();
  for (let index = 0; index < 8; index += 1) {
    const path = join(sources, `file-${index}.bin`);
    writeFileSync(path, randomBytes(1024 * 1024 + index * 7777));
    const item = await monitor.store.ingest(RECORD, await inspectSource(path, monitor.store.folder));
    ids.push(item.id);
    hashes.add(item.sha256);
  }
  const exporter = createBundleExporter({ sodium: monitor.sodium, keys: monitor.keys, store: monitor.store, ledger: monitor.ledger, recipients: () => monitor.organisation.recipientsForExport(), app: 'test' });
  const exported = await exporter.export({ records: [{ id: RECORD, document: sealedAllegation(monitor.sodium, monitor.keys().signingSeed, RECORD) }], evidenceIds: ids, includeOriginals: true, folder: temporaryDir('aigaq-crash-usb-') });
  return { coordinatorDir, bundle: exported.path, hashes };
}

type Run = { readonly output: string; readonly killed: boolean; readonly importMs: number };

function runWorker(dataDir: string, bundle: string, killAfterMs: number | null): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', LOADER, WORKER, dataDir, bundle], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stderr = '';
    let readyAt = 0;
    let importMs = 0;
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    child.stdout.on('data', (data: Buffer) => {
      output += data.toString();
      if (readyAt === 0 && output.includes('ready\n')) {
        readyAt = performance.now();
        if (killAfterMs !== null) {
          setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        }
      }
      if (output.includes('imported ')) {
        importMs = performance.now() - readyAt;
      }
    });
    child.on('exit', (code, signal) => (code !== 0 && signal !== 'SIGKILL' ? reject(new Error(`worker exited ${String(code)}: ${stderr}`)) : resolvePromise({ output, killed: signal === 'SIGKILL', importMs })));
  });
}

async function expectConsistent(dataDir: string, hashes: Set<string>): Promise<number> {
  const coordinator = await vault(dataDir);
  await coordinator.store.cleanUpAfterCrash();
  const items = await coordinator.store.list(RECORD);
  for (const item of items) {
    expect(hashes.has(item.sha256)).toBe(true);
    expect(await coordinator.store.verifyItem(item.id)).toMatchObject({ status: 'intact', custody: 'intact' });
  }
  expect(readdirSync(coordinator.store.folder).filter((name) => !/^[A-Za-z0-9_-]{22}\.(age|meta|custody)$/.test(name))).toEqual([]);
  expect(readdirSync(coordinator.store.folder)).toHaveLength(items.length * 3);
  return items.length;
}

describe('import survives being killed', () => {
  it(`${KILLS} kills at random points leave the coordinator's vault consistent, and the bundle then imports`, async () => {
    const { coordinatorDir, bundle, hashes } = await setUp();
    // How long one import takes here, measured on a copy of the vault, so the kills spread over it.
    const scratch = join(temporaryDir('aigaq-crash-scratch-'), 'vault');
    cpSync(coordinatorDir, scratch, { recursive: true });
    const timing = await runWorker(scratch, bundle, null);
    expect(timing.output).toContain('imported first 8');
    const random = prng(20261123);
    let kills = 0;
    for (let round = 0; round < KILLS; round += 1) {
      const run = await runWorker(coordinatorDir, bundle, Math.floor(random() * timing.importMs * 1.1));
      kills += run.killed ? 1 : 0;
      await expectConsistent(coordinatorDir, hashes);
    }
    const last = await runWorker(coordinatorDir, bundle, null);
    expect(last.output).toMatch(/imported (first|duplicate) 8/);
    expect(await expectConsistent(coordinatorDir, hashes)).toBe(8);
    expect(kills).toBeGreaterThanOrEqual(KILLS / 2);
  }, 300_000);
});
