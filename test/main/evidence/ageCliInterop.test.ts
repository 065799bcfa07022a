import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { createAgeDecryptor, createAgeEncryptor, openAgeFileHeader } from '../../../main/evidence/ageFile';
import { deriveEvidenceIdentity, formatAgeRecipient, formatAgeSecretKey, type AgeIdentity } from '../../../main/evidence/ageIdentity';
import { chunkLocation, decryptChunkAt, plaintextSizeOf } from '../../../main/evidence/ageStream';
import { loadSodium, type Sodium } from '../../../main/vault/sodium';

// Interoperability with the reference age CLI (Debian's age 1.1.1), both directions: what Aigaq writes,
// `age -d -i identity.txt` reads (the disaster-recovery path in docs/evidence-format.md); what `age -r`
// writes, Aigaq reads. The CLI is required: without it this suite FAILS rather than skips. All
// plaintext here is random test bytes; the vault master key is random too.

const AGE = '/usr/bin/age';
const AGE_KEYGEN = '/usr/bin/age-keygen';
const SIZES = [0, 1, 65536, 65537, 300_000];

const run = promisify(execFile);

async function runAge(file: string, args: string[]): Promise<Buffer> {
  const { stdout } = await run(file, args, { encoding: 'buffer', maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

let sodium: Sodium;
let dir: string;
let identity: AgeIdentity;
let identityFile: string;

beforeAll(async () => {
  if (!existsSync(AGE) || !existsSync(AGE_KEYGEN)) {
    throw new Error(`${AGE} and ${AGE_KEYGEN} are required for this test: run \`apt-get install age\` (CI installs it)`);
  }
  sodium = await loadSodium();
  dir = mkdtempSync(path.join(tmpdir(), 'aigaq-age-cli-'));
  identity = deriveEvidenceIdentity(sodium, sodium.randombytes_buf(32));
  identityFile = path.join(dir, 'identity.txt');
  writeFileSync(identityFile, `# Aigaq test identity\n${formatAgeSecretKey(identity.secretKey)}\n`, { mode: 0o600 });
});

afterAll(() => {
  if (dir !== undefined) {
    rmSync(dir, { recursive: true, force: true });
  }
});

async function encryptToFile(plaintext: Buffer, recipients: readonly Uint8Array[], name: string): Promise<string> {
  const file = path.join(dir, name);
  const out: Buffer[] = [];
  const { stream } = createAgeEncryptor(sodium, recipients);
  await pipeline(
    Readable.from([plaintext]),
    stream,
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        out.push(chunk);
        callback();
      },
    }),
  );
  writeFileSync(file, Buffer.concat(out));
  return file;
}

/** Our decryptor over a file; the output counts only if the stream ends without error (quarantine rule). */
async function decryptFile(file: string, who: AgeIdentity): Promise<Buffer> {
  const out: Buffer[] = [];
  await pipeline(
    createReadStream(file),
    createAgeDecryptor(sodium, who),
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        out.push(chunk);
        callback();
      },
    }),
  );
  return Buffer.concat(out);
}

describe('the age CLI', () => {
  it('derives the same recipient from our exported identity (age-keygen -y)', async () => {
    const printed = (await runAge(AGE_KEYGEN, ['-y', identityFile])).toString('utf8').trim();
    expect(printed).toBe(formatAgeRecipient(identity.publicKey));
  });

  it.each(SIZES)('decrypts what Aigaq encrypts: %i bytes', async (size) => {
    const plaintext = randomBytes(size);
    const file = await encryptToFile(plaintext, [identity.publicKey], `ours-${size}.age`);
    const decrypted = await runAge(AGE, ['-d', '-i', identityFile, file]);
    expect(decrypted.equals(plaintext)).toBe(true);
  });

  it.each(SIZES)('is decrypted by Aigaq: %i bytes from age -r', async (size) => {
    const plaintext = randomBytes(size);
    const input = path.join(dir, `plain-${size}`);
    const file = path.join(dir, `cli-${size}.age`);
    writeFileSync(input, plaintext);
    await runAge(AGE, ['-r', formatAgeRecipient(identity.publicKey), '-o', file, input]);
    expect((await decryptFile(file, identity)).equals(plaintext)).toBe(true);
  });

  it('reads the last chunk of an age -r file by random access (openAgeFileHeader)', async () => {
    const plaintext = randomBytes(200_000);
    const input = path.join(dir, 'plain-random-access');
    const file = path.join(dir, 'cli-random-access.age');
    writeFileSync(input, plaintext);
    await runAge(AGE, ['-r', formatAgeRecipient(identity.publicKey), '-o', file, input]);
    const { fileKey, payloadOffset, fileSize } = await openAgeFileHeader(sodium, file, identity);
    const bytes = readFileSync(file);
    const size = plaintextSizeOf(fileSize - payloadOffset);
    const last = chunkLocation(size, 3);
    const chunk = decryptChunkAt(fileKey, bytes.subarray(payloadOffset, payloadOffset + 16), 3, last.isLast, bytes.subarray(payloadOffset + last.offset, payloadOffset + last.offset + last.length));
    expect(last.isLast).toBe(true);
    expect(chunk.equals(plaintext.subarray(last.plaintextOffset))).toBe(true);
  });

  it('works with several recipients in either direction', async () => {
    const other = deriveEvidenceIdentity(sodium, sodium.randombytes_buf(32));
    const otherFile = path.join(dir, 'other.txt');
    writeFileSync(otherFile, `${formatAgeSecretKey(other.secretKey)}\n`, { mode: 0o600 });
    const plaintext = randomBytes(1000);
    const ours = await encryptToFile(plaintext, [other.publicKey, identity.publicKey], 'ours-two.age');
    for (const keyFile of [identityFile, otherFile]) {
      expect((await runAge(AGE, ['-d', '-i', keyFile, ours])).equals(plaintext)).toBe(true);
    }
    const input = path.join(dir, 'plain-two');
    const cli = path.join(dir, 'cli-two.age');
    writeFileSync(input, plaintext);
    await runAge(AGE, ['-r', formatAgeRecipient(other.publicKey), '-r', formatAgeRecipient(identity.publicKey), '-o', cli, input]);
    for (const who of [identity, other]) {
      expect((await decryptFile(cli, who)).equals(plaintext)).toBe(true);
    }
  });

  it('refuses, in the CLI, a file of ours under another identity', async () => {
    const stranger = path.join(dir, 'stranger.txt');
    writeFileSync(stranger, `${formatAgeSecretKey(sodium.randombytes_buf(32))}\n`, { mode: 0o600 });
    const file = await encryptToFile(Buffer.from('x'), [identity.publicKey], 'ours-stranger.age');
    await expect(runAge(AGE, ['-d', '-i', stranger, file])).rejects.toThrow(/no identity matched/);
  });
});
