import { createCipheriv } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { x25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { base64nopad } from '@scure/base';
import { createAgeDecryptor, createAgeEncryptor, decryptAgeToBuffer, encryptAgeToBuffer, openAgeFileHeader } from '../../../main/evidence/ageFile';
import { AGE_VERSION_LINE, MAX_AGE_HEADER_BYTES, isAgeHeaderError, parseAgeHeader, unwrapFileKey, writeAgeHeader, type AgeHeaderReason } from '../../../main/evidence/ageHeader';
import { deriveEvidenceIdentity, formatAgeRecipient, formatAgeSecretKey, parseAgeRecipient, parseAgeSecretKey, type AgeIdentity } from '../../../main/evidence/ageIdentity';
import { CHUNK_BYTES, chunkCount, chunkLocation, decryptChunkAt, encryptPayloadToBuffer, isEvidenceIntegrityError, plaintextSizeOf } from '../../../main/evidence/ageStream';
import { loadSodium, type Sodium } from '../../../main/vault/sodium';

// ---- helpers ----

let sodium: Sodium;
beforeAll(async () => {
  sodium = await loadSodium();
});

const ascii = (text: string) => Buffer.from(text, 'latin1');
const b64 = (bytes: Uint8Array) => base64nopad.encode(bytes);
/** A stanza body as age.md writes it: 64-column lines, then a shorter (possibly empty) final line. */
const bodyLines = (bytes: Uint8Array) => `${(b64(bytes).match(/.{1,64}/g) ?? []).join('\n')}${b64(bytes).length % 64 === 0 ? '\n' : ''}`;

/** Deterministic bytes: the ChaCha20 keystream for a seed. */
function seededBytes(seed: number, length: number): Buffer {
  const key = Buffer.alloc(32);
  key.writeUInt32BE(seed);
  return createCipheriv('chacha20', key, Buffer.alloc(16)).update(Buffer.alloc(length));
}

/** Splits bytes into pseudo-random pieces of 1..max bytes. */
function pieces(bytes: Uint8Array, seed: number, max = 5000): Buffer[] {
  const sizes = seededBytes(seed, bytes.length + 1);
  const out: Buffer[] = [];
  for (let at = 0, i = 0; at < bytes.length; i += 1) {
    const size = 1 + ((sizes.readUInt16BE(i % (sizes.length - 1)) * 7919) % max);
    out.push(Buffer.from(bytes.subarray(at, at + size)));
    at += size;
  }
  return out;
}

/** Runs bytes through a Transform; `accepted` is what a quarantining consumer keeps: everything on success, nothing on error. */
async function throughStream(transform: NodeJS.ReadWriteStream, input: Buffer[]): Promise<{ accepted: Buffer; error: unknown }> {
  const quarantine: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      quarantine.push(chunk);
      callback();
    },
  });
  try {
    await pipeline(Readable.from(input), transform, sink);
  } catch (error) {
    return { accepted: Buffer.alloc(0), error };
  }
  return { accepted: Buffer.concat(quarantine), error: null };
}

type Outcome = AgeHeaderReason | 'INTEGRITY' | 'ok' | 'other';

function outcomeOf(run: () => unknown): Outcome {
  try {
    run();
    return 'ok';
  } catch (error) {
    return isAgeHeaderError(error) ? error.reason : isEvidenceIntegrityError(error) ? 'INTEGRITY' : 'other';
  }
}

function identityOf(secretKey: Uint8Array): AgeIdentity {
  return { secretKey, publicKey: x25519.getPublicKey(secretKey) };
}

// The identity of the age spec's example (age.md, "The X25519 recipient type"): 32 bytes of 0x42.
const SPEC_SECRET_KEY = 'AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX';
const SPEC_RECIPIENT = 'age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj'; // also `age-keygen -y` output
const IDENTITY = identityOf(new Uint8Array(32).fill(0x42));
const OTHER = identityOf(new Uint8Array(32).fill(0x43));
const FILE_KEY = Uint8Array.from({ length: 16 }, (_, i) => i);
const EPHEMERAL = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);

