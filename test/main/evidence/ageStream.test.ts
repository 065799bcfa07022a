import { createCipheriv, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { inflateSync } from 'node:zlib';
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import {
  CHUNK_BYTES,
  PAYLOAD_NONCE_BYTES,
  SEALED_CHUNK_BYTES,
  TAG_BYTES,
  chunkCount,
  chunkIndexAt,
  chunkLocation,
  createPayloadDecryptor,
  createPayloadEncryptor,
  decryptChunkAt,
  decryptPayloadToBuffer,
  encryptPayloadToBuffer,
  isEvidenceIntegrityError,
  payloadSize,
  plaintextSizeOf,
  verifyPayload,
  type EvidenceIntegrityReason,
} from '../../../main/evidence/ageStream';
import { derivePayloadKey, sealChunk } from '../../../main/evidence/payloadChunks';

// ---- helpers ----

/** Deterministic small integers (mulberry32). */
function prng(seed: number): (max: number) => number {
  let state = seed >>> 0;
  return (max) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * max;
  };
}

/** Deterministic bytes: the ChaCha20 keystream for a seed. */
function seededBytes(seed: number, length: number): Buffer {
  const key = Buffer.alloc(32);
  key.writeUInt32BE(seed);
  return createCipheriv('chacha20', key, Buffer.alloc(16)).update(Buffer.alloc(length));
}

/** Splits bytes into random pieces of 1..max bytes. */
function randomPieces(bytes: Uint8Array, seed: number, max = 3 * CHUNK_BYTES): Buffer[] {
  const random = prng(seed);
  const pieces: Buffer[] = [];
  for (let at = 0; at < bytes.length; ) {
    const size = 1 + Math.floor(random(max));
    pieces.push(Buffer.from(bytes.subarray(at, at + size)));
    at += size;
  }
  return pieces;
}

async function throughStream(transform: NodeJS.ReadWriteStream, pieces: Buffer[]): Promise<{ output: Buffer; error: unknown }> {
  const out: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      out.push(chunk);
      callback();
    },
  });
  let error: unknown = null;
  try {
    await pipeline(Readable.from(pieces), transform, sink);
  } catch (caught) {
    error = caught;
  }
  return { output: Buffer.concat(out), error };
}

const reasonOf = (error: unknown): EvidenceIntegrityReason | 'ok' | 'other' => (error === null ? 'ok' : isEvidenceIntegrityError(error) ? error.reason : 'other');
const sha256hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const FILE_KEY = Uint8Array.from({ length: 16 }, (_, i) => i);
const OTHER_KEY = Uint8Array.from({ length: 16 }, (_, i) => 0xf0 + i);
const KiB64 = CHUNK_BYTES;
const SIZES = [0, 1, KiB64 - 1, KiB64, KiB64 + 1, 2 * KiB64, 1024 * 1024 + 3];

// ---- C2SP CCTV age vectors (npm cctv-age 0.2.0) ----
//
// The package is ESM-only (not transformed by this Jest setup), so its index.js is read as text: each
// vector is a `// ../testdata/<name>` comment followed by `__toBinary("<base64>")`. Every vector
// carries its file key, so only the header's end is needed: the payload starts after the "--- " MAC line.
//
// APPLIED (39):
//  - every non-armored `success` vector (19): the payload must decrypt to the `payload` SHA-256
//    (x25519*, scrypt, hybrid*, stanza_* with a valid header, stream_* successes up to 258 chunks);
//  - every non-armored `payload failure` vector (18, all stream_*): refused with our reason, and what
//    was released before the refusal must hash to `payload` (the CCTV "plaintext released" rule);
//  - stream_no_nonce and stream_short_nonce (`header failure` in age, which reads the nonce with the
//    header): our payload reader sees a short nonce, refuses with TRUNCATED and releases nothing.
// SKIPPED, not included:
//  - armor_* (33): ASCII armor; evidence files are binary age only (armor_garbage_encoded is the only
//    armored payload failure, and its trailing-data case is covered by stream_trailing_garbage_*);
//  - other `header failure`, `HMAC failure` and `no match` vectors (x25519_*, scrypt_*, hybrid_*,
//    stanza_*, hmac_*, header_crlf, version_unsupported, empty): they test header parsing and stanza
//    unwrapping, which test/main/evidence/ageHeaderCctv.test.ts runs against the header code.

