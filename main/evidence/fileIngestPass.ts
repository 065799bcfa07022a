import { open, type FileHandle } from 'node:fs/promises';
import { AppError } from '../../shared/errors/appError';
import { startAgeFile } from './ageFile';
import { HEAD_BYTES } from './mediaType';
import { ParallelSha256, SLOT_BYTES, type RingSlot } from './parallelSha256';
import { CHUNK_BYTES, sealChunkParts } from './payloadChunks';
import { type IngestPassOptions, type IngestPassResult } from './ingestPass';
import { storageFailure } from '../storage/storageFailure';
import { writePieces } from './evidenceFiles';
import { FlushAhead } from '../storage/flushAhead';

// The ingest of a file on disk, in blocks of 1 MiB: the same age file and the same SHA-256 as the
// general stream pass (ingestPass.ts, still used for transformed and received files), at about half
// its cost, because a 1 GiB video is where a monitor waits (npm run bench):
//   - each block is read straight into a slot of the SHA-256 worker's shared ring: no copy, no
//     allocation per read, and the plaintext lives only in that ring, wiped once hashed;
//   - the next block is read while this one is encrypted, and the sealed pieces are gathered into one
//     writev while the next block is sealed;
//   - the size is known (inspectSource), so the final chunk is known without holding one back. A
//     source that ends early is SOURCE_CHANGED here; one that grew is caught by assertSourceUnchanged.

// A block is whole chunks, so chunk numbers follow from the block's offset.
if (SLOT_BYTES % CHUNK_BYTES !== 0) {
  throw new Error('a ring slot must hold whole chunks');
}

type Block = { readonly slot: RingSlot; readonly offset: number; readonly length: number; readonly filled: Promise<void> };

/** A failure to read is the source's fault (a USB stick pulled out), not the vault's. */
function sourceUnreadable(error: unknown): AppError {
  return new AppError('SOURCE_UNREADABLE', `cannot read the source: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
}

async function readFully(input: FileHandle, into: Uint8Array, position: number): Promise<void> {
  for (let filled = 0; filled < into.length; ) {
    const { bytesRead } = await input.read(into, filled, into.length - filled, position + filled).catch((error: unknown) => {
      throw sourceUnreadable(error);
    });
    if (bytesRead === 0) {
      throw new AppError('SOURCE_CHANGED', 'the source ended before its size');
    }
    filled += bytesRead;
  }
}

async function startBlock(input: FileHandle, hash: ParallelSha256, offset: number, size: number): Promise<Block> {
  const slot = await hash.borrow();
  const length = Math.min(SLOT_BYTES, size - offset);
  const filled = readFully(input, slot.view.subarray(0, length), offset);
  filled.catch(() => undefined); // awaited in order below; this only keeps an early failure from being "unhandled"
  return { slot, offset, length, filled };
}

/** The block's chunks, sealed; the last chunk of the last block carries the final flag. */
function sealBlock(payloadKey: Uint8Array, block: Block, size: number): Buffer[] {
  const parts: Buffer[] = [];
  const firstIndex = block.offset / CHUNK_BYTES;
  const chunks = Math.max(1, Math.ceil(block.length / CHUNK_BYTES)); // an empty file is one empty final chunk
  for (let chunk = 0; chunk < chunks; chunk += 1) {
    const plaintext = block.slot.view.subarray(chunk * CHUNK_BYTES, Math.min(block.length, (chunk + 1) * CHUNK_BYTES));
    const isLast = block.offset + block.length === size && chunk === chunks - 1;
    parts.push(...sealChunkParts(payloadKey, firstIndex + chunk, isLast, plaintext));
  }
  return parts;
}

class BlockPass {
  readonly hash = new ParallelSha256();
  private head: Buffer = Buffer.alloc(0);
  private pendingWrite: Promise<void> = Promise.resolve();
  private readonly flush: FlushAhead;

  constructor(
    private readonly input: FileHandle,
    private readonly output: FileHandle,
    private readonly size: number,
    private readonly options: IngestPassOptions,
  ) {
    this.flush = new FlushAhead(output);
  }

  /** Writes after the write before, and counts them towards the next background sync. */
  private write(pieces: readonly Buffer[]): void {
    const bytes = pieces.reduce((sum, piece) => sum + piece.length, 0);
    this.pendingWrite = this.pendingWrite.then(async () => {
      await writePieces(this.output, pieces);
      await this.flush.wrote(bytes);
    });
    this.pendingWrite.catch(() => undefined); // awaited in order; see startBlock
  }

  async run(): Promise<IngestPassResult> {
    const { prefix, payloadKey, headerSha256 } = startAgeFile(this.options.sodium, [this.options.recipient]);
    try {
      this.write([prefix]);
      let next: Block | null = await startBlock(this.input, this.hash, 0, this.size);
      while (next !== null) {
        next = await this.step(next, payloadKey);
      }
      await this.pendingWrite;
      await this.flush.sync();
      return { sha256: await this.hash.digest(), bytes: this.size, head: this.head, headerSha256 };
    } catch (error) {
      this.head.fill(0);
      this.hash.destroy();
      await this.pendingWrite.catch(() => undefined);
      await this.flush.settle();
      throw error;
    } finally {
      payloadKey.fill(0);
    }
  }

  /** Seals one block while the next is read and the previous is written; returns the next block. */
  private async step(block: Block, payloadKey: Uint8Array): Promise<Block | null> {
    await block.filled;
    this.options.signal?.throwIfAborted();
    const end = block.offset + block.length;
    const next = end < this.size ? await startBlock(this.input, this.hash, end, this.size) : null;
    if (block.offset === 0) {
      this.head = Buffer.from(block.slot.view.subarray(0, Math.min(HEAD_BYTES, block.length)));
    }
    const sealed = sealBlock(payloadKey, block, this.size);
    this.hash.submit(block.slot, block.length);
    await this.pendingWrite;
    this.write(sealed);
    this.options.onBytes?.(end);
    return next;
  }
}

async function encryptFileBlocks(source: FileToIngest, partPath: string, options: IngestPassOptions): Promise<IngestPassResult> {
  const input = await open(source.path, 'r').catch((error: unknown) => {
    throw sourceUnreadable(error);
  });
  try {
    const output = await open(partPath, 'wx', 0o600);
    try {
      return await new BlockPass(input, output, source.size, options).run();
    } finally {
      await output.close();
    }
  } finally {
    await input.close();
  }
}

export type FileToIngest = { readonly path: string; readonly size: number };

/**
 * Encrypts the file (of `size` bytes, as inspected) into `partPath`, created exclusively with mode
 * 0600, and syncs it. Fails with SOURCE_UNREADABLE, SOURCE_CHANGED, DISK_FULL, STORAGE or CANCELLED.
 */
export async function encryptFileToPart(source: FileToIngest, partPath: string, options: IngestPassOptions): Promise<IngestPassResult> {
  try {
    return await encryptFileBlocks(source, partPath, options);
  } catch (error) {
    throw storageFailure(error, options.signal);
  }
}