// ---- an independent implementation of the header (@noble/*, @scure/base), for the known answer and hand-built headers ----

function nobleX25519Stanza(fileKey: Uint8Array, recipient: Uint8Array, ephemeral: Uint8Array): string {
  const share = x25519.getPublicKey(ephemeral);
  const shared = x25519.getSharedSecret(ephemeral, recipient);
  const salt = Uint8Array.from([...share, ...recipient]);
  const wrapKey = hkdf(sha256, shared, salt, ascii('age-encryption.org/v1/X25519'), 32);
  const body = chacha20poly1305(wrapKey, new Uint8Array(12)).encrypt(fileKey);
  return `-> X25519 ${b64(share)}\n${b64(body)}\n`;
}

/** Version line + the given stanza text + a correct MAC under `fileKey`. */
function withMac(fileKey: Uint8Array, stanzas: string, version = AGE_VERSION_LINE): Buffer {
  const macInput = ascii(`${version}\n${stanzas}---`);
  const mac = hmac(sha256, hkdf(sha256, fileKey, new Uint8Array(0), ascii('header'), 32), macInput);
  return Buffer.concat([macInput, ascii(` ${b64(mac)}\n`)]);
}

const GOOD_STANZA = nobleX25519Stanza(FILE_KEY, IDENTITY.publicKey, EPHEMERAL);
const PAYLOAD = encryptPayloadToBuffer(FILE_KEY, ascii('evidence'));

// ---- known answer ----

// Computed once with writeAgeHeader and committed; the test below recomputes it with @noble.
const KAT_HEADER = [
  'age-encryption.org/v1',
  '-> X25519 ST6C/HRGSlkmiBdiPSBTxeuOLMSpiLT+4XnsawENUx0',
  'B9wMVnwqPD/kjCGBwJKkOKYsh4WzPBlgZ7lELtydNN4',
  '--- Oyvu0MRlJJSeD0ZZGhBhXzX6aqlcQya7exTGHQOIxJk',
  '',
].join('\n');

describe('known answer (file key 00..0f, ephemeral secret 80..9f, identity 42×32)', () => {
  it('writes the committed header', () => {
    const header = writeAgeHeader(sodium, FILE_KEY, [IDENTITY.publicKey], { ephemeralSecrets: [EPHEMERAL] });
    expect(header.toString('latin1')).toBe(KAT_HEADER);
  });

  it('matches an independent implementation (@noble/curves x25519, @noble/hashes hkdf+hmac, @noble/ciphers chacha20poly1305)', () => {
    expect(withMac(FILE_KEY, GOOD_STANZA).toString('latin1')).toBe(KAT_HEADER);
    const parsed = parseAgeHeader(ascii(KAT_HEADER));
    expect(parsed?.consumed).toBe(KAT_HEADER.length);
    expect(Buffer.from(unwrapFileKey(sodium, parsed!.header, IDENTITY)).equals(Buffer.from(FILE_KEY))).toBe(true);
  });

  it('writes one stanza per recipient, each with its own ephemeral share, each opening under its identity', () => {
    const header = writeAgeHeader(sodium, FILE_KEY, [IDENTITY.publicKey, OTHER.publicKey], { ephemeralSecrets: [EPHEMERAL, EPHEMERAL.map((b) => b ^ 0xff)] });
    expect(header.toString('latin1')).toBe(withMac(FILE_KEY, GOOD_STANZA + nobleX25519Stanza(FILE_KEY, OTHER.publicKey, EPHEMERAL.map((b) => b ^ 0xff))).toString('latin1'));
    const { header: parsed } = parseAgeHeader(header)!;
    expect(parsed.stanzas).toHaveLength(2);
    for (const identity of [IDENTITY, OTHER]) {
      expect(Buffer.from(unwrapFileKey(sodium, parsed, identity)).equals(Buffer.from(FILE_KEY))).toBe(true);
    }
  });
});

// ---- round trips ----

