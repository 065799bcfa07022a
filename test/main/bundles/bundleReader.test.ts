import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import tar from 'tar-stream';
import { deriveBundleIdentity } from '../../../main/bundles/bundleIdentity';
import { isBundleRefused, readBundle, type SignerStatus } from '../../../main/bundles/bundleReader';
import { writeBundle, type BundleEntrySource } from '../../../main/bundles/bundleWriter';
import { signSsh } from '../../../main/bundles/sshSignature';
import { decryptAgeToBuffer } from '../../../main/evidence/ageFile';
import { parseAgeHeader, unwrapFileKey, writeAgeHeader } from '../../../main/evidence/ageHeader';
import { deriveEvidenceIdentity, type AgeIdentity } from '../../../main/evidence/ageIdentity';
import { encryptPayloadToBuffer, CHUNK_BYTES, SEALED_CHUNK_BYTES } from '../../../main/evidence/ageStream';
import { loadSodium, type Sodium } from '../../../main/vault/sodium';
import { BUNDLE_SIGNATURE_NAMESPACE, BundleManifest, MANIFEST_PATH, SIGNATURE_PATH } from '../../../shared/bundles/bundleManifest';
import type { BundleRefusalReason } from '../../../shared/bundles/bundleRefusal';
import { canonicalJson } from '../../../shared/records/canonicalJson';
import { temporaryDir } from '../../helpers/testVault';

// Import's strict order (R21) against the tamper matrix of issue 6: every way a bundle can be
// damaged, re-addressed, unsigned, mis-signed or altered is refused with its own reason, and
// nothing it carried is left staged.

