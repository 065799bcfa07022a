import { createHash, randomBytes } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import type { Transform } from 'node:stream';
import type { Sodium } from '../vault/sodium';
import type { AgeIdentity } from './ageIdentity';
import { AgeHeaderError, MAX_AGE_HEADER_BYTES, parseAgeHeader, unwrapFileKey, writeAgeHeader, type ParsedAgeHeader } from './ageHeader';
import { createPayloadEncryptor, decryptPayloadToBuffer, encryptPayloadToBuffer } from './ageStream';
import { derivePayloadKey, FILE_KEY_BYTES, PAYLOAD_NONCE_BYTES, PayloadOpener } from './payloadChunks';
import { readerTransform } from './readerTransform';

// A whole age v1 file: the header (ageHeader.ts) then the payload (ageStream.ts), so that `age -d`
// reads an evidence file with the vault's exported identity (docs/evidence-format.md).
//
// THE QUARANTINE RULE (R12, ageStream.ts) holds for the whole file: header failures come before any
// plaintext, but the payload decryptor releases each chunk as soon as it authenticates, so a file may
// still turn out bad after plaintext was released. Keep what it releases in quarantine until the
// stream ends without an error; on an error throw all of it away.

export type AgeEncryptOptions = {
  /** Tests only: a fixed file key instead of 16 fresh random bytes. */
  readonly fileKey?: Uint8Array;
  /** Tests only: a fixed payload nonce. */
  readonly nonce?: Uint8Array;
};

const READ_STEP = 4096;

function newFileKey(sodium: Sodium, options: AgeEncryptOptions): Uint8Array {
  return options.fileKey === undefined ? sodium.randombytes_buf(FILE_KEY_BYTES) : Uint8Array.from(options.fileKey);
}

/**
 * A Transform: plaintext in, a complete age file out (the header first). `headerBytes` is the
 * header's length, `headerSha256` its digest (EvidenceItem.fileHeaderSha256).
 */
export function createAgeEncryptor(sodium: Sodium, recipients: readonly Uint8Array[], options: AgeEncryptOptions = {}): { stream: Transform; headerBytes: number; headerSha256: string } {
  const fileKey = newFileKey(sodium, options);
  try {
    const header = writeAgeHeader(sodium, fileKey, recipients);
    const stream = createPayloadEncryptor(fileKey, options.nonce);
    // The Transform's readable side queues what is pushed, so the header leaves before any payload byte.
    stream.push(header);
    return { stream, headerBytes: header.length, headerSha256: headerDigest(header) };
  } finally {
    sodium.memzero(fileKey); // the payload sealer keeps only the payload key it derived
  }
}

/**
 * For a writer that seals chunks itself (fileIngestPass.ts): the bytes that open the file (the age
 * header, then the payload nonce), the payload key for sealChunkParts, and the header's SHA-256
 * (EvidenceItem.fileHeaderSha256). The caller wipes the key.
 */
export function startAgeFile(sodium: Sodium, recipients: readonly Uint8Array[]): { prefix: Buffer; payloadKey: Buffer; headerSha256: string } {
  const fileKey = newFileKey(sodium, {});
  try {
    const nonce = randomBytes(PAYLOAD_NONCE_BYTES);
    const header = writeAgeHeader(sodium, fileKey, recipients);
    return { prefix: Buffer.concat([header, nonce]), payloadKey: derivePayloadKey(fileKey, nonce), headerSha256: headerDigest(header) };
  } finally {
    sodium.memzero(fileKey);
  }
}

/** Buffers the (bounded) header, opens it, then streams the rest through the payload opener. */
class AgeFileReader {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private nextAttempt = 0;
  private opener: PayloadOpener | null = null;

  constructor(
    private readonly sodium: Sodium,
    private readonly identity: AgeIdentity,
    private readonly release: (plaintext: Buffer) => void,
  ) {}

  write(bytes: Uint8Array): void {
    if (this.opener !== null) {
      this.opener.write(bytes);
      return;
    }
    this.pending.push(Buffer.from(bytes));
    this.pendingBytes += bytes.length;
    // Parsing restarts from the first byte, so attempts are spaced geometrically: tiny writes stay linear.
    // Buffering stays bounded: once MAX_AGE_HEADER_BYTES are held, an attempt either finds the header or refuses.
    if (this.pendingBytes >= this.nextAttempt) {
      this.tryHeader(false);
    }
  }

  end(): void {
    this.openerAfterHeader().end();
  }

  wipe(): void {
    this.opener?.wipe();
  }