describe('round trips', () => {
  it('uses a fresh ephemeral secret each time, and parses back what it writes', () => {
    const first = writeAgeHeader(sodium, FILE_KEY, [IDENTITY.publicKey]);
    const second = writeAgeHeader(sodium, FILE_KEY, [IDENTITY.publicKey]);
    expect(first.equals(second)).toBe(false);
    const parsed = parseAgeHeader(Buffer.concat([first, PAYLOAD]));
    expect(parsed?.consumed).toBe(first.length);
    expect(Buffer.from(unwrapFileKey(sodium, parsed!.header, IDENTITY)).equals(Buffer.from(FILE_KEY))).toBe(true);
  });

  it.each([0, 1, CHUNK_BYTES, CHUNK_BYTES + 1, 3 * CHUNK_BYTES + 5])('streams a whole file of %i bytes, in any pieces', async (size) => {
    const plaintext = seededBytes(size + 1, size);
    const { stream, headerBytes } = createAgeEncryptor(sodium, [IDENTITY.publicKey, OTHER.publicKey]);
    const sealed = await throughStream(stream, pieces(plaintext, size + 2, 70_000));
    expect(sealed.error).toBeNull();
    expect(parseAgeHeader(sealed.accepted)?.consumed).toBe(headerBytes);
    for (const identity of [IDENTITY, OTHER]) {
      const opened = await throughStream(createAgeDecryptor(sodium, identity), pieces(sealed.accepted, size + 3, 300));
      expect(opened.error).toBeNull();
      expect(opened.accepted.equals(plaintext)).toBe(true);
      expect(decryptAgeToBuffer(sodium, identity, sealed.accepted).equals(plaintext)).toBe(true);
    }
  });

  it('encryptAgeToBuffer with a fixed file key and nonce equals the header plus the payload construction', () => {
    const nonce = seededBytes(9, 16);
    const file = encryptAgeToBuffer(sodium, [IDENTITY.publicKey], ascii('evidence'), { fileKey: FILE_KEY, nonce });
    const { header, consumed } = parseAgeHeader(file)!;
    expect(file.subarray(consumed).equals(encryptPayloadToBuffer(FILE_KEY, ascii('evidence'), nonce))).toBe(true);
    expect(Buffer.from(unwrapFileKey(sodium, header, IDENTITY)).equals(Buffer.from(FILE_KEY))).toBe(true);
  });

  it('opens only the header of a file on disk, for random access with offsets shifted by payloadOffset', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'aigaq-age-header-'));
    try {
      const plaintext = seededBytes(77, 2 * CHUNK_BYTES + 123);
      const file = encryptAgeToBuffer(sodium, [IDENTITY.publicKey], plaintext);
      writeFileSync(path.join(dir, 'f.age'), file);
      const { fileKey, payloadOffset, fileSize } = await openAgeFileHeader(sodium, path.join(dir, 'f.age'), IDENTITY);
      expect(fileSize).toBe(file.length);
      const size = plaintextSizeOf(fileSize - payloadOffset);
      const nonce = file.subarray(payloadOffset, payloadOffset + 16);
      const opened = Array.from({ length: chunkCount(size) }, (_, i) => {
        const at = chunkLocation(size, i);
        return decryptChunkAt(fileKey, nonce, i, at.isLast, file.subarray(payloadOffset + at.offset, payloadOffset + at.offset + at.length));
      });
      expect(Buffer.concat(opened).equals(plaintext)).toBe(true);
      writeFileSync(path.join(dir, 'cut.age'), file.subarray(0, payloadOffset - 1));
      await expect(openAgeFileHeader(sodium, path.join(dir, 'cut.age'), IDENTITY)).rejects.toMatchObject({ reason: 'MALFORMED' });
      writeFileSync(path.join(dir, 'empty.age'), Buffer.alloc(0));
      await expect(openAgeFileHeader(sodium, path.join(dir, 'empty.age'), IDENTITY)).rejects.toMatchObject({ reason: 'MALFORMED' });
      await expect(openAgeFileHeader(sodium, path.join(dir, 'f.age'), OTHER)).rejects.toMatchObject({ reason: 'NO_IDENTITY_MATCHED', code: 'INTEGRITY' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses bad inputs to the writer', () => {
    expect(() => writeAgeHeader(sodium, new Uint8Array(32), [IDENTITY.publicKey])).toThrow(expect.objectContaining({ code: 'INVALID_REQUEST' }));
    expect(() => writeAgeHeader(sodium, FILE_KEY, [])).toThrow(expect.objectContaining({ code: 'INVALID_REQUEST' }));
    expect(() => writeAgeHeader(sodium, FILE_KEY, [new Uint8Array(31)])).toThrow(expect.objectContaining({ code: 'INVALID_REQUEST' }));
    expect(() => writeAgeHeader(sodium, FILE_KEY, [new Uint8Array(32)])).toThrow(expect.objectContaining({ code: 'INVALID_REQUEST' })); // a low-order point
  });
});

