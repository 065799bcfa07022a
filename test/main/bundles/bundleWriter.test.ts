import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { deriveBundleIdentity } from '../../../main/bundles/bundleIdentity';
import { writeBundle, type BundleEntrySource } from '../../../main/bundles/bundleWriter';
import { allowedSignersLine } from '../../../main/bundles/sshSignature';
import { formatAgeSecretKey } from '../../../main/evidence/ageIdentity';
import { parseAgeHeader } from '../../../main/evidence/ageHeader';
import { createEvidenceStore } from '../../../main/evidence/evidenceStore';
import { inspectSource } from '../../../main/evidence/sourceFile';
import { BUNDLE_SIGNATURE_NAMESPACE, BundleManifest } from '../../../shared/bundles/bundleManifest';
import { loadSodium, type Sodium } from '../../../main/vault/sodium';
import { PASSPHRASE, temporaryDir, testVault } from '../../helpers/testVault';

// The promise of the bundle format: a coordinator without Aigaq opens a bundle with the standard
// tools — `age -d -i key.txt b.aqb | tar -x`, then `ssh-keygen -Y verify` on the manifest — and
// finds every item exactly as the manifest lists it.

let sodium: Sodium;
beforeAll(async () => {
  sodium = await loadSodium();
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function memoryItem(kind: 'record' | 'custody', id: string, bytes: Buffer): BundleEntrySource {
  return { kind, id, size: bytes.length, sha256: sha256(bytes), open: () => Readable.from([bytes]) };
}

async function fixture() {
  const dataDir = temporaryDir();
  const { vault } = await testVault(dataDir);
  await vault.create(PASSPHRASE);
  const store = createEvidenceStore({ sodium, dataDir, keys: () => vault.requireKeys() });
  const video = randomBytes(3 * 65_536 + 17);
  const sourcePath = join(temporaryDir('aigaq-bundle-src-'), 'clip.bin');
  writeFileSync(sourcePath, video);
  const evidence = await store.ingest('BundleRecordAAAAAAAAAA', await inspectSource(sourcePath, store.folder));
  const record = Buffer.from(JSON.stringify({ title: 'Invented detention visit', status: 'final' }));
  const items: BundleEntrySource[] = [
    memoryItem('record', 'BundleRecordAAAAAAAAAA', record),
    { kind: 'evidence', id: evidence.id, size: evidence.size, sha256: evidence.sha256, open: () => store.openPlaintext(evidence) },
  ];
  const coordinator = deriveBundleIdentity(sodium, randomBytes(32));
  const signing = sodium.crypto_sign_seed_keypair(randomBytes(32));
  return { items, video, record, evidence, store, coordinator, signing, out: join(temporaryDir('aigaq-usb-'), 'bundle.aqb') };
}

describe('writing a bundle', () => {
  it('opens with age and tar, verifies with ssh-keygen, and binds the age header', async () => {
    const { items, video, record, evidence, coordinator, signing, out } = await fixture();
    const written = await writeBundle({ sodium, signing, recipients: [coordinator.publicKey], seq: 1, prevBundleSha256: null, items, outPath: out, custody: [], app: 'test' });
    const bytes = readFileSync(out);
    expect(written.bundleSha256).toBe(sha256(bytes));
    expect(written.bytes).toBe(bytes.length);
    expect(bytes.includes(video.subarray(0, 64))).toBe(false);
    expect(readdirSync(join(out, '..'))).toEqual(['bundle.aqb']);

    const work = temporaryDir('aigaq-coordinator-');
    writeFileSync(join(work, 'key.txt'), `${formatAgeSecretKey(coordinator.secretKey)}\n`, { mode: 0o600 });
    const extracted = join(work, 'bundle');
    mkdirSync(extracted);
    execFileSync('sh', ['-c', 'age -d -i "$1" "$2" | tar -x -C "$3"', 'sh', join(work, 'key.txt'), out, extracted]);
    expect(readFileSync(join(extracted, 'records', 'BundleRecordAAAAAAAAAA.json')).equals(record)).toBe(true);
    expect(readFileSync(join(extracted, 'evidence', evidence.id)).equals(video)).toBe(true);

    const manifestBytes = readFileSync(join(extracted, 'manifest.json'));
    const manifest = BundleManifest.parse(JSON.parse(manifestBytes.toString('utf8')));
    expect(manifest).toEqual(written.manifest);
    expect(manifest.items.map((item) => [item.path, item.size, item.sha256])).toEqual([
      ['records/BundleRecordAAAAAAAAAA.json', record.length, sha256(record)],
      [`evidence/${evidence.id}`, video.length, sha256(video)],
    ]);
    const header = parseAgeHeader(bytes);
    expect(sha256(bytes.subarray(0, header?.consumed ?? 0))).toBe(manifest.ageHeaderSha256);

    writeFileSync(join(work, 'allowed_signers'), `${allowedSignersLine('monitor@aigaq', BUNDLE_SIGNATURE_NAMESPACE, signing.publicKey)}\n`);
    const verified = execFileSync('ssh-keygen', ['-Y', 'verify', '-f', join(work, 'allowed_signers'), '-I', 'monitor@aigaq', '-n', BUNDLE_SIGNATURE_NAMESPACE, '-s', join(extracted, 'manifest.json.sig')], { input: manifestBytes, encoding: 'utf8' });
    expect(verified).toContain('Good "aigaq-bundle-v1@aigaq.org" signature for monitor@aigaq');
  });

  it('refuses an item that is not what the manifest says, and leaves nothing on the stick', async () => {
    const { items, coordinator, signing, out } = await fixture();
    const lying = { ...items[0], sha256: '0'.repeat(64) } as BundleEntrySource;
    await expect(writeBundle({ sodium, signing, recipients: [coordinator.publicKey], seq: 1, prevBundleSha256: null, items: [lying, ...items.slice(1)], outPath: out, custody: [], app: 'test' })).rejects.toMatchObject({ code: 'INTEGRITY' });
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(join(out, '..'))).toEqual([]);
  });

  it('refuses a stored file swapped for another of the same vault: by its header digest, else by its SHA-256', async () => {
    const { items, evidence, store, coordinator, signing, out } = await fixture();
    const otherSource = join(temporaryDir('aigaq-bundle-src-'), 'other.bin');
    writeFileSync(otherSource, randomBytes(evidence.size)); // same size: only the content differs
    const other = await store.ingest('BundleRecordAAAAAAAAAA', await inspectSource(otherSource, store.folder));
    copyFileSync(join(store.folder, `${other.id}.age`), join(store.folder, `${evidence.id}.age`));
    expect(evidence.fileHeaderSha256).toMatch(/^[0-9a-f]{64}$/);
    const write = (source: BundleEntrySource) => writeBundle({ sodium, signing, recipients: [coordinator.publicKey], seq: 1, prevBundleSha256: null, items: [items[0] as BundleEntrySource, source], outPath: out, custody: [], app: 'test' });

    const bound: BundleEntrySource = { kind: 'evidence', id: evidence.id, size: evidence.size, sha256: evidence.sha256, open: () => store.openPlaintext(evidence), contentProven: true };
    await expect(write(bound)).rejects.toThrow('the evidence file is not the one written for this item');
    // An item from before header digests: the swapped file authenticates, and the SHA-256 check catches it.
    const { fileHeaderSha256: _digest, ...older } = evidence;
    await expect(write({ ...bound, open: () => store.openPlaintext(older), contentProven: false })).rejects.toThrow(`evidence ${evidence.id} does not match its SHA-256`);
    expect(readdirSync(join(out, '..'))).toEqual([]);
  });
});
