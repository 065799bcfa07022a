import { createWriteStream } from 'node:fs';
import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createAgeEncryptor } from './ageFile';
import { syncFile } from './evidenceFiles';
import { Sha256Tap, type ExpectedContent } from './sha256Tap';
import { HEAD_BYTES } from './mediaType';
import type { Sodium } from '../vault/sodium';

// The general streaming pass of an ingest (R10, R14), for transformed and received files (a file on
// disk takes the faster block pass, fileIngestPass.ts): read → SHA-256 → age encryption → the item's
// .part file, then fsync. The plaintext exists only in these in-flight buffers and in `head` (the
// first bytes, kept in memory to sniff the media type and read EXIF); never on disk, never whole.

export const IO_CHUNK_BYTES = 1024 * 1024;

export type IngestPassResult = {
  readonly sha256: string;
  readonly bytes: number;
  readonly head: Buffer;
  /** The written file's header digest (EvidenceItem.fileHeaderSha256), where the pass knows it. */
  readonly headerSha256?: string;
};

export type IngestPassOptions = {
  readonly sodium: Sodium;
  readonly recipient: Uint8Array;
  readonly onBytes?: (bytes: number) => void;
  readonly signal?: AbortSignal;
};

/** Hashes and counts what flows through, and keeps a copy of the first HEAD_BYTES. */
class DigestTap extends Sha256Tap {
  private readonly headParts: Buffer[] = [];
  private headBytes = 0;

  protected override sawChunk(chunk: Buffer): void {
    if (this.headBytes < HEAD_BYTES) {
      const part = Buffer.from(chunk.subarray(0, HEAD_BYTES - this.headBytes));
      this.headParts.push(part);
      this.headBytes += part.length;
    }
  }

  head(): Buffer {
    return Buffer.concat(this.headParts);
  }

  wipeHead(): void {
    this.headParts.forEach((part) => part.fill(0));
  }
}

/**
 * Encrypts what the chain yields (a source, then any transforms) into `partPath`, created
 * exclusively with mode 0600, and syncs it. The SHA-256 is of the chain's OUTPUT; with `expected`,
 * output of another size or hash fails the pass with `expected.mismatch()`.
 */
export async function encryptChainToPart(chain: readonly [Readable, ...Transform[]], partPath: string, options: IngestPassOptions & { readonly expected?: ExpectedContent }): Promise<IngestPassResult> {
  const tap = new DigestTap({ ...(options.onBytes ? { onBytes: options.onBytes } : {}), ...(options.expected ? { expected: options.expected } : {}) });
  const output = createWriteStream(partPath, { flags: 'wx', mode: 0o600, highWaterMark: IO_CHUNK_BYTES });
  const { stream: encryptor, headerSha256 } = createAgeEncryptor(options.sodium, [options.recipient]);
  try {
    await pipeline([...chain, tap, encryptor, output], options.signal ? { signal: options.signal } : {});
    await syncFile(partPath);
  } catch (error) {
    tap.wipeHead();
    throw error;
  }
  return { sha256: tap.sha256 as string, bytes: tap.bytes, head: tap.head(), headerSha256 };
}