// ---- tampering ----

/** Which header line byte `position` belongs to (its LF included). */
function lineOf(header: Buffer, position: number): number {
  return header.subarray(0, position).filter((byte) => byte === 0x0a).length;
}

function flipEveryByte(header: Buffer, identity: AgeIdentity): Map<number, Set<Outcome>> {
  const file = Buffer.concat([header, PAYLOAD]);
  const byLine = new Map<number, Set<Outcome>>();
  for (let position = 0; position < header.length; position += 1) {
    const flipped = Buffer.from(file);
    flipped[position] = (flipped[position] as number) ^ 0x01;
    const outcome = outcomeOf(() => decryptAgeToBuffer(sodium, identity, flipped));
    const line = lineOf(header, position);
    byLine.set(line, (byLine.get(line) ?? new Set()).add(outcome));
  }
  return byLine;
}

describe('tampering with the header', () => {
  it('refuses a flipped bit anywhere in the header, with the reason of the line it is in', () => {
    const byLine = flipEveryByte(withMac(FILE_KEY, GOOD_STANZA), IDENTITY);
    expect([...byLine.keys()]).toEqual([0, 1, 2, 3]);
    expect(byLine.get(0)).toEqual(new Set(['MALFORMED', 'UNSUPPORTED_VERSION'])); // "v1" → "v0", "w1"…: another version
    expect(byLine.get(1)).toEqual(new Set(['MALFORMED', 'NO_IDENTITY_MATCHED'])); // "-> X25519 <share>": syntax, or another share/type
    expect(byLine.get(2)).toEqual(new Set(['MALFORMED', 'NO_IDENTITY_MATCHED'])); // the wrapped file key
    expect(byLine.get(3)).toEqual(new Set(['MALFORMED', 'BAD_MAC'])); // "--- <mac>"
  });

  it('the MAC covers stanzas no identity reads: flips in an unknown stanza are BAD_MAC (or MALFORMED)', () => {
    const byLine = flipEveryByte(withMac(FILE_KEY, `-> grease x ${'y'.repeat(10)}\n${b64(seededBytes(3, 48))}\nBBBB\n${GOOD_STANZA}`), IDENTITY);
    for (const line of [1, 2, 3]) {
      expect(byLine.get(line)).toEqual(new Set(['MALFORMED', 'BAD_MAC']));
    }
  });

  it('releases nothing when the header fails, through the stream', async () => {
    const file = Buffer.concat([withMac(FILE_KEY, GOOD_STANZA), PAYLOAD]);
    for (const position of [0, 23, 30, 70, 100, file.length - PAYLOAD.length - 2]) {
      const flipped = Buffer.from(file);
      flipped[position] = (flipped[position] as number) ^ 0x04;
      const { accepted, error } = await throughStream(createAgeDecryptor(sodium, IDENTITY), pieces(flipped, position, 7));
      expect(isAgeHeaderError(error)).toBe(true);
      expect(accepted.length).toBe(0);
    }
  });

  it('refuses a file under another identity: NO_IDENTITY_MATCHED', async () => {
    const file = Buffer.concat([withMac(FILE_KEY, GOOD_STANZA), PAYLOAD]);
    expect(outcomeOf(() => decryptAgeToBuffer(sodium, OTHER, file))).toBe('NO_IDENTITY_MATCHED');
    const { error } = await throughStream(createAgeDecryptor(sodium, OTHER), [file]);
    expect(error).toMatchObject({ reason: 'NO_IDENTITY_MATCHED', code: 'INTEGRITY' });
  });

  it('refuses a stanza whose file key opens but whose MAC is from another file key: BAD_MAC', () => {
    const otherKey = FILE_KEY.map((b) => b ^ 0x55);
    const macInput = ascii(`${AGE_VERSION_LINE}\n${GOOD_STANZA}---`);
    const wrongMac = hmac(sha256, hkdf(sha256, otherKey, new Uint8Array(0), ascii('header'), 32), macInput);
    const header = Buffer.concat([macInput, ascii(` ${b64(wrongMac)}\n`)]);
    expect(outcomeOf(() => decryptAgeToBuffer(sodium, IDENTITY, Buffer.concat([header, PAYLOAD])))).toBe('BAD_MAC');
  });
});

