import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEvidenceStore, type EvidenceStore } from '../../../main/evidence/evidenceStore';
import { parseAgeHeader } from '../../../main/evidence/ageHeader';
import { itemFile } from '../../../main/evidence/evidenceFiles';
import { writeEvidenceItem } from '../../../main/evidence/evidenceMetadata';
import { inspectSource } from '../../../main/evidence/sourceFile';
import { PASSPHRASE, temporaryDir, testVault } from '../../helpers/testVault';

// The evidence store on a real disk: what a seized laptop holds after an ingest, what verify finds
// after damage, and what is left after a failure (nothing).

const RECORD = 'EvidenceRecordAAAAAAAA';
const OTHER_RECORD = 'EvidenceRecordBBBBBBBB';
const CANARY = 'CANARY-EVIDENCE-4J8Z';

async function setUp(dataDir = temporaryDir()) {
  const { sodium, vault } = await testVault(dataDir);
  await vault.create(PASSPHRASE);
  const store = createEvidenceStore({ sodium, dataDir, keys: () => vault.requireKeys(), now: () => new Date('2026-11-23T10:00:00.000Z') });
  const sources = temporaryDir('aigaq-sources-');
  return { store, vault, sodium, dataDir, sources };
}

function sourceFile(folder: string, name: string, bytes: Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

/** Plaintext with a canary every 100 KiB, so a leak of any part of it is found. */
function canaryBytes(size: number): Buffer {
  const bytes = randomBytes(size);
  for (let at = 0; at + CANARY.length < size; at += 100 * 1024) {
    bytes.write(CANARY, at, 'latin1');
  }
  return bytes;
}

async function ingest(store: EvidenceStore, sources: string, name: string, bytes: Uint8Array, recordId = RECORD) {
  return store.ingest(recordId, await inspectSource(sourceFile(sources, name, bytes), '/nonexistent-vault'));
}

function folderNames(store: EvidenceStore): string[] {
  return existsSync(store.folder) ? readdirSync(store.folder).sort() : [];
}

function anyFileContains(folder: string, needle: string): boolean {
  return readdirSync(folder).some((name) => readFileSync(join(folder, name)).includes(Buffer.from(needle, 'latin1')));
}

describe('ingest', () => {
  it('stores the file encrypted with its SHA-256, size, sniffed type and custody log; nothing readable on disk', async () => {
    const { store, sources } = await setUp();
    const bytes = canaryBytes(700 * 1024);
    const item = await ingest(store, sources, `${CANARY}-interview.bin`, bytes);
    expect(item).toMatchObject({ recordId: RECORD, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), name: `${CANARY}-interview.bin`, parent: null, purgedAt: null });
    expect(folderNames(store)).toEqual([`${item.id}.age`, `${item.id}.custody`, `${item.id}.meta`]);
    expect(readFileSync(itemFile(store.folder, item.id, 'content')).subarray(0, 22).toString()).toBe('age-encryption.org/v1\n');
    expect(anyFileContains(store.folder, CANARY)).toBe(false);
    const custody = await store.custodyOf(item.id);
    expect(custody.verdict).toMatchObject({ ok: true, events: 1 });
    expect(custody.entries[0]?.event).toMatchObject({ action: 'ingest', itemSha256: item.sha256, seq: 0 });
  });

  it('lists items per record and verifies them intact', async () => {
    const { store, sources } = await setUp();
    const first = await ingest(store, sources, 'a.bin', randomBytes(10));
    await ingest(store, sources, 'b.bin', randomBytes(0), OTHER_RECORD);
    expect((await store.list(RECORD)).map((item) => [item.id, item.fileState])).toEqual([[first.id, 'present']]);
    const report = await store.verifyAll();
    expect(report.items.map((check) => check.status)).toEqual(['intact', 'intact']);
    expect(report.items.every((check) => check.custody === 'intact')).toBe(true);
  });

  it('reports a flipped bit as damaged, a removed file as missing, and a wrong stored hash as damaged (R14)', async () => {
    const { store, sources, sodium, vault } = await setUp();
    const flipped = await ingest(store, sources, 'flipped.bin', randomBytes(200_000));
    const removed = await ingest(store, sources, 'removed.bin', randomBytes(1000));
    const misHashed = await ingest(store, sources, 'mishashed.bin', randomBytes(1000));
    const path = itemFile(store.folder, flipped.id, 'content');
    const damaged = readFileSync(path);
    const at = damaged.length - 70_000;
    damaged.writeUInt8(damaged.readUInt8(at) ^ 0x01, at);
    writeFileSync(path, damaged);
    rmSync(itemFile(store.folder, removed.id, 'content'));
    await writeEvidenceItem(sodium, vault.requireKeys(), { ...misHashed, sha256: '0'.repeat(64) }, itemFile(store.folder, misHashed.id, 'meta'));
    const byName = Object.fromEntries((await store.verifyAll()).items.map((check) => [check.name, check.status]));
    expect(byName).toEqual({ 'flipped.bin': 'damaged', 'removed.bin': 'missing', 'mishashed.bin': 'damaged' });
  });

  it('leaves nothing when cancelled, and refuses a source that changed while it was read', async () => {
    const { store, sources } = await setUp();
    const controller = new AbortController();
    const source = await inspectSource(sourceFile(sources, 'big.bin', randomBytes(8 * 1024 * 1024)), '/nonexistent-vault');
    const cancelled = store.ingest(RECORD, source, { signal: controller.signal, onBytes: (bytes) => bytes > 1024 * 1024 && controller.abort() });
    await expect(cancelled).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(folderNames(store)).toEqual([]);
    const changing = await inspectSource(sourceFile(sources, 'changing.bin', randomBytes(3000)), '/nonexistent-vault');
    appendFileSync(changing.path, 'more');
    await expect(store.ingest(RECORD, changing)).rejects.toMatchObject({ code: 'SOURCE_CHANGED' });
    expect(folderNames(store)).toEqual([]);
  });

  it('says clearly what is wrong with a missing file, a folder, and a path inside the vault', async () => {
    const { store, sources } = await setUp();
    await expect(inspectSource(join(sources, 'gone.jpg'), store.folder)).rejects.toMatchObject({ code: 'SOURCE_UNREADABLE' });
    await expect(inspectSource(sources, store.folder)).rejects.toMatchObject({ code: 'NOT_A_FILE' });
    await expect(inspectSource(join(store.folder, 'x.age'), store.folder)).rejects.toMatchObject({ code: 'NOT_A_FILE' });
    await expect(inspectSource('relative/path.jpg', store.folder)).rejects.toMatchObject({ code: 'NOT_A_FILE' });
  });
});

