import { createCipheriv, createDecipheriv, hkdfSync } from 'node:crypto';
import { AppError } from '../../shared/errors/appError';

// The age v1 payload (C2SP age.md, "Payload"), bit for bit; docs/evidence-format.md:
//   payload     = nonce 16 | chunk_0 | … | chunk_n
//   payload_key = HKDF-SHA-256(ikm = file key 16, salt = nonce, info = "payload"), 32 bytes
//   chunk_i     = ChaCha20-Poly1305(payload_key, nonce = BE88(i) ‖ last 0x00/0x01, P_i), tag 16
//   P_i         = 64 KiB, except the final chunk: 1..64 KiB, empty only when the whole plaintext is empty.
// This file holds the chunk crypto and the two state machines (sealer, opener) that the stream API
// in ageStream.ts wraps; they take bytes in any pieces and never hold more than one chunk.

export const FILE_KEY_BYTES = 16;
export const PAYLOAD_NONCE_BYTES = 16;
export const CHUNK_BYTES = 64 * 1024;
export const TAG_BYTES = 16;
export const SEALED_CHUNK_BYTES = CHUNK_BYTES + TAG_BYTES;

export type EvidenceIntegrityReason = 'TRUNCATED' | 'TAMPERED' | 'TRAILING_DATA' | 'EMPTY_LAST_CHUNK' | 'NO_FINAL_CHUNK';

/** The payload is not exactly what was written. Code INTEGRITY, so it crosses IPC like any integrity failure. */
export class EvidenceIntegrityError extends AppError {
  readonly reason: EvidenceIntegrityReason;

  constructor(reason: EvidenceIntegrityReason) {
    super('INTEGRITY', `evidence payload refused: ${reason}`);
    this.name = 'EvidenceIntegrityError';
    this.reason = reason;
  }
}

export function isEvidenceIntegrityError(value: unknown): value is EvidenceIntegrityError {
  return value instanceof EvidenceIntegrityError;
}

function checkLength(name: string, value: Uint8Array, length: number): void {
  if (value.length !== length) {
    throw new AppError('INVALID_REQUEST', `${name} must be ${length} bytes`);
  }
}

export function derivePayloadKey(fileKey: Uint8Array, nonce: Uint8Array): Buffer {
  checkLength('file key', fileKey, FILE_KEY_BYTES);
  checkLength('payload nonce', nonce, PAYLOAD_NONCE_BYTES);
  return Buffer.from(hkdfSync('sha256', fileKey, nonce, 'payload', 32));
}

export function chunkNonce(index: number, isLast: boolean): Buffer {
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new AppError('INVALID_REQUEST', 'chunk index out of range');
  }
  const nonce = Buffer.alloc(12);
  nonce.writeBigUInt64BE(BigInt(index), 3); // bytes 0..2 of the 88-bit counter stay zero
  nonce[11] = isLast ? 1 : 0;
  return nonce;
}

/**
 * The sealed chunk as pieces: the ciphertext of each plaintext piece given, then the tag. A writer
 * gathers them (writev) instead of copying them together, and a chunk whose plaintext arrived in
 * two pieces (a 64 KiB chunk of a tar stream straddles the pieces it is made of) is sealed without
 * first copying them together.
 */
export function sealChunkParts(payloadKey: Uint8Array, index: number, isLast: boolean, plaintext: Uint8Array | readonly Uint8Array[]): Buffer[] {
  const cipher = createCipheriv('chacha20-poly1305', payloadKey, chunkNonce(index, isLast), { authTagLength: TAG_BYTES });
  const pieces = plaintext instanceof Uint8Array ? [plaintext] : plaintext;
  const sealed = pieces.map((piece) => cipher.update(piece));
  cipher.final(); // a stream cipher: nothing left to emit, but the tag is computed here
  sealed.push(cipher.getAuthTag());
  return sealed;
}