describe('truncation', () => {
  it('every proper prefix of a header is "need more bytes", and a file cut there is MALFORMED', async () => {
    const header = withMac(FILE_KEY, `-> grease\n${b64(seededBytes(4, 48))}\n\n${GOOD_STANZA}`);
    for (let cut = 0; cut < header.length; cut += 1) {
      expect(parseAgeHeader(header.subarray(0, cut))).toBeNull();
      expect(outcomeOf(() => decryptAgeToBuffer(sodium, IDENTITY, header.subarray(0, cut)))).toBe('MALFORMED');
    }
    const { error } = await throughStream(createAgeDecryptor(sodium, IDENTITY), [header.subarray(0, header.length - 1)]);
    expect(error).toMatchObject({ reason: 'MALFORMED' });
    expect(parseAgeHeader(header)?.consumed).toBe(header.length);
    expect(outcomeOf(() => decryptAgeToBuffer(sodium, IDENTITY, header))).toBe('INTEGRITY'); // no payload nonce
  });

  it('refuses at once bytes that cannot begin an age file, without waiting for a newline', () => {
    expect(() => parseAgeHeader(ascii('PK\x03\x04'))).toThrow(expect.objectContaining({ reason: 'MALFORMED' }));
    expect(() => parseAgeHeader(ascii('age-encryption.org!'))).toThrow(expect.objectContaining({ reason: 'MALFORMED' }));
    expect(parseAgeHeader(ascii('age-encr'))).toBeNull();
  });
});

// ---- strict grammar ----

const SHARE = GOOD_STANZA.split('\n')[0]!.slice('-> X25519 '.length);
const BODY = GOOD_STANZA.split('\n')[1]!;
const x25519Stanza = (share = SHARE, body = BODY, extra = '') => `-> X25519 ${share}${extra}\n${body}\n`;
/** Flips the last base64 character to one that decodes the same bytes but sets unused bits (not canonical). */
const nonCanonical = (text: string) => text.slice(0, -1) + String.fromCharCode(text.charCodeAt(text.length - 1) + 1);

