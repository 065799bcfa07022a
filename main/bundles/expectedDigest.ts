import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * Passes bytes through unchanged and fails the stream at its end unless they were exactly
 * `expected` (size and SHA-256): an item must be what the manifest says, going out and coming in.
 */
export function expectedDigest(expected: { readonly size: number; readonly sha256: string }, mismatch: () => Error): Transform {
  const hash = createHash('sha256');
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
    flush(callback: TransformCallback) {
      callback(size === expected.size && hash.digest('hex') === expected.sha256 ? null : mismatch());
    },
  });
}
