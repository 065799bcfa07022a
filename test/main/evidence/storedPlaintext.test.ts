import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { headerDigest } from '../../../main/evidence/ageFile';
import { parseAgeHeader } from '../../../main/evidence/ageHeader';
import { deriveEvidenceIdentity, type AgeIdentity } from '../../../main/evidence/ageIdentity';
import { encryptFileToPart } from '../../../main/evidence/fileIngestPass';
import { CHUNK_BYTES, SEALED_CHUNK_BYTES } from '../../../main/evidence/payloadChunks';
import { readStoredPlaintext } from '../../../main/evidence/storedPlaintext';
import { loadSodium, type Sodium } from '../../../main/vault/sodium';

// How an export reads a stored file (storedPlaintext.ts): in blocks of 1 MiB through three buffers
// used in turn. Whatever the size, it yields exactly the plaintext; it refuses what the streaming
// decryptor refuses (a flipped byte, a cut, bytes appended) and, given the item's header digest, a
// file of the same vault put in the item's place, before yielding anything. A consumer that stops
// early leaves no file open.

const MIB = 1024 * 1024;
// On and around the chunk (64 KiB) and read-block (1 MiB) boundaries; a sealed chunk straddles two
// reads in every block, and these sizes put the final chunk on either side of a read boundary.
const SIZES = [0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, MIB - 1, MIB, MIB + 1, 3 * MIB + 17, 4 * MIB + 16 * CHUNK_BYTES];

let sodium: Sodium;
let dir: string;
let identity: AgeIdentity;

beforeAll(async () => {
  sodium = await loadSodium();
  dir = mkdtempSync(path.join(tmpdir(), 'aigaq-stored-plaintext-'));
  identity = deriveEvidenceIdentity(sodium, sodium.randombytes_buf(32));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stored file as the store writes it; its plaintext and header digest. */
async function stored(name: string, plaintext: Buffer): Promise<{ file: string; headerSha256: string }> {
  const source = path.join(dir, `${name}.bin`);
  writeFileSync(source, plaintext);
  const file = path.join(dir, `${name}.age`);
  const pass = await encryptFileToPart({ path: source, size: plaintext.length }, file, { sodium, recipient: identity.publicKey });
  return { file, headerSha256: pass.headerSha256 as string };
}

async function readAll(file: string, expectedHeader?: string): Promise<{ plaintext: Buffer; pieces: number }> {
  const pieces: Buffer[] = [];
  for await (const piece of readStoredPlaintext(sodium, file, identity, expectedHeader)) {
    pieces.push(Buffer.from(piece));
  }
  return { plaintext: Buffer.concat(pieces), pieces: pieces.length };
}

async function refusal(file: string, expectedHeader?: string): Promise<{ code: string | undefined; reason: string | undefined; yielded: number }> {
  let yielded = 0;
  try {
    for await (const piece of readStoredPlaintext(sodium, file, identity, expectedHeader)) {
      yielded += piece.length;
    }
  } catch (error) {
    const { code, reason } = error as { code?: string; reason?: string };
    return { code, reason, yielded };
  }
  throw new Error('the file was not refused');
}

const openFiles = () => readdirSync('/proc/self/fd').length;

describe('readStoredPlaintext', () => {
  it.each(SIZES)('a file of %i bytes reads back exactly, one piece per chunk', async (size) => {
    const plaintext = randomBytes(size);
    const { file, headerSha256 } = await stored(`size-${size}`, plaintext);
    const read = await readAll(file, headerSha256);
    expect(read.plaintext.equals(plaintext)).toBe(true);
    expect(read.pieces).toBe(Math.max(1, Math.ceil(size / CHUNK_BYTES)));
  });

  it('gives the header digest the store keeps: the SHA-256 of the header bytes, MAC line included', async () => {
    const { file, headerSha256 } = await stored('digest', randomBytes(1000));
    const bytes = readFileSync(file);
    const consumed = parseAgeHeader(bytes)?.consumed ?? 0;
    expect(consumed).toBeGreaterThan(0);
    expect(headerSha256).toBe(headerDigest(bytes.subarray(0, consumed)));
  });

  it('refuses another file of the same vault in the item’s place before yielding anything', async () => {
    const mine = await stored('mine', randomBytes(2 * MIB));
    const other = await stored('other', randomBytes(2 * MIB));
    expect(await refusal(other.file, mine.headerSha256)).toEqual({ code: 'INTEGRITY', reason: undefined, yielded: 0 });
    // Without the digest (an item from before it existed) the other file authenticates: the exporter then hashes it.
    expect((await readAll(other.file)).plaintext.length).toBe(2 * MIB);
  });

  it('refuses a flipped byte in any chunk, a cut at and around chunk boundaries, and bytes appended', async () => {
    const plaintext = randomBytes(2 * MIB + 100);
    const { file, headerSha256 } = await stored('tamper', plaintext);
    const original = readFileSync(file);
    const payloadStart = (parseAgeHeader(original)?.consumed ?? 0) + 16;
    const variants: Array<[string, Buffer, string]> = [];
    for (const chunk of [0, 15, 16, 32]) {
      const flipped = Buffer.from(original);
      const at = payloadStart + chunk * SEALED_CHUNK_BYTES + 7;
      flipped[at] = (flipped[at] as number) ^ 0x01;
      variants.push([`flip in chunk ${chunk}`, flipped, 'TAMPERED']);
    }
    for (const cut of [payloadStart + 16 * SEALED_CHUNK_BYTES, payloadStart + 16 * SEALED_CHUNK_BYTES - 1, payloadStart + 16 * SEALED_CHUNK_BYTES + 1, original.length - 1]) {
      variants.push([`cut at ${cut}`, original.subarray(0, cut), 'cut']);
    }
    // A byte appended to a short final chunk makes it a chunk that opens neither as final nor as non-final.
    variants.push(['appended', Buffer.concat([original, Buffer.from([0])]), 'TAMPERED']);
    for (const [name, bytes, expected] of variants) {
      const variant = path.join(dir, `tamper-${name.replace(/ /g, '-')}.age`);
      writeFileSync(variant, bytes);
      const refused = await refusal(variant, headerSha256);
      expect({ name, code: refused.code }).toEqual({ name, code: 'INTEGRITY' });
      if (expected !== 'cut') {
        expect({ name, reason: refused.reason }).toEqual({ name, reason: expected });
      }
      expect(refused.yielded).toBeLessThan(plaintext.length);
    }
  });

  it('closes the file when the consumer stops early or the file turns out bad', async () => {
    const { file, headerSha256 } = await stored('early', randomBytes(5 * MIB));
    const before = openFiles();
    for await (const piece of readStoredPlaintext(sodium, file, identity, headerSha256)) {
      expect(piece.length).toBe(CHUNK_BYTES);
      break;
    }
    expect(openFiles()).toBe(before);
    const cut = path.join(dir, 'early-cut.age');
    writeFileSync(cut, readFileSync(file).subarray(0, 3 * MIB));
    expect((await refusal(cut, headerSha256)).code).toBe('INTEGRITY');
    truncateSync(cut, 10);
    expect((await refusal(cut)).code).toBeDefined();
    expect(openFiles()).toBe(before);
  });
});