let sodium: Sodium;
beforeAll(async () => {
  sodium = await loadSodium();
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const RECORD_ID = 'ImportRecordAAAAAAAAAA';
const EVIDENCE_ID = 'ImportEvidenceAAAAAAAA';

type World = {
  coordinator: AgeIdentity;
  coordinatorEvidence: AgeIdentity;
  monitor: { publicKey: Uint8Array; privateKey: Uint8Array };
  record: Buffer;
  video: Buffer;
  enrolled: Set<string>;
};

function world(videoBytes = 2 * CHUNK_BYTES + 333): World {
  const monitor = sodium.crypto_sign_seed_keypair(randomBytes(32));
  return {
    coordinator: deriveBundleIdentity(sodium, randomBytes(32)),
    coordinatorEvidence: deriveEvidenceIdentity(sodium, randomBytes(32)),
    monitor,
    record: Buffer.from(JSON.stringify({ title: 'Invented allegation', status: 'final' })),
    video: randomBytes(videoBytes),
    enrolled: new Set([b64(monitor.publicKey)]),
  };
}

function items(w: World): BundleEntrySource[] {
  return [
    { kind: 'record', id: RECORD_ID, size: w.record.length, sha256: sha256(w.record), open: () => Readable.from([w.record]) },
    { kind: 'evidence', id: EVIDENCE_ID, size: w.video.length, sha256: sha256(w.video), open: () => Readable.from([w.video]) },
  ];
}

async function validBundle(w: World): Promise<string> {
  const out = join(temporaryDir('aigaq-bundle-'), 'b.aqb');
  await writeBundle({ sodium, signing: w.monitor, recipients: [w.coordinator.publicKey], seq: 1, prevBundleSha256: null, items: items(w), outPath: out, custody: [], app: 'test' });
  return out;
}

async function read(w: World, path: string, identity = w.coordinator, status?: (key: string) => SignerStatus) {
  const stagingDir = temporaryDir('aigaq-staging-');
  const result = readBundle({ sodium, path, identity, evidenceRecipient: w.coordinatorEvidence.publicKey, stagingDir, signerStatus: status ?? ((key) => (w.enrolled.has(key) ? 'enrolled' : 'unknown')) });
  return { result, stagingDir };
}

async function refusal(w: World, path: string, identity?: AgeIdentity, status?: (key: string) => SignerStatus): Promise<BundleRefusalReason> {
  const { result, stagingDir } = await read(w, path, identity, status);
  try {
    await result;
  } catch (error) {
    expect(readdirSync(stagingDir)).toEqual([]);
    if (isBundleRefused(error)) {
      return error.reason;
    }
    throw error;
  }
  throw new Error('the bundle was accepted');
}

async function tarOf(entries: readonly { name: string; bytes: Buffer }[]): Promise<Buffer> {
  const pack = tar.pack();
  entries.forEach((entry) => pack.entry({ name: entry.name, size: entry.bytes.length }, entry.bytes));
  pack.finalize();
  const parts: Buffer[] = [];
  for await (const part of pack) {
    parts.push(part as Buffer);
  }
  return Buffer.concat(parts);
}

type Crafting = { manifest?: (m: BundleManifest) => BundleManifest; signer?: { publicKey: Uint8Array; privateKey: Uint8Array }; omitSignature?: boolean; itemBytes?: (bytes: Buffer[]) => Buffer[]; extra?: { name: string; bytes: Buffer } };

/** A bundle made by hand, to reach the checks a correct writer never trips. */
async function crafted(w: World, how: Crafting): Promise<string> {
  const fileKey = randomBytes(16);
  const header = writeAgeHeader(sodium, fileKey, [w.coordinator.publicKey]);
  const base = BundleManifest.parse({
    format: 'aigaq-bundle', version: 1, bundleId: 'CraftedBundleAAAAAAAAA', createdAt: '2026-11-23T10:00:00.000Z', app: 'test',
    monitor: { signingKey: b64(w.monitor.publicKey) }, recipients: [b64(w.coordinator.publicKey)], seq: 1, prevBundleSha256: null, ageHeaderSha256: sha256(header),
    items: [
      { kind: 'record', id: RECORD_ID, path: `records/${RECORD_ID}.json`, size: w.record.length, sha256: sha256(w.record) },
      { kind: 'evidence', id: EVIDENCE_ID, path: `evidence/${EVIDENCE_ID}`, size: w.video.length, sha256: sha256(w.video) },
    ],
    custody: [],
  });
  const manifest = how.manifest ? how.manifest(base) : base;
  const manifestBytes = Buffer.from(canonicalJson(manifest));
  const signature = Buffer.from(signSsh(sodium, how.signer ?? w.monitor, BUNDLE_SIGNATURE_NAMESPACE, manifestBytes));
  const [recordBytes, videoBytes] = how.itemBytes ? how.itemBytes([w.record, w.video]) : [w.record, w.video];
  const entries = [
    { name: MANIFEST_PATH, bytes: manifestBytes },
    ...(how.omitSignature ? [] : [{ name: SIGNATURE_PATH, bytes: signature }]),
    { name: `records/${RECORD_ID}.json`, bytes: recordBytes as Buffer },
    { name: `evidence/${EVIDENCE_ID}`, bytes: videoBytes as Buffer },
    ...(how.extra ? [how.extra] : []),
  ];
  const path = join(temporaryDir('aigaq-crafted-'), 'b.aqb');
  writeFileSync(path, Buffer.concat([header, encryptPayloadToBuffer(fileKey, await tarOf(entries))]));
  return path;
}

function mutated(path: string, change: (bytes: Buffer) => Buffer): string {
  const out = join(temporaryDir('aigaq-mutated-'), 'b.aqb');
  writeFileSync(out, change(Buffer.from(readFileSync(path))));
  return out;
}

function flipAt(at: number) {
  return (bytes: Buffer) => {
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0x01, at);
    return bytes;
  };
}

describe('importing a bundle', () => {
  it('accepts a good bundle: documents exact, evidence re-encrypted to the coordinator and identical', async () => {
    const w = world();
    const path = await validBundle(w);
    const { result } = await read(w, path);
    const bundle = await result;
    expect(bundle.bundleSha256).toBe(sha256(readFileSync(path)));
    expect(bundle.documents.get(`records/${RECORD_ID}.json`)?.equals(w.record)).toBe(true);
    expect(bundle.evidence).toHaveLength(1);
    const staged = readFileSync(bundle.evidence[0]?.partPath ?? '');
    expect(staged.includes(w.video.subarray(0, 64))).toBe(false);
    expect(decryptAgeToBuffer(sodium, w.coordinatorEvidence, staged).equals(w.video)).toBe(true);
  });

  it('reads a bundle of several MiB in blocks: the video staged exactly and bound to its header, damage deep inside refused', async () => {
    // Over the 1 MiB read blocks and write batches and the 4 MiB above which both hashes run on the second core.
    const w = world(5 * 1024 * 1024 + 333);
    const path = await validBundle(w);
    const bytes = readFileSync(path);
    const bundle = await (await read(w, path)).result;
    expect(bundle.bundleSha256).toBe(sha256(bytes));
    const staged = bundle.evidence[0];
    const stagedFile = readFileSync(staged?.partPath ?? '');
    expect(decryptAgeToBuffer(sodium, w.coordinatorEvidence, stagedFile).equals(w.video)).toBe(true);
    expect(staged?.headerSha256).toBe(sha256(stagedFile.subarray(0, parseAgeHeader(stagedFile)?.consumed ?? 0)));
    const blockEnd = 3 * 1024 * 1024;
    expect(await refusal(w, mutated(path, flipAt(blockEnd - 1)))).toBe('DAMAGED');
    expect(await refusal(w, mutated(path, flipAt(blockEnd)))).toBe('DAMAGED');
    const chunkBoundary = (parseAgeHeader(bytes)?.consumed ?? 0) + 16 + 40 * SEALED_CHUNK_BYTES; // in the third read block
    expect(await refusal(w, mutated(path, (b) => b.subarray(0, chunkBoundary)))).toBe('TRUNCATED');
    expect(await refusal(w, mutated(path, (b) => b.subarray(0, blockEnd)))).toBe('DAMAGED'); // a chunk cut in two does not authenticate
    expect(await refusal(w, mutated(path, (b) => b.subarray(0, bytes.length - 1)))).toBe('DAMAGED'); // likewise the last chunk short of a byte
  });

  it('a bundle that cannot be read (the stick pulled out) is SOURCE_UNREADABLE, not a damaged bundle', async () => {
    const w = world();
    const { result, stagingDir } = await read(w, join(temporaryDir('aigaq-pulled-out-'), 'gone.aqb'));
    await expect(result).rejects.toMatchObject({ code: 'SOURCE_UNREADABLE' });
    expect(readdirSync(stagingDir)).toEqual([]);
  });

  it('refuses each kind of damage with its own reason, and leaves nothing staged', async () => {
    const w = world();
    const path = await validBundle(w);
    const bytes = readFileSync(path);
    const headerLength = parseAgeHeader(bytes)?.consumed ?? 0;
    const macAt = headerLength - 5;
    expect(await refusal(w, path, deriveBundleIdentity(sodium, randomBytes(32)))).toBe('NOT_FOR_THIS_VAULT');
    expect(await refusal(w, mutated(path, flipAt(macAt)))).toBe('DAMAGED');
    expect(await refusal(w, mutated(path, flipAt(headerLength + 40)))).toBe('DAMAGED');
    expect(await refusal(w, mutated(path, flipAt(bytes.length - 3)))).toBe('DAMAGED');
    expect(await refusal(w, mutated(path, (b) => b.subarray(0, headerLength + 16 + SEALED_CHUNK_BYTES)))).toBe('TRUNCATED');
    expect(await refusal(w, mutated(path, (b) => b.subarray(0, b.length - 1)))).toBe('DAMAGED');
    expect(await refusal(w, mutated(path, (b) => Buffer.concat([b, Buffer.from([0])])))).toBe('DAMAGED');
  });

  it('refuses a payload re-addressed under another header, even to a real recipient', async () => {
    const w = world();
    const path = await validBundle(w);
    const bytes = readFileSync(path);
    const parsed = parseAgeHeader(bytes);
    const fileKey = unwrapFileKey(sodium, parsed?.header as NonNullable<typeof parsed>['header'], w.coordinator);
    const other = deriveBundleIdentity(sodium, randomBytes(32));
    const rewrapped = mutated(path, (b) => Buffer.concat([writeAgeHeader(sodium, fileKey, [other.publicKey]), b.subarray(parsed?.consumed ?? 0)]));
    expect(await refusal(w, rewrapped, other)).toBe('RE_ADDRESSED');
  });

  it('refuses stripped, foreign and broken signatures, an edited manifest, and a manifest not addressed to us', async () => {
    const w = world();
    const stranger = sodium.crypto_sign_seed_keypair(randomBytes(32));
    // The hand-made bundle itself is good: each case below changes exactly one thing.
    await expect((await read(w, await crafted(w, {}))).result).resolves.toMatchObject({ manifest: { seq: 1 } });
    expect(await refusal(w, await crafted(w, { omitSignature: true }))).toBe('UNSIGNED');
    expect(await refusal(w, await crafted(w, { signer: stranger }))).toBe('BAD_SIGNATURE');
    expect(await refusal(w, await crafted(w, { manifest: (m) => ({ ...m, seq: 2 }), signer: { publicKey: w.monitor.publicKey, privateKey: stranger.privateKey } }))).toBe('BAD_SIGNATURE');
    expect(await refusal(w, await crafted(w, { manifest: (m) => ({ ...m, recipients: [b64(randomBytes(32))] }) }))).toBe('NOT_A_RECIPIENT');
    expect(await refusal(w, await crafted(w, { manifest: (m) => ({ ...m, monitor: { signingKey: b64(stranger.publicKey) } }), signer: stranger }))).toBe('UNKNOWN_SIGNER');
    expect(await refusal(w, await crafted(w, {}), undefined, () => 'revoked')).toBe('REVOKED_SIGNER');
  });

  it('refuses an item swapped, grown, missing or added', async () => {
    const w = world();
    const swapped = (bytes: Buffer[]) => [bytes[0] as Buffer, randomBytes((bytes[1] as Buffer).length)];
    expect(await refusal(w, await crafted(w, { itemBytes: swapped }))).toBe('ITEM_MISMATCH');
    expect(await refusal(w, await crafted(w, { itemBytes: (bytes) => [Buffer.concat([bytes[0] as Buffer, Buffer.from(' ')]), bytes[1] as Buffer] }))).toBe('ITEM_MISMATCH');
    expect(await refusal(w, await crafted(w, { manifest: (m) => ({ ...m, items: [...m.items, { ...(m.items[0] as BundleManifest['items'][number]), id: 'MissingRecordAAAAAAAAA', path: 'records/MissingRecordAAAAAAAAA.json' }] }) }))).toBe('ITEM_MISMATCH');
    expect(await refusal(w, await crafted(w, { extra: { name: 'records/../../etc/cron.d/x', bytes: Buffer.from('x') } }))).toBe('ITEM_MISMATCH');
  });

  it('a file the vault already holds is checked against the manifest but not staged; a swapped one is still refused', async () => {
    const w = world(5 * 1024 * 1024 + 333); // large enough to be hashed on the second core
    const readHeld = async (path: string) => {
      const stagingDir = temporaryDir('aigaq-staging-');
      const asked: string[] = [];
      const alreadyHeld = async (item: { id: string; sha256: string }) => {
        asked.push(item.id);
        return item.sha256 === sha256(w.video);
      };
      const result = readBundle({ sodium, path, identity: w.coordinator, evidenceRecipient: w.coordinatorEvidence.publicKey, stagingDir, signerStatus: () => 'enrolled', alreadyHeld });
      return { result: result.catch((error: unknown) => (isBundleRefused(error) ? error.reason : Promise.reject(error))), stagingDir, asked };
    };
    const held = await readHeld(await validBundle(w));
    expect(await held.result).toMatchObject({ evidence: [{ item: { id: EVIDENCE_ID }, partPath: null }] });
    expect(held.asked).toEqual([EVIDENCE_ID]); // asked of the evidence only, never of a record
    expect(readdirSync(held.stagingDir)).toEqual([]);

    const swappedTail = (bytes: Buffer[]) => [bytes[0] as Buffer, flipAt((bytes[1] as Buffer).length - 1)(Buffer.from(bytes[1] as Buffer))];
    const swapped = await readHeld(await crafted(w, { itemBytes: swappedTail }));
    expect(await swapped.result).toBe('ITEM_MISMATCH');
    expect(readdirSync(swapped.stagingDir)).toEqual([]);
  });

  it('never crashes or accepts a damaged copy: random flips and cuts are refused with a reason', async () => {
    const w = world();
    const path = await validBundle(w);
    const size = readFileSync(path).length;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: size - 1 }), fc.boolean(), async (at, cut) => {
        const damaged = mutated(path, cut ? (b) => b.subarray(0, at) : flipAt(at));
        const reason = await refusal(w, damaged);
        expect(['NOT_FOR_THIS_VAULT', 'DAMAGED', 'TRUNCATED']).toContain(reason);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