type Vector = { name: string; expect: string; fileKey: Buffer; payloadHash: string | undefined; payload: Buffer };

function loadVectors(): Vector[] {
  const source = readFileSync(path.resolve(__dirname, '../../../node_modules/cctv-age/index.js'), 'utf8');
  const vectors: Vector[] = [];
  for (const match of source.matchAll(/\/\/ \.\.\/testdata\/(\S+)\nvar \w+ = __toBinary\("([^"]*)"\)/g)) {
    const raw = Buffer.from(match[2] as string, 'base64');
    const split = raw.indexOf('\n\n');
    const meta = new Map(raw.subarray(0, split).toString('utf8').split('\n').map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)] as const));
    let file = raw.subarray(split + 2);
    if (meta.get('compressed') === 'zlib') {
      file = inflateSync(file);
    }
    const mac = file.indexOf('\n--- ');
    const payload = mac < 0 ? Buffer.alloc(0) : file.subarray(file.indexOf('\n', mac + 1) + 1);
    vectors.push({ name: match[1] as string, expect: meta.get('expect') ?? '', fileKey: Buffer.from(meta.get('file key') ?? '', 'hex'), payloadHash: meta.get('payload'), payload });
  }
  return vectors;
}

const ALL_VECTORS = loadVectors();
const applies = (v: Vector) => !v.name.startsWith('armor_') && (v.expect === 'success' || v.expect === 'payload failure' || v.name === 'stream_no_nonce' || v.name === 'stream_short_nonce');
const VECTORS = ALL_VECTORS.filter(applies);

const EXPECTED_FAILURES: Record<string, EvidenceIntegrityReason> = {
  stream_bad_tag: 'TAMPERED',
  stream_bad_tag_second_chunk: 'TAMPERED',
  stream_bad_tag_second_chunk_full: 'TAMPERED',
  stream_last_chunk_empty: 'EMPTY_LAST_CHUNK',
  stream_missing_tag: 'TRUNCATED',
  stream_no_chunks: 'NO_FINAL_CHUNK',
  stream_no_final: 'NO_FINAL_CHUNK',
  stream_no_final_full: 'NO_FINAL_CHUNK',
  stream_no_final_two_chunks: 'NO_FINAL_CHUNK',
  stream_no_final_two_chunks_full: 'NO_FINAL_CHUNK',
  stream_no_nonce: 'TRUNCATED',
  stream_short_chunk: 'TRUNCATED',
  stream_short_nonce: 'TRUNCATED',
  stream_short_second_chunk: 'TRUNCATED',
  stream_trailing_garbage_long: 'TRAILING_DATA',
  stream_trailing_garbage_short: 'TRAILING_DATA',
  stream_two_final_chunks: 'TRAILING_DATA',
  stream_two_final_chunks_full: 'TRAILING_DATA',
  stream_two_final_chunks_second: 'TRAILING_DATA',
  stream_two_final_chunks_short: 'TAMPERED', // two short final chunks read as one 34-byte chunk
};

describe('C2SP CCTV age vectors', () => {
  it('finds the committed list of applicable vectors in the package', () => {
    expect(ALL_VECTORS).toHaveLength(143);
    expect(VECTORS).toHaveLength(39);
    const failures = VECTORS.filter((v) => v.expect !== 'success').map((v) => v.name);
    expect(failures.sort()).toEqual(Object.keys(EXPECTED_FAILURES).sort());
  });

  it.each(VECTORS.map((v) => [v.name, v] as const))('%s', async (_name, vector) => {
    const { output, error } = await throughStream(createPayloadDecryptor(vector.fileKey), randomPieces(vector.payload, vector.payload.length, 100_000));
    const expected = vector.expect === 'success' ? 'ok' : EXPECTED_FAILURES[vector.name];
    expect(reasonOf(error)).toBe(expected);
    // Success: the whole plaintext; failure: exactly what was released before the refusal (CCTV rule).
    expect(sha256hex(output)).toBe(vector.payloadHash ?? sha256hex(Buffer.alloc(0)));
    const verdict = await verifyPayload(vector.fileKey, Readable.from([vector.payload]));
    expect(verdict).toEqual(expected === 'ok' ? { ok: true, bytes: output.length } : { ok: false, reason: expected });
  });
});