const MALFORMED_HEADERS: ReadonlyArray<readonly [string, Buffer]> = [
  ['padding in the stanza body', withMac(FILE_KEY, x25519Stanza(SHARE, `${BODY}=`))],
  ['padding in the share', withMac(FILE_KEY, x25519Stanza(`${SHARE}=`))],
  ['padding in the MAC', ascii(withMac(FILE_KEY, GOOD_STANZA).toString('latin1').replace(/\n$/, '=\n'))],
  ['a non-canonical body', withMac(FILE_KEY, x25519Stanza(SHARE, nonCanonical(BODY)))],
  ['a non-canonical share', withMac(FILE_KEY, x25519Stanza(nonCanonical(SHARE)))],
  ['a non-canonical MAC', ascii(withMac(FILE_KEY, GOOD_STANZA).toString('latin1').replace(/(.)\n$/, (_m, c: string) => `${nonCanonical(c)}\n`))],
  ['a body line of 65 columns', withMac(FILE_KEY, `-> grease\n${'A'.repeat(65)}\nAAAA\n${GOOD_STANZA}`)],
  ['a full last body line with no short line after it', withMac(FILE_KEY, `${GOOD_STANZA}-> grease\n${'A'.repeat(64)}\n`)],
  ['two short body lines', withMac(FILE_KEY, `-> grease\nAAAA\nAAAA\n${GOOD_STANZA}`)],
  ['a stanza with no body line', withMac(FILE_KEY, `${GOOD_STANZA}-> grease\n`)],
  ['an empty argument (double space)', withMac(FILE_KEY, `-> grease  x\n\n${GOOD_STANZA}`)],
  ['a trailing space after the arguments', withMac(FILE_KEY, x25519Stanza(SHARE, BODY, ' '))],
  ['no argument at all', withMac(FILE_KEY, `-> \n\n${GOOD_STANZA}`)],
  ['a non-ASCII byte in an argument', withMac(FILE_KEY, `-> gr\u00e9ase\n\n${GOOD_STANZA}`)],
  ['CRLF line endings', ascii(withMac(FILE_KEY, GOOD_STANZA).toString('latin1').replace(/\n/g, '\r\n'))],
  ['a CR at the end of a body line', withMac(FILE_KEY, x25519Stanza(SHARE, `${BODY}\r`))],
  ['no stanza', withMac(FILE_KEY, '')],
  ['"---" with no space and MAC', ascii(`${AGE_VERSION_LINE}\n${GOOD_STANZA}---\n`)],
  ['a MAC of 42 characters', ascii(withMac(FILE_KEY, GOOD_STANZA).toString('latin1').replace(/.\n$/, '\n'))],
  ['a MAC of 44 characters', ascii(withMac(FILE_KEY, GOOD_STANZA).toString('latin1').replace(/\n$/, 'A\n'))],
  ['a line that is neither a stanza nor the MAC', withMac(FILE_KEY, `${GOOD_STANZA}hello\n`)],
  ['X25519 with three arguments', withMac(FILE_KEY, x25519Stanza(SHARE, BODY, ' extra'))],
  ['X25519 with a 31-byte share', withMac(FILE_KEY, x25519Stanza(b64(new Uint8Array(31).fill(9))))],
  ['X25519 with a 33-byte body', withMac(FILE_KEY, x25519Stanza(SHARE, b64(new Uint8Array(33))))],
  ['X25519 with the zero point as share (all-zero shared secret)', withMac(FILE_KEY, x25519Stanza(b64(new Uint8Array(32))))],
  ['X25519 with a low-order point as share', withMac(FILE_KEY, x25519Stanza(b64(Uint8Array.from({ length: 32 }, (_, i) => (i === 0 ? 1 : 0)))))],
  ['an scrypt stanza next to a matching X25519 stanza', withMac(FILE_KEY, `${GOOD_STANZA}-> scrypt ${b64(new Uint8Array(16))} 10\n${b64(new Uint8Array(32))}\n`)],
  ['a version line with a CR', ascii(withMac(FILE_KEY, GOOD_STANZA).toString('latin1').replace('v1\n', 'v1\r\n'))],
];

