import { randomBytes } from 'node:crypto';
import { Transform, Writable, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../shared/errors/appError';
import { readerTransform } from './readerTransform';
import {
  CHUNK_BYTES,
  EvidenceIntegrityError,
  PAYLOAD_NONCE_BYTES,
  PayloadOpener,
  PayloadSealer,
  SEALED_CHUNK_BYTES,
  TAG_BYTES,
  derivePayloadKey,
  isEvidenceIntegrityError,
  openChunk,
  type EvidenceIntegrityReason,
} from './payloadChunks';

// Streaming API over the age v1 payload (security brief §4.3, R10–R12; docs/evidence-format.md).
// Memory stays bounded by about two chunks whatever the file size (R10).
//
// THE QUARANTINE RULE (R12). The decryptor releases each chunk's plaintext as soon as *that chunk*
// authenticates, so a consumer sees data before the whole file is known to be good: a file can still
// turn out truncated, extended or reordered later on. A consumer must therefore treat everything it
// received as provisional — write it only to a quarantine location, show nothing, index nothing —
// until the stream has ended WITHOUT an error; on an error it must throw away all of it.

export {
  CHUNK_BYTES,
  EvidenceIntegrityError,
  PAYLOAD_NONCE_BYTES,
  SEALED_CHUNK_BYTES,
  TAG_BYTES,
  isEvidenceIntegrityError,
  type EvidenceIntegrityReason,
};

/** A Transform: plaintext in, payload out (16-byte nonce, then the chunks). The nonce is random unless given (tests). */
export function createPayloadEncryptor(fileKey: Uint8Array, nonce: Uint8Array = randomBytes(PAYLOAD_NONCE_BYTES)): Transform {
  const sealer = new PayloadSealer(fileKey, nonce);
  // One push per input chunk, not one per 64 KiB piece: a 1 MiB read becomes one write, not sixteen.
  const emit = (stream: Transform, pieces: Buffer[]) => pieces.length > 0 && stream.push(pieces.length === 1 ? pieces[0] : Buffer.concat(pieces));
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      emit(this, sealer.write(chunk));
      callback();
    },
    flush(callback: TransformCallback) {
      emit(this, sealer.end());
      callback();
    },
    destroy(error: Error | null, callback: (error: Error | null) => void) {
      sealer.wipe();
      callback(error);
    },
  });
}

/**
 * A Transform: payload in, plaintext out, chunk by chunk after each authenticates. It fails with an
 * EvidenceIntegrityError (TAMPERED, TRUNCATED, TRAILING_DATA, EMPTY_LAST_CHUNK, NO_FINAL_CHUNK) and
 * releases nothing more after that. Obey the quarantine rule above.
 */
export function createPayloadDecryptor(fileKey: Uint8Array): Transform {
  return readerTransform((release) => new PayloadOpener(fileKey, release));
}

/** Whole payload in memory: small files and tests only. */
export function encryptPayloadToBuffer(fileKey: Uint8Array, plaintext: Uint8Array, nonce: Uint8Array = randomBytes(PAYLOAD_NONCE_BYTES)): Buffer {
  const sealer = new PayloadSealer(fileKey, nonce);
  return Buffer.concat([...sealer.write(plaintext), ...sealer.end()]);
}

/** Whole payload in memory: small files and tests only. Throws EvidenceIntegrityError; returns nothing partial. */
export function decryptPayloadToBuffer(fileKey: Uint8Array, payload: Uint8Array): Buffer {
  const released: Buffer[] = [];
  const opener = new PayloadOpener(fileKey, (plaintext) => released.push(plaintext));
  try {
    opener.write(payload);
    opener.end();
  } catch (error) {
    released.forEach((piece) => piece.fill(0));
    throw error;
  }
  return Buffer.concat(released);
}

export type PayloadVerdict = { readonly ok: true; readonly bytes: number } | { readonly ok: false; readonly reason: EvidenceIntegrityReason };

/** Reads the whole payload through and releases nothing; `bytes` is the plaintext size. Read errors of the source are thrown. */
export async function verifyPayload(fileKey: Uint8Array, readable: Readable): Promise<PayloadVerdict> {
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void) {
      bytes += chunk.length;
      chunk.fill(0);
      callback();
    },
  });
  try {
    await pipeline(readable, createPayloadDecryptor(fileKey), sink);
  } catch (error) {
    if (isEvidenceIntegrityError(error)) {
      return { ok: false, reason: error.reason };
    }
    throw error;
  }
  return { ok: true, bytes };
}