// ---- round trips ----

describe('round trips through the streaming API', () => {
  it.each(SIZES)('%i bytes', async (size) => {
    const plaintext = seededBytes(size + 1, size);
    const nonce = seededBytes(size + 2, 16);
    const sealed = await throughStream(createPayloadEncryptor(FILE_KEY, nonce), randomPieces(plaintext, size + 3));
    expect(sealed.error).toBeNull();
    expect(sealed.output.length).toBe(payloadSize(size));
    expect(sealed.output.equals(encryptPayloadToBuffer(FILE_KEY, plaintext, nonce))).toBe(true); // piece sizes do not matter
    expect(plaintextSizeOf(sealed.output.length)).toBe(size);
    const opened = await throughStream(createPayloadDecryptor(FILE_KEY), randomPieces(sealed.output, size + 4));
    expect(opened.error).toBeNull();
    expect(opened.output.equals(plaintext)).toBe(true);
    expect(decryptPayloadToBuffer(FILE_KEY, sealed.output).equals(plaintext)).toBe(true);
    expect(await verifyPayload(FILE_KEY, Readable.from(randomPieces(sealed.output, size + 5)))).toEqual({ ok: true, bytes: size });
  });

  it('reads any chunk on its own (random access), with the layout computed from the plaintext size', () => {
    for (const size of SIZES) {
      const plaintext = seededBytes(size + 1, size);
      const payload = encryptPayloadToBuffer(FILE_KEY, plaintext);
      const nonce = payload.subarray(0, PAYLOAD_NONCE_BYTES);
      const count = chunkCount(size);
      for (let index = 0; index < count; index += 1) {
        const at = chunkLocation(size, index);
        const chunk = decryptChunkAt(FILE_KEY, nonce, index, at.isLast, payload.subarray(at.offset, at.offset + at.length));
        expect(chunk.equals(plaintext.subarray(at.plaintextOffset, at.plaintextOffset + at.plaintextLength))).toBe(true);
        expect(chunkIndexAt(at.plaintextOffset)).toBe(index);
        expect(() => decryptChunkAt(FILE_KEY, nonce, index, !at.isLast, payload.subarray(at.offset, at.offset + at.length))).toThrow(expect.objectContaining({ reason: expect.any(String) }));
      }
      const last = chunkLocation(size, count - 1);
      expect(last.offset + last.length).toBe(payload.length);
    }
  });

  it('derives impossible sizes from the payload size alone', () => {
    const reason = (size: number) => {
      try {
        return plaintextSizeOf(size);
      } catch (error) {
        return reasonOf(error);
      }
    };
    expect(reason(0)).toBe('TRUNCATED');
    expect(reason(31)).toBe('TRUNCATED');
    expect(reason(32)).toBe(0);
    expect(reason(16 + SEALED_CHUNK_BYTES + 5)).toBe('TRUNCATED');
    expect(reason(16 + SEALED_CHUNK_BYTES + TAG_BYTES)).toBe('EMPTY_LAST_CHUNK');
    expect(reason(16 + SEALED_CHUNK_BYTES + TAG_BYTES + 1)).toBe(CHUNK_BYTES + 1);
  });
});

// ---- tamper matrix ----

type TamperCase = { label: string; bytes: Buffer; reason: EvidenceIntegrityReason; firstAlteredChunk: number };

function chunkOf(position: number): number {
  return position < PAYLOAD_NONCE_BYTES ? 0 : Math.floor((position - PAYLOAD_NONCE_BYTES) / SEALED_CHUNK_BYTES);
}

function truncationReason(cut: number): EvidenceIntegrityReason {
  if (cut < PAYLOAD_NONCE_BYTES) {
    return 'TRUNCATED';
  }
  const within = (cut - PAYLOAD_NONCE_BYTES) % SEALED_CHUNK_BYTES;
  return within === 0 ? 'NO_FINAL_CHUNK' : within < TAG_BYTES ? 'TRUNCATED' : 'TAMPERED';
}

