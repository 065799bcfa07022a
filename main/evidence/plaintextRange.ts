import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { AppError } from '../../shared/errors/appError';
import type { Sodium } from '../vault/sodium';
import { openAgeFileHeader } from './ageFile';
import type { AgeIdentity } from './ageIdentity';
import { CHUNK_BYTES, chunkIndexAt, chunkLocation, EvidenceIntegrityError, PAYLOAD_NONCE_BYTES, plaintextSizeOf } from './ageStream';
import { derivePayloadKey, openChunk } from './payloadChunks';

// Random access into an evidence file, for seeking in audio and video (security brief §4.3):
// plaintext byte p lies in chunk ⌊p / 64 KiB⌋, and each chunk authenticates on its own, at its own
// index. The size implied by the file length is trusted only after the FINAL chunk has opened with
// the final flag (age's rule), which openForRanges checks before anything is served.

export type RandomAccessEvidence = {
  readonly plaintextSize: number;
  /** Plaintext bytes start..end (inclusive), each chunk authenticated before a byte of it is released. */
  read(start: number, end: number): Readable;
  close(): Promise<void>;
};

async function readExactly(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead !== length) {
    throw new EvidenceIntegrityError('TRUNCATED');
  }
  return buffer;
}

export async function openForRanges(sodium: Sodium, path: string, identity: AgeIdentity): Promise<RandomAccessEvidence> {
  const header = await openAgeFileHeader(sodium, path, identity);
  const handle = await open(path, 'r');
  try {
    const nonce = await readExactly(handle, header.payloadOffset, PAYLOAD_NONCE_BYTES);
    const payloadKey = derivePayloadKey(header.fileKey, nonce);
    header.fileKey.fill(0);
    const plaintextSize = plaintextSizeOf(header.fileSize - header.payloadOffset);
    const chunkAt = async (index: number): Promise<Buffer> => {
      const location = chunkLocation(plaintextSize, index);
      const sealed = await readExactly(handle, header.payloadOffset + location.offset, location.length);
      const plaintext = openChunk(payloadKey, index, location.isLast, sealed);
      if (plaintext === null) {
        throw new EvidenceIntegrityError('TAMPERED');
      }
      return plaintext;
    };
    const lastIndex = chunkIndexAt(Math.max(0, plaintextSize - 1));
    (await chunkAt(lastIndex)).fill(0);
    return {
      plaintextSize,
      read(start: number, end: number): Readable {
        if (!Number.isSafeInteger(start) || start < 0 || end < start || end >= plaintextSize) {
          throw new AppError('INVALID_REQUEST', 'range outside the file');
        }
        return Readable.from(
          (async function* () {
            for (let index = chunkIndexAt(start); index <= chunkIndexAt(end); index += 1) {
              const plaintext = await chunkAt(index);
              const chunkStart = index * CHUNK_BYTES;
              yield plaintext.subarray(Math.max(0, start - chunkStart), Math.min(plaintext.length, end - chunkStart + 1));
            }
          })(),
        );
      },
      async close() {
        payloadKey.fill(0);
        await handle.close();
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
