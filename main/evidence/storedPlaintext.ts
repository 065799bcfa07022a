import { open } from 'node:fs/promises';
import { AppError } from '../../shared/errors/appError';
import type { Sodium } from '../vault/sodium';
import { openAgeFileHeader } from './ageFile';
import type { AgeIdentity } from './ageIdentity';
import { PayloadOpener } from './payloadChunks';

// The plaintext of a stored evidence file, read in blocks of 1 MiB: how an export takes a video of
// gigabytes out of the store (bundleWriter.ts). The checks are those of the streaming decryptor
// (createAgeDecryptor): the header first, then every chunk authenticated in order, the final chunk
// required. What differs is the cost: the file is read into three buffers used in turn, not into a
// new buffer per read, and the next block is read while this one is decrypted. New buffers by the
// gigabyte kept V8's collector busy for a third of an export (npm run bench).
//
// THE QUARANTINE RULE (ageStream.ts) holds: what this yields is provisional until it has finished
// without an error.

const BLOCK_BYTES = 1024 * 1024;
// Three buffers, because the opener may still hold the unfinished tail of block k-1 (a chunk that
// straddles two reads) while block k is decrypted and block k+1 is being read.
const BUFFERS = 3;

type PendingRead = Promise<{ bytesRead: number; buffer: Buffer }>;

/**
 * Yields the plaintext of the age file at `path` chunk by chunk, each only after it authenticated.
 * Throws AgeHeaderError or EvidenceIntegrityError as the streaming decryptor does, and INTEGRITY
 * before any chunk when the header is not the one expected; a consumer that stops early (break,
 * throw) closes the file and wipes the key.
 */
export async function* readStoredPlaintext(sodium: Sodium, path: string, identity: AgeIdentity, expectedHeaderSha256?: string): AsyncGenerator<Buffer, void, undefined> {
  const { fileKey, payloadOffset, headerSha256 } = await openAgeFileHeader(sodium, path, identity);
  if (expectedHeaderSha256 !== undefined && headerSha256 !== expectedHeaderSha256) {
    fileKey.fill(0);
    // Another file of this vault put in this one's place: it would authenticate, but it is not this item.
    throw new AppError('INTEGRITY', 'the evidence file is not the one written for this item');
  }
  yield* readPayloadPlaintext(path, fileKey, payloadOffset);
}

/**
 * The plaintext of the payload that starts at `payloadOffset` of the file at `path`, whose header
 * gave `fileKey` (wiped here, at once). `onPayloadBlock` sees each block of the payload as read,
 * before it is decrypted, and may make the read wait (a bundle's SHA-256 is of its bytes as sent).
 */
export async function* readPayloadPlaintext(path: string, fileKey: Uint8Array, payloadOffset: number, onPayloadBlock?: (block: Uint8Array) => Promise<void> | void): AsyncGenerator<Buffer, void, undefined> {
  const released: Buffer[] = [];
  const opener = new PayloadOpener(fileKey, (plaintext) => released.push(plaintext)); // keeps its own copy
  fileKey.fill(0);
  const handle = await open(path, 'r').catch((error: unknown) => {
    opener.wipe();
    throw error;
  });
  const buffers = Array.from({ length: BUFFERS }, () => Buffer.allocUnsafe(BLOCK_BYTES));
  let pending: PendingRead | null = null;
  try {
    let position = payloadOffset;
    let turn = 0;
    pending = handle.read(buffers[turn] as Buffer, 0, BLOCK_BYTES, position);
    for (;;) {
      const { bytesRead, buffer }: { bytesRead: number; buffer: Buffer } = await pending;
      pending = null;
      if (bytesRead === 0) {
        break;
      }
      position += bytesRead;
      turn = (turn + 1) % BUFFERS;
      pending = handle.read(buffers[turn] as Buffer, 0, BLOCK_BYTES, position);
      await onPayloadBlock?.(buffer.subarray(0, bytesRead));
      opener.write(buffer.subarray(0, bytesRead));
      yield* released.splice(0);
    }
    opener.end();
    yield* released.splice(0);
  } finally {
    opener.wipe();
    released.forEach((plaintext) => plaintext.fill(0)); // decrypted but never handed out (a refusal, or the consumer stopped)
    await pending?.catch(() => undefined); // the read in flight writes into a buffer: let it land first
    await handle.close();
  }
}