function tamperCases(size: number, payload: Buffer, foreign: Buffer): TamperCase[] {
  const count = chunkCount(size);
  const chunk = (i: number) => payload.subarray(chunkLocation(size, i).offset, chunkLocation(size, i).offset + chunkLocation(size, i).length);
  const cases: TamperCase[] = [];
  const flip = (position: number, label: string) => {
    const bytes = Buffer.from(payload);
    bytes[position] = (bytes[position] as number) ^ 0x01;
    cases.push({ label: `flip ${label} @${position}`, bytes, reason: 'TAMPERED', firstAlteredChunk: chunkOf(position) });
  };
  [0, 7, 15].forEach((p) => flip(p, 'nonce'));
  for (let i = 0; i < count; i += 1) {
    const at = chunkLocation(size, i);
    [at.offset, at.offset + Math.floor(at.length / 2), at.offset + at.length - TAG_BYTES - 1, at.offset + at.length - 1]
      .filter((p) => p >= at.offset)
      .forEach((p) => flip(p, `chunk ${i}`));
  }
  const cuts = new Set<number>([0, 1, 15, PAYLOAD_NONCE_BYTES]);
  for (let i = 0; i <= count; i += 1) {
    const boundary = PAYLOAD_NONCE_BYTES + i * SEALED_CHUNK_BYTES;
    [boundary - 1, boundary, boundary + 1, boundary + TAG_BYTES - 1, boundary + TAG_BYTES, boundary + Math.floor(SEALED_CHUNK_BYTES / 2)].forEach((cut) => cuts.add(cut));
  }
  [...cuts]
    .filter((cut) => cut >= 0 && cut < payload.length)
    .forEach((cut) => cases.push({ label: `truncate at ${cut}`, bytes: payload.subarray(0, cut), reason: truncationReason(cut), firstAlteredChunk: chunkOf(cut) }));
  const finalIsFull = size > 0 && size % CHUNK_BYTES === 0;
  cases.push({ label: 'append one byte', bytes: Buffer.concat([payload, Buffer.from([0])]), reason: finalIsFull ? 'TRAILING_DATA' : 'TAMPERED', firstAlteredChunk: count });
  const chunks = Array.from({ length: count }, (_, i) => chunk(i));
  const rebuilt = (parts: Buffer[]) => Buffer.concat([payload.subarray(0, PAYLOAD_NONCE_BYTES), ...parts]);
  for (let i = 0; i + 1 < count; i += 1) {
    const swapped = [...chunks];
    [swapped[i], swapped[i + 1]] = [chunks[i + 1] as Buffer, chunks[i] as Buffer];
    cases.push({ label: `swap chunks ${i},${i + 1}`, bytes: rebuilt(swapped), reason: 'TAMPERED', firstAlteredChunk: i });
  }
  for (let i = 0; i < count; i += 1) {
    const moved = [...chunks];
    moved[i] = foreign.subarray(chunkLocation(size, i).offset, chunkLocation(size, i).offset + chunkLocation(size, i).length);
    cases.push({ label: `chunk ${i} from a file under another key`, bytes: rebuilt(moved), reason: 'TAMPERED', firstAlteredChunk: i });
  }
  cases.push({ label: 'drop the final chunk', bytes: rebuilt(chunks.slice(0, -1)), reason: 'NO_FINAL_CHUNK', firstAlteredChunk: count - 1 });
  return cases;
}

/** Released output must be the plaintext cut at a chunk boundary (or whole), and hold no chunk from the first altered one on. */
function expectOnlyAuthenticatedPrefix(released: Buffer, plaintext: Buffer, firstAlteredChunk: number): void {
  expect(released.equals(plaintext.subarray(0, released.length))).toBe(true);
  expect(released.length % CHUNK_BYTES === 0 || released.length === plaintext.length).toBe(true);
  expect(released.length).toBeLessThanOrEqual(Math.min(plaintext.length, firstAlteredChunk * CHUNK_BYTES));
}