export function sealChunk(payloadKey: Uint8Array, index: number, isLast: boolean, plaintext: Uint8Array): Buffer {
  return Buffer.concat(sealChunkParts(payloadKey, index, isLast, plaintext));
}

/** The chunk's plaintext, or null if it does not authenticate under this index and flag. */
export function openChunk(payloadKey: Uint8Array, index: number, isLast: boolean, sealed: Uint8Array): Buffer | null {
  if (sealed.length < TAG_BYTES) {
    return null;
  }
  const decipher = createDecipheriv('chacha20-poly1305', payloadKey, chunkNonce(index, isLast), { authTagLength: TAG_BYTES });
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  const plaintext = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
  try {
    decipher.final(); // throws when the tag does not match; `plaintext` is then discarded unseen
    return plaintext;
  } catch {
    plaintext.fill(0);
    return null;
  }
}

/** A FIFO of byte pieces, so that feeding many small writes never re-copies the whole backlog. */
class ByteQueue {
  private pieces: Buffer[] = [];
  length = 0;

  push(bytes: Uint8Array): void {
    if (bytes.length > 0) {
      this.pieces.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      this.length += bytes.length;
    }
  }

  /** The next `count` bytes as views of the pieces they are in: no copy, whatever the pieces. */
  takePieces(count: number): Buffer[] {
    const taken: Buffer[] = [];
    for (let wanted = count; wanted > 0; ) {
      const head = this.pieces[0] as Buffer;
      const used = Math.min(head.length, wanted);
      taken.push(head.subarray(0, used));
      if (used === head.length) {
        this.pieces.shift();
      } else {
        this.pieces[0] = head.subarray(used);
      }
      wanted -= used;
    }
    this.length -= count;
    return taken;
  }

  take(count: number): Buffer {
    const first = this.pieces[0];
    if (first !== undefined && first.length >= count) {
      // The common case (reads of 1 MiB, chunks of 64 KiB): a view, not a copy.
      this.pieces[0] = first.subarray(count);
      if (first.length === count) {
        this.pieces.shift();
      }
      this.length -= count;
      return first.subarray(0, count);
    }
    const out = Buffer.allocUnsafe(count);
    let filled = 0;
    while (filled < count) {
      const head = this.pieces[0] as Buffer;
      const used = Math.min(head.length, count - filled);
      head.copy(out, filled, 0, used);
      filled += used;
      if (used === head.length) {
        this.pieces.shift();
      } else {
        this.pieces[0] = head.subarray(used);
      }
    }
    this.length -= count;
    return out;
  }
}

/** Encrypts a plaintext given in any pieces; holds back one chunk so it knows which chunk is final. */
export class PayloadSealer {
  private readonly key: Buffer;
  private readonly queue = new ByteQueue();
  private index = 0;
  private started = false;

  constructor(
    fileKey: Uint8Array,
    private readonly nonce: Uint8Array,
  ) {
    this.key = derivePayloadKey(fileKey, nonce);
  }

  /** Returns the sealed bytes now known (the nonce first, then every chunk proven not final). */
  write(plaintext: Uint8Array): Buffer[] {
    const out = this.header();
    this.queue.push(plaintext);
    while (this.queue.length > CHUNK_BYTES) {
      out.push(...sealChunkParts(this.key, this.index, false, this.queue.takePieces(CHUNK_BYTES)));
      this.index += 1;
    }
    return out;
  }

  /** Seals what is left (0..64 KiB) as the final chunk. Empty only when the whole plaintext was empty. */
  end(): Buffer[] {
    const out = this.header();
    out.push(...sealChunkParts(this.key, this.index, true, this.queue.takePieces(this.queue.length)));
    this.key.fill(0);
    return out;
  }

  wipe(): void {
    this.key.fill(0);
  }

  private header(): Buffer[] {
    if (this.started) {
      return [];
    }
    this.started = true;
    return [Buffer.from(this.nonce)];
  }
}

