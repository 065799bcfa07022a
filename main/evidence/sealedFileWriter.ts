import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import type { Sodium } from '../vault/sodium';
import { writeAgeHeader } from './ageHeader';
import { FlushAhead } from '../storage/flushAhead';
import { writePieces } from './evidenceFiles';
import { FILE_KEY_BYTES, PAYLOAD_NONCE_BYTES, PayloadSealer } from './payloadChunks';
import { sha256For, type StreamingSha256 } from './sha256Tap';

// An age file written from plaintext that arrives in pieces of any size: a bundle as its tar archive
// is packed (bundleWriter.ts), a file received in a bundle as it is unpacked (bundleReader.ts).
// Sealed pieces are gathered and written a MiB at a time with one writev while the next MiB is
// sealed, and hashed on the second core: the written file (a bundle's SHA-256 names it in receipts
// and in the next bundle) or the plaintext (a received file must have the SHA-256 its manifest
// signed). No stream stages between the plaintext and the disk: each cost a copy or a round trip per
// piece, and a new buffer per piece kept V8's collector busy, over a gigabyte of evidence.

const WRITE_BYTES = 1024 * 1024;

/** What the writer hashes: the bytes of the file it writes, or the plaintext it is given. */
export type SealedFileHash = 'file' | 'plaintext';

export type SealedFileResult = { readonly sha256: string; readonly fileBytes: number; readonly plaintextBytes: number };

/** A new age file's header and the sealer of its payload; the file key itself is wiped here. */
export function startSealedFile(sodium: Sodium, recipients: readonly Uint8Array[]): { header: Buffer; sealer: PayloadSealer } {
  const fileKey = sodium.randombytes_buf(FILE_KEY_BYTES);
  try {
    return { header: writeAgeHeader(sodium, fileKey, recipients), sealer: new PayloadSealer(fileKey, randomBytes(PAYLOAD_NONCE_BYTES)) };
  } finally {
    sodium.memzero(fileKey); // the sealer keeps only the payload key it derived
  }
}

export class SealedFileWriter {
  /** Bytes of the file written so far. */
  fileBytes = 0;
  plaintextBytes = 0;
  private readonly hash: StreamingSha256;
  private gathered: Buffer[] = [];
  private gatheredBytes = 0;
  private pendingWrite: Promise<void> = Promise.resolve();
  private readonly flush: FlushAhead;

  constructor(
    private readonly output: FileHandle,
    private readonly sealer: PayloadSealer,
    header: Buffer,
    private readonly options: { readonly hashOf: SealedFileHash; readonly expectedBytes?: number; readonly onBytes?: (fileBytes: number) => void },
  ) {
    this.hash = sha256For(options.expectedBytes); // a small file is hashed here: a worker costs more than it saves
    this.flush = new FlushAhead(output);
    this.gather([header]);
  }

  /** The next bytes of the plaintext. */
  async append(plaintext: Uint8Array): Promise<void> {
    if (this.options.hashOf === 'plaintext') {
      await this.hash.update(plaintext); // a large file's is copied into the worker's ring and wiped there once hashed
    }
    this.plaintextBytes += plaintext.length;
    this.gather(this.sealer.write(plaintext));
    if (this.gatheredBytes >= WRITE_BYTES) {
      await this.writeGathered();
    }
  }

  /** Seals the final chunk, writes and syncs everything; the SHA-256 and the sizes. */
  async end(): Promise<SealedFileResult> {
    this.gather(this.sealer.end());
    await this.writeGathered();
    await this.pendingWrite;
    await this.flush.sync();
    return { sha256: await this.hash.digest(), fileBytes: this.fileBytes, plaintextBytes: this.plaintextBytes };
  }

  /** After a failure: stops the hash worker (wiping its ring), wipes the payload key, lets the write in flight land. */
  async abandon(): Promise<void> {
    this.sealer.wipe();
    this.hash.destroy();
    await this.pendingWrite.catch(() => undefined);
    await this.flush.settle();
  }

  private gather(pieces: readonly Buffer[]): void {
    for (const piece of pieces) {
      this.gathered.push(piece);
      this.gatheredBytes += piece.length;
    }
  }

  private async writeGathered(): Promise<void> {
    const pieces = this.gathered;
    const bytes = this.gatheredBytes;
    this.gathered = [];
    this.gatheredBytes = 0;
    if (this.options.hashOf === 'file') {
      for (const piece of pieces) {
        await this.hash.update(piece);
      }
    }
    await this.pendingWrite;
    this.pendingWrite = writePieces(this.output, pieces).then(() => this.flush.wrote(bytes));
    this.pendingWrite.catch(() => undefined); // awaited in order by the next write or end()
    this.fileBytes += bytes;
    this.options.onBytes?.(this.fileBytes);
  }
}