describe('tamper matrix: every change is refused with its reason, and nothing unauthenticated is released', () => {
  it.each(SIZES)('%i bytes', async (size) => {
    const plaintext = seededBytes(size + 11, size);
    const nonce = seededBytes(size + 12, 16);
    const payload = encryptPayloadToBuffer(FILE_KEY, plaintext, nonce);
    const foreign = encryptPayloadToBuffer(OTHER_KEY, plaintext, nonce);
    const cases = tamperCases(size, payload, foreign);
    expect(cases.length).toBeGreaterThan(10);
    for (const [n, tamper] of cases.entries()) {
      const { output, error } = await throughStream(createPayloadDecryptor(FILE_KEY), randomPieces(tamper.bytes, n, 40_000));
      expect({ label: tamper.label, reason: reasonOf(error) }).toEqual({ label: tamper.label, reason: tamper.reason });
      expectOnlyAuthenticatedPrefix(output, plaintext, tamper.firstAlteredChunk);
      expect({ label: tamper.label, verdict: await verifyPayload(FILE_KEY, Readable.from([tamper.bytes])) }).toEqual({ label: tamper.label, verdict: { ok: false, reason: tamper.reason } });
      expect(() => decryptPayloadToBuffer(FILE_KEY, tamper.bytes)).toThrow(expect.objectContaining({ code: 'INTEGRITY', reason: tamper.reason }));
    }
  });

  it('refuses an authentic empty final chunk after a full chunk (sealed by hand, as our encryptor never writes one)', () => {
    const nonce = Buffer.alloc(16, 7);
    const key = derivePayloadKey(FILE_KEY, nonce);
    const plaintext = seededBytes(99, CHUNK_BYTES);
    const bytes = Buffer.concat([nonce, sealChunk(key, 0, false, plaintext), sealChunk(key, 1, true, new Uint8Array(0))]);
    expect(() => decryptPayloadToBuffer(FILE_KEY, bytes)).toThrow(expect.objectContaining({ reason: 'EMPTY_LAST_CHUNK' }));
  });

  it('refuses the whole file under a wrong file key', async () => {
    const payload = encryptPayloadToBuffer(FILE_KEY, seededBytes(5, 1000));
    expect(await verifyPayload(OTHER_KEY, Readable.from([payload]))).toEqual({ ok: false, reason: 'TAMPERED' });
  });
});

// ---- known answer ----

// Computed once with this module and committed; the independent check below recomputes it with @noble.
const KAT_NONCE = Uint8Array.from({ length: 16 }, (_, i) => 0xa0 + i);
const KAT_PLAINTEXT = Uint8Array.from({ length: CHUNK_BYTES + 100 }, (_, i) => (i * 7) & 0xff);
const KAT_PREFIX = 'a0a1a2a3a4a5a6a7a8a9aaabacadaeaf772450bcea7a8bae8cf0fa3760dc5a5fa0cc3cca54d672986c91627050e00ded';
const KAT_SHA256 = 'fa8bb34ba6e721b8b2a18b52bf9bbd82447c7aaf74bec6241fd01de598382d77';

describe('known answer', () => {
  it('seals the committed payload (file key 00..0f, nonce a0..af, 65636 bytes of (i*7) mod 256)', () => {
    const payload = encryptPayloadToBuffer(FILE_KEY, KAT_PLAINTEXT, KAT_NONCE);
    expect(payload.length).toBe(16 + SEALED_CHUNK_BYTES + 100 + TAG_BYTES);
    expect(payload.subarray(0, 48).toString('hex')).toBe(KAT_PREFIX);
    expect(sha256hex(payload)).toBe(KAT_SHA256);
  });

  it('matches an independent implementation (@noble/hashes hkdf, @noble/ciphers chacha20poly1305)', () => {
    const payloadKey = hkdf(sha256, FILE_KEY, KAT_NONCE, new TextEncoder().encode('payload'), 32);
    const nonceFor = (index: number, last: boolean) => Uint8Array.from([...new Array<number>(10).fill(0), index, last ? 1 : 0]);
    const chunk0 = chacha20poly1305(payloadKey, nonceFor(0, false)).encrypt(KAT_PLAINTEXT.subarray(0, CHUNK_BYTES));
    const chunk1 = chacha20poly1305(payloadKey, nonceFor(1, true)).encrypt(KAT_PLAINTEXT.subarray(CHUNK_BYTES));
    const independent = Buffer.concat([KAT_NONCE, chunk0, chunk1]);
    expect(sha256hex(independent)).toBe(KAT_SHA256);
    expect(decryptPayloadToBuffer(FILE_KEY, independent).equals(Buffer.from(KAT_PLAINTEXT))).toBe(true);
  });
});
