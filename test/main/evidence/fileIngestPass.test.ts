import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deriveEvidenceIdentity, formatAgeSecretKey, type AgeIdentity } from '../../../main/evidence/ageIdentity';
import { encryptFileToPart } from '../../../main/evidence/fileIngestPass';
import { HEAD_BYTES } from '../../../main/evidence/mediaType';
import { CHUNK_BYTES, SEALED_CHUNK_BYTES } from '../../../main/evidence/payloadChunks';
import { loadSodium, type Sodium } from '../../../main/vault/sodium';

// The block pass that ingests a file on disk (fileIngestPass.ts): whatever the size, the result is
// an age file the reference CLI decrypts to exactly the source, the SHA-256 is the source's, and a
// source that shrinks or cannot be read fails with its own code and leaves only the .part the
// caller removes. Sizes sit on and around the chunk (64 KiB) and block (1 MiB) boundaries.

const MIB = 1024 * 1024;
const SIZES = [0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, MIB - 1, MIB, MIB + 1, 2 * MIB + CHUNK_BYTES, 3 * MIB + 5];

let sodium: Sodium;
let dir: string;
let identity: AgeIdentity;
let identityFile: string;

beforeAll(async () => {
  if (!existsSync('/usr/bin/age')) {
    throw new Error('/usr/bin/age is required for this test: run `apt-get install age` (CI installs it)');
  }
  sodium = await loadSodium();
  dir = mkdtempSync(path.join(tmpdir(), 'aigaq-block-pass-'));
  identity = deriveEvidenceIdentity(sodium, sodium.randombytes_buf(32));
  identityFile = path.join(dir, 'identity.txt');
  writeFileSync(identityFile, `${formatAgeSecretKey(identity.secretKey)}\n`, { mode: 0o600 });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sourceOf(name: string, bytes: Buffer): { path: string; size: number } {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return { path: file, size: bytes.length };
}

const options = () => ({ sodium, recipient: identity.publicKey });

describe('encryptFileToPart', () => {
  it.each(SIZES)('a file of %i bytes: age -d gives the source back, and the hash and head are the source’s', async (size) => {
    const plaintext = randomBytes(size);
    const part = path.join(dir, `${size}.age.part`);
    const progress: number[] = [];
    const result = await encryptFileToPart(sourceOf(`${size}.bin`, plaintext), part, { ...options(), onBytes: (bytes) => progress.push(bytes) });
    expect(result.bytes).toBe(size);
    expect(result.sha256).toBe(createHash('sha256').update(plaintext).digest('hex'));
    expect(result.head.equals(plaintext.subarray(0, HEAD_BYTES))).toBe(true);
    expect(progress.at(-1)).toBe(size);
    const decrypted = execFileSync('/usr/bin/age', ['-d', '-i', identityFile, part], { maxBuffer: 8 * MIB });
    expect(decrypted.equals(plaintext)).toBe(true);
    // One sealed chunk per 64 KiB (at least one), each 16 bytes longer than its plaintext.
    const chunks = Math.max(1, Math.ceil(size / CHUNK_BYTES));
    const payloadBytes = 16 + size + chunks * (SEALED_CHUNK_BYTES - CHUNK_BYTES);
    const written = readFileSync(part);
    expect(written.subarray(written.length - payloadBytes - 1, written.length - payloadBytes).toString()).toBe('\n'); // the header's last line ends just before
  });

  it('refuses a source that is shorter than inspected (it shrank while being read): SOURCE_CHANGED', async () => {
    const source = sourceOf('shrunk.bin', randomBytes(2 * MIB));
    truncateSync(source.path, MIB + 100);
    await expect(encryptFileToPart(source, path.join(dir, 'shrunk.age.part'), options())).rejects.toMatchObject({ code: 'SOURCE_CHANGED' });
  });

  it('says SOURCE_UNREADABLE for a source that cannot be opened, and creates no .part', async () => {
    const part = path.join(dir, 'missing.age.part');
    await expect(encryptFileToPart({ path: path.join(dir, 'no-such-file.bin'), size: 10 }, part, options())).rejects.toMatchObject({ code: 'SOURCE_UNREADABLE' });
    expect(readdirSync(dir)).not.toContain('missing.age.part');
  });

  it('never overwrites: an existing .part is a STORAGE failure and keeps its bytes', async () => {
    const part = path.join(dir, 'taken.age.part');
    writeFileSync(part, 'someone else’s');
    await expect(encryptFileToPart(sourceOf('taken.bin', randomBytes(10)), part, options())).rejects.toMatchObject({ code: 'STORAGE' });
    expect(readFileSync(part, 'utf8')).toBe('someone else’s');
  });

  it('is CANCELLED when the signal aborts mid-file', async () => {
    const controller = new AbortController();
    const onBytes = (bytes: number) => bytes >= MIB && controller.abort();
    const run = encryptFileToPart(sourceOf('cancelled.bin', randomBytes(4 * MIB)), path.join(dir, 'cancelled.age.part'), { ...options(), signal: controller.signal, onBytes });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});
