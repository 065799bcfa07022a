import type { FileHandle } from 'node:fs/promises';
import { writePieces } from '../evidence/evidenceFiles';
import { ParallelSha256 } from '../evidence/parallelSha256';
import type { PayloadSealer } from '../evidence/payloadChunks';

// The bundle file as it is written (docs/bundle-format.md): the age header, then the payload sealed
// from the tar archive, which arrives in pieces of any size. Sealed pieces are gathered and written
// a MiB at a time with one writev while the next MiB is sealed, and hashed as written on the second
// core (the bundle's SHA-256 names it in receipts and in the next bundle). No stream stages between
// the archive and the disk: each cost a copy or a round trip per piece, over a gigabyte of evidence.

const WRITE_BYTES = 1024 * 1024;

export class BundleFile {
  /** Bytes of the bundle file written so far. */
  bytes = 0;
  private readonly hash = new ParallelSha256();
  private gathered: Buffer[] = [];
  private gatheredBytes = 0;
  private pendingWrite: Promise<void> = Promise.resolve();

  constructor(
    private readonly output: FileHandle,
    private readonly sealer: PayloadSealer,
    ageHeader: Buffer,
    private readonly onBytes?: (bytes: number) => void,
  ) {
    this.gather([ageHeader]);
  }

  /** The next bytes of the archive. */
  async append(plaintext: Uint8Array): Promise<void> {
    this.gather(this.sealer.write(plaintext));
    if (this.gatheredBytes >= WRITE_BYTES) {
      await this.flush();
    }
  }

  /** Seals the final chunk, writes and syncs everything; the bundle's SHA-256 and size. */
  async end(): Promise<{ sha256: string; bytes: number }> {
    this.gather(this.sealer.end());
    await this.flush();
    await this.pendingWrite;
    await this.output.sync();
    return { sha256: await this.hash.digest(), bytes: this.bytes };
  }

  /** After a failure: stops the hash worker, wipes the payload key, lets the write in flight land. */
  async abandon(): Promise<void> {
    this.sealer.wipe();
    this.hash.destroy();
    await this.pendingWrite.catch(() => undefined);
  }

  private gather(pieces: readonly Buffer[]): void {
    for (const piece of pieces) {
      this.gathered.push(piece);
      this.gatheredBytes += piece.length;
    }
  }

  private async flush(): Promise<void> {
    const pieces = this.gathered;
    const bytes = this.gatheredBytes;
    this.gathered = [];
    this.gatheredBytes = 0;
    for (const piece of pieces) {
      await this.hash.update(piece);
    }
    await this.pendingWrite;
    this.pendingWrite = writePieces(this.output, pieces);
    this.pendingWrite.catch(() => undefined); // awaited in order by the next flush or end()
    this.bytes += bytes;
    this.onBytes?.(this.bytes);
  }
}
