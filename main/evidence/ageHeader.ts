import { createCipheriv, createDecipheriv, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../shared/errors/appError';
import type { Sodium } from '../vault/sodium';
import { X25519_KEY_BYTES, type AgeIdentity } from './ageIdentity';
import { FILE_KEY_BYTES, TAG_BYTES } from './payloadChunks';

// The age v1 header with X25519 recipients (C2SP age.md, "Header" and "The X25519 recipient type"),
// exactly as the spec writes it; docs/evidence-format.md, "The age header and the vault's evidence identity".
//
//   age-encryption.org/v1
//   -> X25519 <ephemeral share, base64>
//   <wrapped file key, base64, 64 columns a line, ending with a line shorter than 64>
//   --- <HMAC-SHA-256(HKDF(file key, "", "header"), header up to and including "---"), base64>
//
// base64 is RFC 4648 without padding, and only its canonical form is accepted. The parser refuses
// anything that is not exactly this grammar: a lenient parser would let one file decode two ways.

export const AGE_VERSION_LINE = 'age-encryption.org/v1';
/** A header longer than this is refused, so a hostile file cannot make a reader buffer without end. */
export const MAX_AGE_HEADER_BYTES = 64 * 1024;

const VERSION_PREFIX = 'age-encryption.org/';
const X25519_TYPE = 'X25519';
const X25519_INFO = 'age-encryption.org/v1/X25519';
const SCRYPT_TYPE = 'scrypt';
const COLUMNS = 64;
const MAC_BYTES = 32;
const WRAPPED_KEY_BYTES = FILE_KEY_BYTES + TAG_BYTES;
const LF = 0x0a;
const BASE64_CHARS = /^[A-Za-z0-9+/]*$/;
const VCHARS = /^[\x21-\x7e]+$/;

export type AgeHeaderReason = 'MALFORMED' | 'UNSUPPORTED_VERSION' | 'NO_IDENTITY_MATCHED' | 'BAD_MAC';

/** The header is not a v1 header we accept, or does not open. Code INTEGRITY, like a bad payload. */
export class AgeHeaderError extends AppError {
  readonly reason: AgeHeaderReason;

  constructor(reason: AgeHeaderReason) {
    super('INTEGRITY', `age header refused: ${reason}`);
    this.name = 'AgeHeaderError';
    this.reason = reason;
  }
}

export function isAgeHeaderError(value: unknown): value is AgeHeaderError {
  return value instanceof AgeHeaderError;
}

export type AgeStanza = { readonly args: readonly string[]; readonly body: Uint8Array };

export type ParsedAgeHeader = {
  readonly stanzas: readonly AgeStanza[];
  readonly mac: Uint8Array;
  /** The header bytes the MAC covers: from the start up to and including "---". */
  readonly macInput: Uint8Array;
};

// ---- shared pieces ----

function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64').replace(/=+$/, '');
}

/** Canonical unpadded base64 only: Node's decoder is lenient, so the result must re-encode to the same text. */
function decodeBase64(text: string): Buffer | null {
  if (!BASE64_CHARS.test(text)) {
    return null;
  }
  const bytes = Buffer.from(text, 'base64');
  return encodeBase64(bytes) === text ? bytes : null;
}

function hkdf32(ikm: Uint8Array, salt: Uint8Array, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', ikm, salt, info, 32));
}

function headerMac(fileKey: Uint8Array, macInput: Uint8Array): Buffer {
  const key = hkdf32(fileKey, new Uint8Array(0), 'header');
  const mac = createHmac('sha256', key).update(macInput).digest();
  key.fill(0);
  return mac;
}

/** X25519, or null when the shared secret would be all zero (a low-order point; libsodium refuses it). */
function x25519(sodium: Sodium, secret: Uint8Array, point: Uint8Array): Uint8Array | null {
  try {
    const shared = sodium.crypto_scalarmult(secret, point);
    return sodium.is_zero(shared) ? null : shared;
  } catch {
    return null;
  }
}

function wrapKeyFor(sharedSecret: Uint8Array, share: Uint8Array, recipient: Uint8Array): Buffer {
  return hkdf32(sharedSecret, Buffer.concat([share, recipient]), X25519_INFO);
}

const ZERO_NONCE = Buffer.alloc(12);

function sealFileKey(wrapKey: Uint8Array, fileKey: Uint8Array): Buffer {
  const cipher = createCipheriv('chacha20-poly1305', wrapKey, ZERO_NONCE, { authTagLength: TAG_BYTES });
  return Buffer.concat([cipher.update(fileKey), cipher.final(), cipher.getAuthTag()]);
}