describe('strict grammar: anything not exactly per age.md is MALFORMED', () => {
  it.each(MALFORMED_HEADERS)('%s', async (_label, header) => {
    const file = Buffer.concat([header, PAYLOAD]);
    expect(outcomeOf(() => decryptAgeToBuffer(sodium, IDENTITY, file))).toBe('MALFORMED');
    const { accepted, error } = await throughStream(createAgeDecryptor(sodium, IDENTITY), pieces(file, header.length, 50));
    expect({ reason: isAgeHeaderError(error) ? error.reason : error, released: accepted.length }).toEqual({ reason: 'MALFORMED', released: 0 });
  });

  it('accepts what the grammar allows: unknown stanzas, an empty body, a 64-column body line followed by an empty line', () => {
    const header = withMac(FILE_KEY, `-> grease ${'!#$%&'} ~\n\n-> other\n${bodyLines(seededBytes(5, 48))}\n-> third\n${bodyLines(seededBytes(6, 50))}\n${GOOD_STANZA}`);
    const parsed = parseAgeHeader(header)!;
    expect(parsed.header.stanzas.map((s) => [s.args.join(' '), s.body.length])).toEqual([
      ['grease !#$%& ~', 0],
      ['other', 48],
      ['third', 50],
      [`X25519 ${SHARE}`, 32],
    ]);
    expect(decryptAgeToBuffer(sodium, IDENTITY, Buffer.concat([header, PAYLOAD])).toString()).toBe('evidence');
  });

  it('refuses another version as UNSUPPORTED_VERSION, and a lone scrypt stanza as not ours', () => {
    expect(outcomeOf(() => parseAgeHeader(withMac(FILE_KEY, GOOD_STANZA, 'age-encryption.org/v2')))).toBe('UNSUPPORTED_VERSION');
    const scryptOnly = withMac(FILE_KEY, `-> scrypt ${b64(new Uint8Array(16))} 10\n${b64(new Uint8Array(32))}\n`);
    expect(outcomeOf(() => decryptAgeToBuffer(sodium, IDENTITY, Buffer.concat([scryptOnly, PAYLOAD])))).toBe('NO_IDENTITY_MATCHED');
  });
});

describe('the size bound', () => {
  /** A valid header of exactly `size` bytes: an unknown stanza whose argument pads it. */
  function headerOfSize(size: number): Buffer {
    const build = (padding: number) => withMac(FILE_KEY, `-> pad ${'p'.repeat(padding)}\n\n${GOOD_STANZA}`);
    return build(1 + size - build(1).length);
  }

  it('accepts a header of exactly MAX_AGE_HEADER_BYTES and refuses one byte more', async () => {
    const largest = headerOfSize(MAX_AGE_HEADER_BYTES);
    expect(largest.length).toBe(MAX_AGE_HEADER_BYTES);
    expect(decryptAgeToBuffer(sodium, IDENTITY, Buffer.concat([largest, PAYLOAD])).toString()).toBe('evidence');
    const tooLarge = Buffer.concat([headerOfSize(MAX_AGE_HEADER_BYTES + 1), PAYLOAD]);
    expect(outcomeOf(() => decryptAgeToBuffer(sodium, IDENTITY, tooLarge))).toBe('MALFORMED');
    const { error } = await throughStream(createAgeDecryptor(sodium, IDENTITY), pieces(tooLarge, 1, 3000));
    expect(error).toMatchObject({ reason: 'MALFORMED' });
  });

  it('refuses an endless header as soon as the bound is passed, whatever follows', async () => {
    const endless = Buffer.concat([ascii(`${AGE_VERSION_LINE}\n`), ...Array.from({ length: 2000 }, () => ascii(`-> grease\n${'A'.repeat(64)}\n\n`))]);
    expect(parseAgeHeader(endless.subarray(0, MAX_AGE_HEADER_BYTES - 1))).toBeNull();
    expect(outcomeOf(() => parseAgeHeader(endless.subarray(0, MAX_AGE_HEADER_BYTES)))).toBe('MALFORMED');
    const noNewline = Buffer.concat([ascii(`${AGE_VERSION_LINE}\n-> `), Buffer.alloc(MAX_AGE_HEADER_BYTES, 0x61)]);
    const { error } = await throughStream(createAgeDecryptor(sodium, IDENTITY), pieces(noNewline, 2, 100));
    expect(error).toMatchObject({ reason: 'MALFORMED' });
  });
});

// ---- the identity and its Bech32 forms ----