describe('deletion', () => {
  it('destroys the key and the file, keeps the metadata marked deleted and the custody log with a purge event', async () => {
    const { store, sources } = await setUp();
    const item = await ingest(store, sources, 'delete-me.bin', canaryBytes(150_000));
    await store.purge(item.id);
    expect(folderNames(store)).toEqual([`${item.id}.custody`, `${item.id}.meta`]);
    const [summary] = await store.list(RECORD);
    expect(summary).toMatchObject({ id: item.id, fileState: 'purged' });
    expect(summary?.purgedAt).not.toBeNull();
    const custody = await store.custodyOf(item.id);
    expect(custody.verdict.ok).toBe(true);
    expect(custody.entries.map((entry) => entry.event.action)).toEqual(['ingest', 'purge']);
    expect((await store.verifyAll()).items).toEqual([]);
  });
});

describe('after a killed process', () => {
  it('removes unfinished files and items whose metadata never landed, and keeps every committed item intact', async () => {
    const { store, sources } = await setUp();
    const kept = await ingest(store, sources, 'kept.bin', randomBytes(90_000));
    const orphan = await ingest(store, sources, 'orphan.bin', randomBytes(90_000));
    rmSync(itemFile(store.folder, orphan.id, 'meta'));
    writeFileSync(join(store.folder, 'AAAAAAAAAAAAAAAAAAAAAA.age.part'), randomBytes(100));
    writeFileSync(join(store.folder, 'BBBBBBBBBBBBBBBBBBBBBB.meta.123.456.tmp'), randomBytes(100));
    const logPath = itemFile(store.folder, kept.id, 'custody');
    const beforeAppend = readFileSync(logPath).length;
    await store.appendCustody(kept.id, 'view');
    // Killed in the middle of writing the second event: half of its frame is on disk.
    truncateSync(logPath, beforeAppend + Math.floor((readFileSync(logPath).length - beforeAppend) / 2));
    const report = await store.cleanUpAfterCrash();
    expect(report).toEqual({ removedFiles: 4, repairedLogs: 1, finishedPurges: 0 });
    expect(folderNames(store)).toEqual([`${kept.id}.age`, `${kept.id}.custody`, `${kept.id}.meta`]);
    expect(await store.verifyItem(kept.id)).toMatchObject({ status: 'intact', custody: 'intact' });
    expect((await store.custodyOf(kept.id)).entries.map((entry) => entry.event.action)).toEqual(['ingest']);
  });
});