  private openerAfterHeader(): PayloadOpener {
    return this.opener ?? this.tryHeader(true) ?? this.truncated();
  }

  private truncated(): never {
    throw new AgeHeaderError('MALFORMED'); // the input ended inside the header
  }

  private tryHeader(atEnd: boolean): PayloadOpener | null {
    const buffered = Buffer.concat(this.pending);
    this.pending = [buffered];
    const parsed = parseAgeHeader(buffered);
    if (parsed === null) {
      this.nextAttempt = Math.min(buffered.length * 2, MAX_AGE_HEADER_BYTES);
      return atEnd ? this.truncated() : null;
    }
    const fileKey = unwrapFileKey(this.sodium, parsed.header, this.identity);
    const opener = new PayloadOpener(fileKey, this.release); // keeps its own copy of the key
    fileKey.fill(0);
    this.opener = opener;
    this.pending = [];
    opener.write(buffered.subarray(parsed.consumed));
    return opener;
  }
}

/**
 * A Transform: age file in, plaintext out. Fails with AgeHeaderError (MALFORMED, UNSUPPORTED_VERSION,
 * NO_IDENTITY_MATCHED, BAD_MAC) before releasing anything, or with EvidenceIntegrityError from the
 * payload. Obey the quarantine rule above.
 */
export function createAgeDecryptor(sodium: Sodium, identity: AgeIdentity): Transform {
  return readerTransform((release) => new AgeFileReader(sodium, identity, release));
}

/** The SHA-256 of an age header's bytes, MAC line included (EvidenceItem.fileHeaderSha256). */
export function headerDigest(header: Uint8Array): string {
  return createHash('sha256').update(header).digest('hex');
}

async function readHeader(handle: FileHandle, fileSize: number): Promise<{ header: ParsedAgeHeader; consumed: number; bytes: Buffer }> {
  const buffer = Buffer.alloc(Math.min(fileSize, MAX_AGE_HEADER_BYTES));
  let filled = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, filled, Math.min(READ_STEP, buffer.length - filled), filled);
    filled += bytesRead;
    const parsed = parseAgeHeader(buffer.subarray(0, filled));
    if (parsed !== null) {
      return { ...parsed, bytes: buffer };
    }
    if (bytesRead === 0 || filled === buffer.length) {
      throw new AgeHeaderError('MALFORMED'); // the file ends inside the header (or shrank while being read)
    }
  }
}

/**
 * Reads and opens only the header of the age file at `path`, for random access: the payload starts at
 * `payloadOffset`, so chunkLocation(…).offset + payloadOffset is a chunk's place in the file, and
 * plaintextSizeOf(fileSize - payloadOffset) its (untrusted until the final chunk opens) plaintext size.
 * The caller wipes `fileKey` when done with it.
 */
export async function openAgeFileHeader(sodium: Sodium, path: string, identity: AgeIdentity): Promise<{ fileKey: Uint8Array; payloadOffset: number; fileSize: number; headerSha256: string }> {
  const handle = await open(path, 'r');
  try {
    const fileSize = (await handle.stat()).size;
    const { header, consumed, bytes } = await readHeader(handle, fileSize);
    return { fileKey: unwrapFileKey(sodium, header, identity), payloadOffset: consumed, fileSize, headerSha256: headerDigest(bytes.subarray(0, consumed)) };
  } finally {
    await handle.close();
  }
}

/** Whole file in memory: small data and tests only. */
export function encryptAgeToBuffer(sodium: Sodium, recipients: readonly Uint8Array[], plaintext: Uint8Array, options: AgeEncryptOptions = {}): Buffer {
  const fileKey = newFileKey(sodium, options);
  try {
    return Buffer.concat([writeAgeHeader(sodium, fileKey, recipients), encryptPayloadToBuffer(fileKey, plaintext, options.nonce)]);
  } finally {
    sodium.memzero(fileKey);
  }
}

/** Whole file in memory: small data and tests only. Throws AgeHeaderError or EvidenceIntegrityError; returns nothing partial. */
export function decryptAgeToBuffer(sodium: Sodium, identity: AgeIdentity, file: Uint8Array): Buffer {
  const parsed = parseAgeHeader(file);
  if (parsed === null) {
    throw new AgeHeaderError('MALFORMED');
  }
  const fileKey = unwrapFileKey(sodium, parsed.header, identity);
  try {
    return decryptPayloadToBuffer(fileKey, file.subarray(parsed.consumed));
  } finally {
    fileKey.fill(0);
  }
}