// Checked with the age CLI: `age-keygen -y` on KAT_VMK_SECRET prints KAT_VMK_RECIPIENT (also re-run live in ageCliInterop.test.ts).
const KAT_VMK = Uint8Array.from({ length: 32 }, (_, i) => i);
const KAT_VMK_SECRET = 'AGE-SECRET-KEY-1EJU5NS2795AAVZE5Z0E9KPK8EH437YS2TJ4NYS4M422X3JKTJW3QSZNXC9';
const KAT_VMK_RECIPIENT = 'age1g0hpukdn3v4gjgvkp7vxdvaqsuqe7c2t8dqyx8uhmpv6ttz3t5sssqmp4z';

describe('the evidence identity', () => {
  it('formats and parses the age spec example', () => {
    expect(formatAgeSecretKey(IDENTITY.secretKey)).toBe(SPEC_SECRET_KEY);
    expect(formatAgeRecipient(IDENTITY.publicKey)).toBe(SPEC_RECIPIENT);
    expect(Buffer.from(parseAgeSecretKey(SPEC_SECRET_KEY)).equals(Buffer.from(IDENTITY.secretKey))).toBe(true);
    expect(Buffer.from(parseAgeRecipient(`  ${SPEC_RECIPIENT}\n`)).equals(Buffer.from(IDENTITY.publicKey))).toBe(true);
  });

  it('derives a fixed identity from the vault master key (subkey 3, context AQEVID01)', () => {
    const identity = deriveEvidenceIdentity(sodium, KAT_VMK);
    expect(formatAgeSecretKey(identity.secretKey)).toBe(KAT_VMK_SECRET);
    expect(formatAgeRecipient(identity.publicKey)).toBe(KAT_VMK_RECIPIENT);
    expect(Buffer.from(identity.publicKey).equals(Buffer.from(x25519.getPublicKey(identity.secretKey)))).toBe(true);
    for (const [id, context] of [[1, 'AQWRAP01'], [2, 'AQHMAC01']] as const) {
      expect(Buffer.from(identity.secretKey).equals(Buffer.from(sodium.crypto_kdf_derive_from_key(32, id, context, KAT_VMK)))).toBe(false);
    }
    expect(Buffer.from(deriveEvidenceIdentity(sodium, KAT_VMK.map((b) => b ^ 1)).secretKey).equals(Buffer.from(identity.secretKey))).toBe(false);
  });

  it('round-trips random keys', () => {
    for (let seed = 0; seed < 20; seed += 1) {
      const key = seededBytes(seed, 32);
      expect(Buffer.from(parseAgeSecretKey(formatAgeSecretKey(key))).equals(key)).toBe(true);
      expect(Buffer.from(parseAgeRecipient(formatAgeRecipient(key))).equals(key)).toBe(true);
    }
  });

  it.each([
    ['lower-case secret key', SPEC_SECRET_KEY.toLowerCase(), 'secret'],
    ['mixed case', SPEC_SECRET_KEY.slice(0, 20) + SPEC_SECRET_KEY.slice(20).toLowerCase(), 'secret'],
    ['a recipient given as a secret key', SPEC_RECIPIENT, 'secret'],
    ['a secret key given as a recipient', SPEC_SECRET_KEY, 'recipient'],
    ['upper-case recipient', SPEC_RECIPIENT.toUpperCase(), 'recipient'],
    ['a bad checksum', `${SPEC_RECIPIENT.slice(0, -1)}q`, 'recipient'],
    ['a short key', formatAgeRecipient(new Uint8Array(32)).replace(/^age1q/, 'age1'), 'recipient'],
    ['the post-quantum HRP', 'AGE-SECRET-KEY-PQ-1XX76JRALNLXDMEW0CRK45QMCCH4X06SE84UN3VPM33W6HWDX0H3SK3ZQFR', 'secret'],
    ['empty', '', 'secret'],
    ['far too long', `age1${'q'.repeat(2000)}`, 'recipient'],
  ])('refuses %s', (_label, text, kind) => {
    const parse = kind === 'secret' ? parseAgeSecretKey : parseAgeRecipient;
    expect(() => parse(text)).toThrow(expect.objectContaining({ code: 'INVALID_REQUEST' }));
  });
});
