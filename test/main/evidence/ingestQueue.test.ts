import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestProgress } from '../../../shared/evidence/evidenceItem';
import { createEvidenceStore } from '../../../main/evidence/evidenceStore';
import { createIngestQueue } from '../../../main/evidence/ingestQueue';
import { createJpegMetadataStripper } from '../../../main/evidence/jpegMetadataStrip';
import { readCaptureMetadata } from '../../../main/evidence/captureMetadata';
import { inspectSource } from '../../../main/evidence/sourceFile';
import { parseAgeHeader } from '../../../main/evidence/ageHeader';
import { itemFile } from '../../../main/evidence/evidenceFiles';
import { PASSPHRASE, temporaryDir, testVault } from '../../helpers/testVault';
import { jpegWithEverything } from './exifFixture';

const RECORD = 'QueueRecordAAAAAAAAAAA';

async function setUp() {
  const dataDir = temporaryDir();
  const { sodium, vault } = await testVault(dataDir);
  await vault.create(PASSPHRASE);
  const store = createEvidenceStore({ sodium, dataDir, keys: () => vault.requireKeys() });
  const events: IngestProgress[] = [];
  const queue = createIngestQueue({ store, emit: (progress) => events.push(progress) });
  return { store, queue, events, sources: temporaryDir('aigaq-queue-src-') };
}

describe('the import queue', () => {
  it('returns jobs at once, then reports queued → running → done per file, one file at a time', async () => {
    const { store, queue, events, sources } = await setUp();
    const paths = ['one.bin', 'two.bin'].map((name, index) => {
      writeFileSync(join(sources, name), randomBytes(3 * 1024 * 1024 + index));
      return join(sources, name);
    });
    const jobs = await queue.enqueue(RECORD, paths);
    expect(jobs.map((job) => [job.name, job.size])).toEqual([['one.bin', 3 * 1024 * 1024], ['two.bin', 3 * 1024 * 1024 + 1]]);
    expect(events).toEqual([]);
    await queue.idle();
    const states = (jobId: string) => events.filter((event) => event.jobId === jobId).map((event) => event.state);
    expect(states(jobs[0]?.jobId ?? '')).toEqual(expect.arrayContaining(['queued', 'running', 'done']));
    const done = events.filter((event) => event.state === 'done');
    expect(done.map((event) => event.name)).toEqual(['one.bin', 'two.bin']);
    expect(done.every((event) => event.itemId !== null && event.bytes === event.total)).toBe(true);
    expect((await store.list(RECORD)).map((item) => item.name).sort()).toEqual(['one.bin', 'two.bin']);
  });

  it('reports a missing file and a folder as failed with their reason, and cancels a queued job', async () => {
    const { store, queue, events, sources } = await setUp();
    writeFileSync(join(sources, 'big.bin'), randomBytes(6 * 1024 * 1024));
    writeFileSync(join(sources, 'small.bin'), randomBytes(10));
    const jobs = await queue.enqueue(RECORD, [join(sources, 'gone.jpg'), sources, join(sources, 'big.bin'), join(sources, 'small.bin')]);
    queue.cancel(jobs[3]?.jobId ?? '');
    await queue.idle();
    const failures = Object.fromEntries(events.filter((event) => event.state === 'failed').map((event) => [event.name, event.failure]));
    expect(failures).toEqual({ 'gone.jpg': 'SOURCE_UNREADABLE', [sources.split('/').pop() ?? '']: 'NOT_A_FILE', 'small.bin': 'CANCELLED' });
    expect((await store.list(RECORD)).map((item) => item.name)).toEqual(['big.bin']);
  });
});

describe('locking during an import', () => {
  it('stops the running and queued imports with LOCKED and leaves no file behind', async () => {
    const { store, queue, events, sources } = await setUp();
    writeFileSync(join(sources, 'long.bin'), randomBytes(64 * 1024 * 1024));
    writeFileSync(join(sources, 'next.bin'), randomBytes(10));
    await queue.enqueue(RECORD, [join(sources, 'long.bin'), join(sources, 'next.bin')]);
    while (!events.some((event) => event.state === 'running')) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    queue.cancelAll();
    await queue.idle();
    const failures = Object.fromEntries(events.filter((event) => event.state === 'failed').map((event) => [event.name, event.failure]));
    expect(failures).toEqual({ 'long.bin': 'LOCKED', 'next.bin': 'LOCKED' });
    expect(readdirSync(store.folder)).toEqual([]);
  });
});

describe('working copies (R15)', () => {
  it('makes a copy without EXIF and GPS, records the parent, and leaves the original byte for byte', async () => {
    const { store, sources } = await setUp();
    const photo = jpegWithEverything();
    const path = join(sources, 'photo.jpg');
    writeFileSync(path, photo);
    const original = await store.ingest(RECORD, await inspectSource(path, store.folder));
    expect(original.capture).toMatchObject({ hasGps: true, hasExif: true });
    const copy = await store.derive(original.id, createJpegMetadataStripper, 'metadataStripped');
    expect(copy).toMatchObject({ parent: { id: original.id, sha256: original.sha256, derivation: 'metadataStripped' }, mediaType: 'image/jpeg', recordId: RECORD });
    expect(copy.capture).toMatchObject({ hasGps: false, hasExif: false });
    expect(copy.sha256).not.toBe(original.sha256);
    expect(await store.verifyItem(original.id)).toMatchObject({ status: 'intact' });
    expect((await store.custodyOf(original.id)).entries.map((entry) => [entry.event.action, entry.event.detail['child'] ?? null])).toEqual([['ingest', null], ['derive', copy.id]]);
    expect(readCaptureMetadata(readFileSync(path), 'image/jpeg').hasGps).toBe(true);
    // The copy is bound to its own file, so an export reads it back (the export's own read path).
    const copyFile = readFileSync(itemFile(store.folder, copy.id, 'content'));
    expect(copy.fileHeaderSha256).toBe(createHash('sha256').update(copyFile.subarray(0, parseAgeHeader(copyFile)?.consumed ?? 0)).digest('hex'));
    const pieces: Buffer[] = [];
    for await (const piece of store.openPlaintext(await store.get(copy.id))) {
      pieces.push(piece);
    }
    expect(createHash('sha256').update(Buffer.concat(pieces)).digest('hex')).toBe(copy.sha256);
  });
});