/**
 * Decrypts a payload given in any pieces. `release` receives each chunk's plaintext only after that
 * chunk authenticated; every refusal throws an EvidenceIntegrityError and the opener is then dead.
 * Released plaintext is still only *provisional* until end() returns (the quarantine rule).
 */
export class PayloadOpener {
  private key: Buffer | null = null;
  private readonly fileKey: Uint8Array;
  private readonly queue = new ByteQueue();
  private index = 0;
  private failed = false;

  constructor(
    fileKey: Uint8Array,
    private readonly release: (plaintext: Buffer) => void,
  ) {
    checkLength('file key', fileKey, FILE_KEY_BYTES);
    this.fileKey = Uint8Array.from(fileKey);
  }

  write(sealed: Uint8Array): void {
    this.alive();
    this.queue.push(sealed);
    if (this.key === null && this.queue.length >= PAYLOAD_NONCE_BYTES) {
      this.key = derivePayloadKey(this.fileKey, this.queue.take(PAYLOAD_NONCE_BYTES));
      this.fileKey.fill(0);
    }
    // Strictly more than one sealed chunk buffered: the chunk at the head is followed by data, so it must not be final.
    while (this.key !== null && this.queue.length > SEALED_CHUNK_BYTES) {
      const chunk = this.queue.take(SEALED_CHUNK_BYTES);
      const plaintext = openChunk(this.key, this.index, false, chunk);
      if (plaintext === null) {
        this.refuseNonFinal(this.key, chunk);
      }
      this.index += 1;
      this.release(plaintext);
    }
  }

  /** The source ended: the rest (0..64 KiB + 16) must be exactly one final chunk. */
  end(): void {
    this.alive();
    if (this.key === null) {
      this.fail('TRUNCATED'); // shorter than the 16-byte nonce
    }
    const rest = this.queue.take(this.queue.length);
    if (rest.length === 0) {
      this.fail('NO_FINAL_CHUNK'); // ends on a chunk boundary (or right after the nonce) with no final chunk
    }
    if (rest.length < TAG_BYTES) {
      this.fail('TRUNCATED'); // no chunk can end here
    }
    const plaintext = openChunk(this.key, this.index, true, rest);
    if (plaintext === null) {
      this.refuseFinal(this.key, rest);
    }
    if (plaintext.length === 0 && this.index > 0) {
      this.fail('EMPTY_LAST_CHUNK');
    }
    this.release(plaintext);
    this.wipe();
    this.failed = true; // finished: any further write is refused
  }

  wipe(): void {
    this.key?.fill(0);
    this.fileKey.fill(0);
  }

  private alive(): void {
    if (this.failed) {
      throw new AppError('INVALID_REQUEST', 'payload opener already finished');
    }
  }

  // A chunk followed by more data did not open as non-final. If it opens as final, it is authentic and
  // is released (as age does, CCTV stream_trailing_garbage_*), and the data after it is refused.
  private refuseNonFinal(key: Buffer, chunk: Buffer): never {
    const asFinal = openChunk(key, this.index, true, chunk);
    if (asFinal === null) {
      this.fail('TAMPERED');
    }
    this.release(asFinal);
    this.fail('TRAILING_DATA');
  }

  // The last piece did not open as final. A full-size chunk that opens as non-final is authentic and
  // is released (as age does, CCTV stream_no_final_full): the stream was cut after it. A short piece
  // that opens as non-final is malformed (only a final chunk may be short) and is not released.
  private refuseFinal(key: Buffer, rest: Buffer): never {
    const asNonFinal = openChunk(key, this.index, false, rest);
    if (asNonFinal === null) {
      this.fail('TAMPERED');
    }
    if (rest.length === SEALED_CHUNK_BYTES) {
      this.release(asNonFinal);
    } else {
      asNonFinal.fill(0);
    }
    this.fail('NO_FINAL_CHUNK');
  }

  private fail(reason: EvidenceIntegrityReason): never {
    this.failed = true;
    this.wipe();
    throw new EvidenceIntegrityError(reason);
  }
}