function openFileKey(wrapKey: Uint8Array, body: Uint8Array): Buffer | null {
  const decipher = createDecipheriv('chacha20-poly1305', wrapKey, ZERO_NONCE, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(body.subarray(FILE_KEY_BYTES));
  const fileKey = decipher.update(body.subarray(0, FILE_KEY_BYTES));
  try {
    decipher.final();
    return fileKey;
  } catch {
    fileKey.fill(0);
    return null;
  }
}

// ---- writing ----

function stanzaText(args: readonly string[], body: Uint8Array): string {
  const encoded = encodeBase64(body);
  const lines: string[] = [];
  for (let at = 0; at < encoded.length; at += COLUMNS) {
    lines.push(encoded.slice(at, at + COLUMNS));
  }
  if (encoded.length % COLUMNS === 0) {
    lines.push(''); // the body must end with a line shorter than 64 columns, so a full last line is followed by an empty one
  }
  return `-> ${args.join(' ')}\n${lines.join('\n')}\n`;
}

function x25519StanzaText(sodium: Sodium, fileKey: Uint8Array, recipient: Uint8Array, ephemeralSecret: Uint8Array): string {
  const share = sodium.crypto_scalarmult_base(ephemeralSecret);
  const shared = x25519(sodium, ephemeralSecret, recipient);
  if (shared === null) {
    throw new AppError('INVALID_REQUEST', 'recipient is not a usable X25519 public key');
  }
  const wrapKey = wrapKeyFor(shared, share, recipient);
  const body = sealFileKey(wrapKey, fileKey);
  wrapKey.fill(0);
  shared.fill(0);
  return stanzaText([X25519_TYPE, encodeBase64(share)], body);
}

function checkWriteInputs(fileKey: Uint8Array, recipients: readonly Uint8Array[], secrets: readonly Uint8Array[] | undefined): void {
  if (fileKey.length !== FILE_KEY_BYTES) {
    throw new AppError('INVALID_REQUEST', `file key must be ${FILE_KEY_BYTES} bytes`);
  }
  if (recipients.length === 0 || recipients.some((recipient) => recipient.length !== X25519_KEY_BYTES)) {
    throw new AppError('INVALID_REQUEST', 'at least one recipient of 32 bytes is required');
  }
  if (secrets !== undefined && (secrets.length !== recipients.length || secrets.some((secret) => secret.length !== X25519_KEY_BYTES))) {
    throw new AppError('INVALID_REQUEST', 'one 32-byte ephemeral secret per recipient');
  }
}

/**
 * The whole header, one X25519 stanza per recipient. Each stanza gets a fresh ephemeral secret from
 * libsodium's CSPRNG; `testOnly.ephemeralSecrets` replaces them for known-answer tests and nothing else.
 */
export function writeAgeHeader(
  sodium: Sodium,
  fileKey: Uint8Array,
  recipients: readonly Uint8Array[],
  testOnly?: { readonly ephemeralSecrets: readonly Uint8Array[] },
): Buffer {
  checkWriteInputs(fileKey, recipients, testOnly?.ephemeralSecrets);
  const stanzas = recipients.map((recipient, i) => {
    const secret = testOnly?.ephemeralSecrets[i] ?? sodium.randombytes_buf(X25519_KEY_BYTES);
    const text = x25519StanzaText(sodium, fileKey, recipient, secret);
    if (testOnly === undefined) {
      sodium.memzero(secret);
    }
    return text;
  });
  const macInput = Buffer.from(`${AGE_VERSION_LINE}\n${stanzas.join('')}---`, 'latin1');
  return Buffer.concat([macInput, Buffer.from(` ${encodeBase64(headerMac(fileKey, macInput))}\n`, 'latin1')]);
}

// ---- parsing ----

type Cursor = { readonly window: Uint8Array; readonly total: number; at: number };

const malformed = () => new AgeHeaderError('MALFORMED');

/** The next line without its LF, as latin1 so every byte is one character; null when more bytes are needed. */
function readLine(cursor: Cursor): string | null {
  const end = cursor.window.indexOf(LF, cursor.at);
  if (end < 0) {
    if (cursor.total >= MAX_AGE_HEADER_BYTES) {
      throw malformed(); // no LF within the bound: the header cannot end in time
    }
    return null;
  }
  const line = Buffer.from(cursor.window.buffer, cursor.window.byteOffset + cursor.at, end - cursor.at).toString('latin1');
  cursor.at = end + 1;
  return line;
}

/** true once the v1 line is read; null when more bytes are needed. Bytes that cannot begin an age file fail at once. */
function readVersionLine(cursor: Cursor): true | null {
  const head = Buffer.from(cursor.window.subarray(0, VERSION_PREFIX.length)).toString('latin1');
  if (!VERSION_PREFIX.startsWith(head)) {
    throw malformed();
  }
  const line = readLine(cursor);
  if (line === null || line === AGE_VERSION_LINE) {
    return line === null ? null : true;
  }
  const otherVersion = line.startsWith(VERSION_PREFIX) && VCHARS.test(line.slice(VERSION_PREFIX.length));
  throw new AgeHeaderError(otherVersion ? 'UNSUPPORTED_VERSION' : 'MALFORMED');
}

function stanzaArgs(line: string): string[] {
  const args = line.slice(3).split(' ');
  if (!args.every((arg) => VCHARS.test(arg))) {
    throw malformed(); // empty arguments (double or trailing spaces) and non-VCHAR bytes alike
  }
  return args;
}

/** Body lines: full 64-column lines, then one shorter (possibly empty) final line. Null when more bytes are needed. */
function readStanzaBody(cursor: Cursor): Buffer | null {
  let text = '';
  for (;;) {
    const line = readLine(cursor);
    if (line === null) {
      return null;
    }
    if (line.length > COLUMNS || !BASE64_CHARS.test(line)) {
      throw malformed();
    }
    text += line;
    if (line.length < COLUMNS) {
      break;
    }
  }
  // Full lines are 48 bytes each, so decoding the joined text is decoding each line; any leftover bits must be zero.
  const body = decodeBase64(text);
  if (body === null) {
    throw malformed();
  }
  return body;
}

function parseMacLine(line: string): Buffer {
  const mac = decodeBase64(line.slice(4));
  if (mac === null || mac.length !== MAC_BYTES) {
    throw malformed();
  }
  return mac;
}

/**
 * Parses a header at the start of `bytes`. Returns null when `bytes` ends before the header does (read
 * more and call again), the header and its length otherwise; throws AgeHeaderError MALFORMED (or
 * UNSUPPORTED_VERSION) on anything that is not exactly the v1 grammar, or longer than MAX_AGE_HEADER_BYTES.
 */
export function parseAgeHeader(bytes: Uint8Array): { header: ParsedAgeHeader; consumed: number } | null {
  const cursor: Cursor = { window: bytes.subarray(0, MAX_AGE_HEADER_BYTES), total: bytes.length, at: 0 };
  if (readVersionLine(cursor) === null) {
    return null;
  }
  const stanzas: AgeStanza[] = [];
  for (;;) {
    const lineStart = cursor.at;
    const line = readLine(cursor);
    if (line === null) {
      return null;
    }
    if (line.startsWith('--- ') && stanzas.length > 0) {
      const macInput = Uint8Array.from(bytes.subarray(0, lineStart + 3));
      return { header: { stanzas, mac: parseMacLine(line), macInput }, consumed: cursor.at };
    }
    if (!line.startsWith('-> ')) {
      throw malformed();
    }
    const args = stanzaArgs(line);
    const body = readStanzaBody(cursor);
    if (body === null) {
      return null;
    }
    stanzas.push({ args, body });
  }
}

// ---- unwrapping ----

type X25519Stanza = { readonly share: Uint8Array; readonly body: Uint8Array };

/** The X25519 rules: exactly two arguments, the share canonical base64 of 32 bytes, the body exactly 32 bytes. */
function x25519Stanza(stanza: AgeStanza): X25519Stanza {
  const share = stanza.args.length === 2 ? decodeBase64(stanza.args[1] as string) : null;
  if (share === null || share.length !== X25519_KEY_BYTES || stanza.body.length !== WRAPPED_KEY_BYTES) {
    throw malformed();
  }
  return { share, body: stanza.body };
}

function tryStanza(sodium: Sodium, stanza: X25519Stanza, identity: AgeIdentity): Buffer | null {
  const shared = x25519(sodium, identity.secretKey, stanza.share);
  if (shared === null) {
    throw malformed(); // age.md: an all-zero shared secret MUST abort, not merely fail to match
  }
  const wrapKey = wrapKeyFor(shared, stanza.share, identity.publicKey);
  shared.fill(0);
  const fileKey = openFileKey(wrapKey, stanza.body);
  wrapKey.fill(0);
  return fileKey;
}

function verifyHeaderMac(header: ParsedAgeHeader, fileKey: Buffer): void {
  const expected = headerMac(fileKey, header.macInput);
  if (!timingSafeEqual(expected, header.mac)) {
    fileKey.fill(0);
    throw new AgeHeaderError('BAD_MAC');
  }
}

/**
 * The 16-byte file key, from the first X25519 stanza that opens under `identity`, once the header MAC
 * verifies under it. Other stanza types are ignored, but an scrypt stanza must be the only stanza
 * (age.md). Every X25519 stanza is checked for shape first, so a malformed file fails whatever identity reads it.
 */
export function unwrapFileKey(sodium: Sodium, header: ParsedAgeHeader, identity: AgeIdentity): Buffer {
  if (header.stanzas.length > 1 && header.stanzas.some((stanza) => stanza.args[0] === SCRYPT_TYPE)) {
    throw malformed();
  }
  const candidates = header.stanzas.filter((stanza) => stanza.args[0] === X25519_TYPE).map(x25519Stanza);
  for (const stanza of candidates) {
    const fileKey = tryStanza(sodium, stanza, identity);
    if (fileKey !== null) {
      verifyHeaderMac(header, fileKey);
      return fileKey;
    }
  }
  throw new AgeHeaderError('NO_IDENTITY_MATCHED');
}
