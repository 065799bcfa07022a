import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { ParallelSha256 } from './parallelSha256';

// A pass-through stream that hashes and counts what flows through it. Large streams (evidence, a
// whole bundle) hash on the second core (parallelSha256.ts) while this thread encrypts; small ones
// (a record of a few KiB, of which a bundle carries a thousand) hash here, because starting a
// worker costs more than hashing them.

export type StreamingSha256 = {
  update(chunk: Uint8Array): Promise<void>;
  digest(): Promise<string>;
  /** Stops any worker and wipes what it held; the digest is lost. */
  destroy(): void;
};

/** Below this many bytes a stream is hashed on this thread. */
export const PARALLEL_HASH_FROM_BYTES = 4 * 1024 * 1024;

function inlineSha256(): StreamingSha256 {
  const hash = createHash('sha256');
  return {
    update: async (chunk) => {
      hash.update(chunk);
    },
    digest: async () => hash.digest('hex'),
    destroy: () => undefined,
  };
}

/** The hash for a stream of about `expectedBytes` (unknown: assume large). */
export function sha256For(expectedBytes: number = Number.POSITIVE_INFINITY): StreamingSha256 {
  return expectedBytes >= PARALLEL_HASH_FROM_BYTES ? new ParallelSha256() : inlineSha256();
}

/** What a stream must carry (a bundle item): checked when it ends. */
export type ExpectedContent = { readonly size: number; readonly sha256: string; readonly mismatch: () => Error };

export type Sha256TapOptions = { readonly expected?: ExpectedContent; readonly onBytes?: (bytes: number) => void };

/**
 * Passes bytes through unchanged; `sha256` and `bytes` are known once the stream has flushed (so a
 * pipeline that resolved has them). With `expected`, a stream of another size or hash fails at its
 * end with `expected.mismatch()`. A stream that fails stops the hash's worker.
 */
export class Sha256Tap extends Transform {
  bytes = 0;
  sha256: string | null = null;
  private readonly hash: StreamingSha256;

  constructor(private readonly options: Sha256TapOptions = {}) {
    super();
    this.hash = sha256For(options.expected?.size);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk).then(() => {
      this.bytes += chunk.length;
      this.sawChunk(chunk);
      this.options.onBytes?.(this.bytes);
      callback(null, chunk);
    }, callback);
  }

  override _flush(callback: TransformCallback): void {
    this.hash.digest().then((digest) => {
      this.sha256 = digest;
      callback(this.checkEnd());
    }, callback);
  }

  override _destroy(error: Error | null, callback: (error: Error | null) => void): void {
    if (this.sha256 === null) {
      this.hash.destroy();
    }
    callback(error);
  }

  /** For subclasses: each chunk as it passes. */
  protected sawChunk(_chunk: Buffer): void {}

  private checkEnd(): Error | null {
    const { expected } = this.options;
    return expected === undefined || (this.bytes === expected.size && this.sha256 === expected.sha256) ? null : expected.mismatch();
  }
}
