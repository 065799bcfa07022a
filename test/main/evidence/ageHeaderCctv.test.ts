import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { inflateSync } from 'node:zlib';
import { createAgeDecryptor, decryptAgeToBuffer, openAgeFileHeader } from '../../../main/evidence/ageFile';
import { isAgeHeaderError } from '../../../main/evidence/ageHeader';
import { parseAgeSecretKey, type AgeIdentity } from '../../../main/evidence/ageIdentity';
import { isEvidenceIntegrityError } from '../../../main/evidence/ageStream';
import { loadSodium, type Sodium } from '../../../main/vault/sodium';

// Every C2SP CCTV age vector (npm cctv-age 0.2.0) that an X25519-only, binary-only reader can judge,
// run through the whole-file reader: header, X25519 stanza, MAC, payload. The package is ESM-only
// (not transformed by this Jest setup), so its index.js is read as text, as in ageStream.test.ts.
//
// Expectations, from each vector's `expect`:
//   success          → the plaintext's SHA-256 is the vector's `payload`;
//   header failure   → AgeHeaderError MALFORMED or UNSUPPORTED_VERSION, except stream_no_nonce and
//                      stream_short_nonce (age reads the payload nonce with the header; our payload
//                      reader refuses the short nonce: EvidenceIntegrityError TRUNCATED);
//   HMAC failure     → AgeHeaderError BAD_MAC;
//   no match         → AgeHeaderError NO_IDENTITY_MATCHED;
//   payload failure  → EvidenceIntegrityError.
// Every failure releases nothing to a quarantining consumer (it keeps output only after success).

type Vector = {
  readonly name: string;
  readonly expect: string;
  readonly identities: readonly string[];
  readonly passphrases: number;
  readonly armored: boolean;
  readonly payloadHash: string | undefined;
  readonly fileKey: string;
  readonly file: Buffer;
};

function loadVectors(): Vector[] {
  const source = readFileSync(path.resolve(__dirname, '../../../node_modules/cctv-age/index.js'), 'utf8');
  return [...source.matchAll(/\/\/ \.\.\/testdata\/(\S+)\nvar \w+ = __toBinary\("([^"]*)"\)/g)].map((match) => {
    const raw = Buffer.from(match[2] as string, 'base64');
    const split = raw.indexOf('\n\n');
    const lines = raw.subarray(0, split).toString('utf8').split('\n');
    const values = (key: string) => lines.filter((line) => line.startsWith(`${key}: `)).map((line) => line.slice(key.length + 2));
    const body = raw.subarray(split + 2);
    return {
      name: match[1] as string,
      expect: values('expect')[0] ?? '',
      identities: values('identity'),
      passphrases: values('passphrase').length,
      armored: values('armored')[0] === 'yes',
      payloadHash: values('payload')[0],
      fileKey: values('file key')[0] ?? '',
      file: values('compressed')[0] === 'zlib' ? inflateSync(body) : body,
    };
  });
}

const isX25519Identity = (identity: string) => identity.startsWith('AGE-SECRET-KEY-1');

/** Why a vector is not applicable, or null when it runs. */
function notApplicable(vector: Vector): string | null {
  if (vector.armored) {
    return 'armored (evidence files are binary age only)';
  }
  if (vector.identities.some(isX25519Identity)) {
    return null; // run with its X25519 identity; any passphrase or other identity is for stanzas we skip
  }
  if (vector.identities.length === 0 && vector.passphrases === 0) {
    return null; // `empty`: no identity needed, every reader must refuse it
  }
  return vector.passphrases > 0 ? 'scrypt only (passphrase identities are not implemented)' : 'hybrid post-quantum identity only (mlkem768x25519 is not implemented)';
}

const ALL = loadVectors();
const APPLICABLE = ALL.filter((vector) => notApplicable(vector) === null);
const SKIPPED = ALL.filter((vector) => notApplicable(vector) !== null);
const PAYLOAD_NONCE_VECTORS = new Set(['stream_no_nonce', 'stream_short_nonce']);