describe('a full disk', () => {
  const mountPoint = temporaryDir('aigaq-full-disk-');
  beforeAll(() => {
    // A 2 MiB tmpfs stands in for a full USB stick or laptop disk (CI runs as root, like here).
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint]);
  });
  afterAll(() => {
    execFileSync('umount', [mountPoint]);
  });

  it('fails with DISK_FULL, leaves no partial item, and keeps what was saved before', async () => {
    const dataDir = join(mountPoint, 'data');
    mkdirSync(dataDir);
    const { store, sources } = await setUp(dataDir);
    const saved = await ingest(store, sources, 'saved.bin', randomBytes(100_000));
    await expect(ingest(store, sources, 'too-big.bin', randomBytes(4 * 1024 * 1024))).rejects.toMatchObject({ code: 'DISK_FULL' });
    expect(folderNames(store)).toEqual([`${saved.id}.age`, `${saved.id}.custody`, `${saved.id}.meta`]);
    expect(await store.verifyItem(saved.id)).toMatchObject({ status: 'intact' });
  });
});

describe('header digests', () => {
  it('an ingest binds the item to its file; a copy from a bundle drops the sender’s digest, takes its own, and still reads back', async () => {
    const { store, sources } = await setUp();
    const bytes = randomBytes(300 * 1024);
    const item = await ingest(store, sources, 'clip.bin', bytes);
    const file = readFileSync(itemFile(store.folder, item.id, 'content'));
    const headerEnd = parseAgeHeader(file)?.consumed ?? 0;
    expect(file.subarray(headerEnd - 48, headerEnd).toString('latin1')).toMatch(/^--- [A-Za-z0-9+/]{43}\n$/);
    expect(item.fileHeaderSha256).toBe(createHash('sha256').update(file.subarray(0, headerEnd)).digest('hex'));
    expect((await store.get(item.id)).fileHeaderSha256).toBe(item.fileHeaderSha256);

    // As a coordinator adopts a staged copy: the description says what the monitor's file was.
    const staged = `${itemFile(store.folder, 'AdoptedItemAAAAAAAAAAA', 'content')}.part`;
    writeFileSync(staged, file);
    const info = { ...item, id: 'AdoptedItemAAAAAAAAAAA', fileHeaderSha256: 'f'.repeat(64) };
    expect(await store.adoptStaged({ path: staged }, info, { bundleId: 'BundleAAAAAAAAAAAAAAAA', monitorKey: 'key', monitorCustodyHead: null })).toBe('added');
    const adopted = await store.get('AdoptedItemAAAAAAAAAAA');
    expect(adopted.fileHeaderSha256).toBeUndefined();
    const readBack = async (of: typeof adopted) => {
      const pieces: Buffer[] = [];
      for await (const piece of store.openPlaintext(of)) {
        pieces.push(piece);
      }
      return Buffer.concat(pieces);
    };
    expect((await readBack(adopted)).equals(bytes)).toBe(true);

    // A copy whose staging pass knew its own header digest (bundleReader.ts) is bound to this file.
    writeFileSync(staged.replace('AdoptedItemAAAAAAAAAAA', 'AdoptedItemBBBBBBBBBBA'), file);
    const bound = { ...info, id: 'AdoptedItemBBBBBBBBBBA' };
    await store.adoptStaged({ path: staged.replace('AdoptedItemAAAAAAAAAAA', 'AdoptedItemBBBBBBBBBBA'), headerSha256: item.fileHeaderSha256 }, bound, { bundleId: 'BundleAAAAAAAAAAAAAAAA', monitorKey: 'key', monitorCustodyHead: null });
    const boundItem = await store.get('AdoptedItemBBBBBBBBBBA');
    expect(boundItem.fileHeaderSha256).toBe(item.fileHeaderSha256);
    expect((await readBack(boundItem)).equals(bytes)).toBe(true);
    // …so another file of this vault, put in its place, is refused before any byte.
    const other = await ingest(store, sources, 'other.bin', randomBytes(1000));
    writeFileSync(itemFile(store.folder, 'AdoptedItemBBBBBBBBBBA', 'content'), readFileSync(itemFile(store.folder, other.id, 'content')));
    await expect(readBack(boundItem)).rejects.toThrow('the evidence file is not the one written for this item');
  });
});