// ---- Random access (seeking in audio and video) ----

export type ChunkLocation = {
  /** Byte offset of the sealed chunk in the payload (the 16-byte nonce included). */
  readonly offset: number;
  /** Length of the sealed chunk: plaintext length + 16. */
  readonly length: number;
  readonly plaintextOffset: number;
  readonly plaintextLength: number;
  readonly isLast: boolean;
};

export function chunkCount(plaintextSize: number): number {
  if (!Number.isSafeInteger(plaintextSize) || plaintextSize < 0) {
    throw new AppError('INVALID_REQUEST', 'plaintext size out of range');
  }
  return Math.max(1, Math.ceil(plaintextSize / CHUNK_BYTES));
}

export function payloadSize(plaintextSize: number): number {
  return PAYLOAD_NONCE_BYTES + plaintextSize + chunkCount(plaintextSize) * TAG_BYTES;
}

/** Where chunk `index` lies in the payload of a plaintext of `plaintextSize` bytes. */
export function chunkLocation(plaintextSize: number, index: number): ChunkLocation {
  const count = chunkCount(plaintextSize);
  if (!Number.isSafeInteger(index) || index < 0 || index >= count) {
    throw new AppError('INVALID_REQUEST', 'chunk index out of range');
  }
  const plaintextOffset = index * CHUNK_BYTES;
  const plaintextLength = Math.min(CHUNK_BYTES, plaintextSize - plaintextOffset);
  return { offset: PAYLOAD_NONCE_BYTES + index * SEALED_CHUNK_BYTES, length: plaintextLength + TAG_BYTES, plaintextOffset, plaintextLength, isLast: index === count - 1 };
}

/** The chunk holding plaintext byte `position`. */
export function chunkIndexAt(position: number): number {
  return Math.floor(position / CHUNK_BYTES);
}

/**
 * The plaintext size that a payload of `size` bytes implies, or the EvidenceIntegrityError its size
 * alone proves. UNTRUSTED until the final chunk has been opened with decryptChunkAt(…, isLast = true):
 * any read relative to the end, or any use of the total size, must verify the final chunk first.
 */
export function plaintextSizeOf(size: number): number {
  if (size < PAYLOAD_NONCE_BYTES + TAG_BYTES) {
    throw new EvidenceIntegrityError('TRUNCATED');
  }
  const body = size - PAYLOAD_NONCE_BYTES;
  const full = Math.floor(body / SEALED_CHUNK_BYTES);
  const rest = body % SEALED_CHUNK_BYTES;
  if (rest === 0) {
    return full * CHUNK_BYTES;
  }
  if (rest < TAG_BYTES) {
    throw new EvidenceIntegrityError('TRUNCATED');
  }
  if (rest === TAG_BYTES && full > 0) {
    throw new EvidenceIntegrityError('EMPTY_LAST_CHUNK');
  }
  return full * CHUNK_BYTES + rest - TAG_BYTES;
}

/**
 * Opens one sealed chunk on its own (the payload nonce is the payload's first 16 bytes). Also
 * enforces the shape rules: a chunk that is not last is exactly 64 KiB + 16; a last chunk is
 * 17..64 KiB + 16 bytes, or exactly 16 (empty) only as chunk 0.
 */
export function decryptChunkAt(fileKey: Uint8Array, nonce: Uint8Array, chunkIndex: number, isLast: boolean, ciphertextChunk: Uint8Array): Buffer {
  const size = ciphertextChunk.length;
  if (size < TAG_BYTES || size > SEALED_CHUNK_BYTES || (!isLast && size !== SEALED_CHUNK_BYTES)) {
    throw new EvidenceIntegrityError('TRUNCATED');
  }
  if (isLast && size === TAG_BYTES && chunkIndex > 0) {
    throw new EvidenceIntegrityError('EMPTY_LAST_CHUNK');
  }
  const key = derivePayloadKey(fileKey, nonce);
  const plaintext = openChunk(key, chunkIndex, isLast, ciphertextChunk);
  key.fill(0);
  if (plaintext === null) {
    throw new EvidenceIntegrityError('TAMPERED');
  }
  return plaintext;
}