let sodium: Sodium;
let dir: string;
beforeAll(async () => {
  sodium = await loadSodium();
  dir = mkdtempSync(path.join(tmpdir(), 'aigaq-cctv-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The vector's X25519 identity, or a fresh one (for `empty`, which has none). */
function identityFor(vector: Vector): AgeIdentity {
  const encoded = vector.identities.find(isX25519Identity);
  const secretKey = encoded === undefined ? sodium.randombytes_buf(32) : parseAgeSecretKey(encoded);
  return { secretKey, publicKey: sodium.crypto_scalarmult_base(secretKey) };
}

type Verdict = 'success' | 'MALFORMED' | 'UNSUPPORTED_VERSION' | 'NO_IDENTITY_MATCHED' | 'BAD_MAC' | 'TRUNCATED' | 'payload' | 'other';

function verdictOf(error: unknown): Verdict {
  if (error === null) {
    return 'success';
  }
  if (isAgeHeaderError(error)) {
    return error.reason;
  }
  if (isEvidenceIntegrityError(error)) {
    return error.reason === 'TRUNCATED' ? 'TRUNCATED' : 'payload';
  }
  return 'other';
}

function expectedVerdicts(vector: Vector): Verdict[] {
  if (PAYLOAD_NONCE_VECTORS.has(vector.name)) {
    return ['TRUNCATED'];
  }
  const table: Record<string, Verdict[]> = {
    success: ['success'],
    'header failure': ['MALFORMED', 'UNSUPPORTED_VERSION'],
    'HMAC failure': ['BAD_MAC'],
    'no match': ['NO_IDENTITY_MATCHED'],
    'payload failure': ['payload', 'TRUNCATED'],
  };
  return table[vector.expect] ?? [];
}

/** Streams the file in uneven pieces; a quarantining consumer keeps the output only if the stream ends without error. */
async function decryptStreaming(vector: Vector, identity: AgeIdentity): Promise<{ accepted: Buffer; quarantined: Buffer; error: unknown }> {
  const quarantine: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      quarantine.push(chunk);
      callback();
    },
  });
  const input = Array.from({ length: Math.ceil(vector.file.length / 999) }, (_, i) => vector.file.subarray(i * 999, (i + 1) * 999));
  try {
    await pipeline(Readable.from(input), createAgeDecryptor(sodium, identity), sink);
  } catch (error) {
    return { accepted: Buffer.alloc(0), quarantined: Buffer.concat(quarantine), error };
  }
  return { accepted: Buffer.concat(quarantine), quarantined: Buffer.alloc(0), error: null };
}

const sha256hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('C2SP CCTV age vectors, whole files (X25519, binary)', () => {
  it('finds every vector, and lists those not applicable with the reason', () => {
    expect(ALL).toHaveLength(143);
    const reasons = SKIPPED.reduce<Record<string, number>>((counts, vector) => {
      const reason = notApplicable(vector) as string;
      return { ...counts, [reason]: (counts[reason] ?? 0) + 1 };
    }, {});
    expect(reasons).toEqual({
      'armored (evidence files are binary age only)': 33,
      'scrypt only (passphrase identities are not implemented)': 24,
      'hybrid post-quantum identity only (mlkem768x25519 is not implemented)': 17,
    });
    expect(APPLICABLE).toHaveLength(69);
    expect(APPLICABLE.every((vector) => vector.identities.filter(isX25519Identity).length <= 1)).toBe(true);
    expect(APPLICABLE.every((vector) => expectedVerdicts(vector).length > 0)).toBe(true);
  });

  it.each(APPLICABLE.map((vector) => [vector.name, vector.expect, vector] as const))('%s (%s)', async (_name, _expect, vector) => {
    const identity = identityFor(vector);
    const expected = expectedVerdicts(vector);
    const streamed = await decryptStreaming(vector, identity);
    expect(expected).toContain(verdictOf(streamed.error));
    if (vector.expect === 'success') {
      expect(sha256hex(streamed.accepted)).toBe(vector.payloadHash);
    } else {
      expect(streamed.accepted.length).toBe(0);
      // Before a payload failure the stream may have released authentic chunks, as age does; the
      // vector's `payload` hash is exactly that. A header failure releases nothing at all.
      expect(sha256hex(streamed.quarantined)).toBe(vector.payloadHash ?? sha256hex(Buffer.alloc(0)));
    }
    let whole: unknown = null;
    try {
      expect(sha256hex(decryptAgeToBuffer(sodium, identity, vector.file))).toBe(vector.payloadHash);
    } catch (error) {
      whole = error;
    }
    expect(verdictOf(whole)).toBe(verdictOf(streamed.error));
  });

  it.each(APPLICABLE.map((vector) => [vector.name, vector] as const))('%s: openAgeFileHeader agrees on the header', async (name, vector) => {
    const file = path.join(dir, `${name}.age`);
    writeFileSync(file, vector.file);
    const headerFails = ['header failure', 'HMAC failure', 'no match'].includes(vector.expect) && !PAYLOAD_NONCE_VECTORS.has(name);
    const opening = openAgeFileHeader(sodium, file, identityFor(vector));
    if (headerFails) {
      await expect(opening).rejects.toMatchObject({ reason: expect.stringMatching(/^(MALFORMED|UNSUPPORTED_VERSION|NO_IDENTITY_MATCHED|BAD_MAC)$/) });
      return;
    }
    const opened = await opening;
    expect(Buffer.from(opened.fileKey).toString('hex')).toBe(vector.fileKey);
    expect(opened.fileSize).toBe(vector.file.length);
  });
});
