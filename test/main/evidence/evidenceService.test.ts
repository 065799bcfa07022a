import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestProgress } from '../../../shared/evidence/evidenceItem';
import { createMainServices, type MainServices } from '../../../main/mainServices';
import { KDF_FLOOR } from '../../../main/vault/kdfParams';
import { PASSPHRASE, temporaryDir } from '../../helpers/testVault';

// Evidence through the IPC contract, as the renderer reaches it: the whole main side wired by
// createMainServices, with the file dialog faked. Includes the disaster-recovery promise: the key
// shown in Settings opens a stored file with Debian's `age` CLI, without Aigaq.

const RECORD = 'ServiceRecordAAAAAAAAA';

async function call(services: MainServices, name: Parameters<MainServices['invoke']>[0], request?: unknown): Promise<unknown> {
  const result = await services.invoke(name, request);
  if (!result.ok) {
    throw Object.assign(new Error(result.error.message), { code: result.error.code });
  }
  return result.value;
}

async function setUp(picked: string[] = []) {
  const dataDir = temporaryDir();
  const services = await createMainServices({ dataDir, kdfParams: KDF_FLOOR, files: { pickFiles: async () => picked } });
  const progress: IngestProgress[] = [];
  services.subscribe((name, payload) => name === 'evidence.progress' && progress.push(payload as IngestProgress));
  await call(services, 'vault.create', { passphrase: PASSPHRASE });
  return { services, dataDir, progress };
}

async function untilDone(progress: IngestProgress[], count: number): Promise<void> {
  while (progress.filter((event) => event.state === 'done' || event.state === 'failed').length < count) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('evidence over IPC', () => {
  it('imports what the file dialog picked, lists it, and its disaster-recovery key opens it with the age CLI', async () => {
    const source = join(temporaryDir('aigaq-service-src-'), 'statement.pdf');
    const original = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(200_000)]);
    writeFileSync(source, original);
    const { services, dataDir, progress } = await setUp([source]);
    const jobs = (await call(services, 'evidence.pick', { recordId: RECORD })) as { name: string }[];
    expect(jobs.map((job) => job.name)).toEqual(['statement.pdf']);
    await untilDone(progress, 1);
    const [item] = (await call(services, 'evidence.list', { recordId: RECORD })) as { id: string; mediaType: string; fileState: string }[];
    expect(item).toMatchObject({ mediaType: 'application/pdf', fileState: 'present' });

    await expect(call(services, 'evidence.exportIdentity', { passphrase: 'not the passphrase at all' })).rejects.toMatchObject({ code: 'WRONG_SECRET' });
    const { identity, recipient } = (await call(services, 'evidence.exportIdentity', { passphrase: PASSPHRASE })) as { identity: string; recipient: string };
    expect(identity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]{58}$/);
    expect(recipient).toMatch(/^age1[0-9a-z]{58}$/);
    const keyFile = join(temporaryDir('aigaq-dr-'), 'identity.txt');
    writeFileSync(keyFile, `${identity}\n`, { mode: 0o600 });
    const decrypted = execFileSync('age', ['-d', '-i', keyFile, join(dataDir, 'evidence', `${item?.id ?? ''}.age`)]);
    expect(decrypted.equals(original)).toBe(true);
    services.dispose();
  });

  it('validates requests against the contract and needs the vault unlocked', async () => {
    const { services } = await setUp();
    await expect(call(services, 'evidence.ingest', { recordId: RECORD, paths: [] })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    await expect(call(services, 'evidence.ingest', { recordId: RECORD, paths: Array.from({ length: 501 }, () => '/x') })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    await expect(call(services, 'evidence.preview', { id: '../../etc/passwd' })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    await call(services, 'vault.lock');
    await expect(call(services, 'evidence.list', { recordId: RECORD })).rejects.toMatchObject({ code: 'LOCKED' });
    await expect(call(services, 'evidence.ingest', { recordId: RECORD, paths: ['/etc/hostname'] })).rejects.toMatchObject({ code: 'LOCKED' });
    services.dispose();
  });

  it('a check of every file stopped by the vault locking says LOCKED, never that files are damaged or unreadable', async () => {
    const sources = temporaryDir('aigaq-service-src-');
    const paths = ['one.bin', 'two.bin', 'three.bin'].map((name) => join(sources, name));
    paths.forEach((path) => writeFileSync(path, randomBytes(16 * 1024 * 1024)));
    const { services, progress } = await setUp();
    const checked: unknown[] = [];
    services.subscribe((name, payload) => name === 'evidence.verifyProgress' && checked.push(payload));
    await call(services, 'evidence.ingest', { recordId: RECORD, paths });
    await untilDone(progress, 3);
    const checking = call(services, 'evidence.verifyAll');
    while (checked.length === 0) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    await call(services, 'vault.lock');
    await expect(checking).rejects.toMatchObject({ code: 'LOCKED' });
    await call(services, 'vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    const report = (await call(services, 'evidence.verifyAll')) as { items: { status: string }[]; unreadable: number };
    expect(report.items.map((item) => item.status)).toEqual(['intact', 'intact', 'intact']);
    expect(report.unreadable).toBe(0);
    services.dispose();
  });

  it('revokes preview URLs on lock, and cleans up leftovers at the next unlock', async () => {
    const source = join(temporaryDir('aigaq-service-src-'), 'voice.wav');
    writeFileSync(source, Buffer.concat([Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1'), randomBytes(5000)]));
    const { services, dataDir, progress } = await setUp();
    await call(services, 'evidence.ingest', { recordId: RECORD, paths: [source] });
    await untilDone(progress, 1);
    const [item] = (await call(services, 'evidence.list', { recordId: RECORD })) as { id: string; kind: string }[];
    expect(item?.kind).toBe('audio');
    const { url } = (await call(services, 'evidence.preview', { id: item?.id })) as { url: string };
    const partial = await services.previewEvidence(`http://app.localhost${url}`, 'bytes=0-3');
    expect(partial.status).toBe(206);
    partial.body?.resume(); // read to the end, so the file is closed as a browser's request would
    await new Promise((resolve) => partial.body?.once('close', resolve));
    await call(services, 'vault.lock');
    expect((await services.previewEvidence(`http://app.localhost${url}`, 'bytes=0-3')).status).toBe(404);
    const leftover = join(dataDir, 'evidence', 'LeftoverAAAAAAAAAAAAAA.age.part');
    writeFileSync(leftover, randomBytes(64));
    await call(services, 'vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect(existsSync(leftover)).toBe(false);
    expect(readFileSync(join(dataDir, 'evidence', `${item?.id ?? ''}.age`)).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    services.dispose();
  });
});
