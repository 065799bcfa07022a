import { createHash, randomBytes } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PARALLEL_HASH_FROM_BYTES, Sha256Tap } from '../../../main/evidence/sha256Tap';

// The tap that hashes bundle items and whole bundles as they stream: the same digest whether it
// hashes on this thread (small items) or on the worker (large ones), the bytes passed through
// untouched, and a stream that is not what was expected fails at its end with the caller's error.

async function through(tap: Sha256Tap, bytes: Buffer): Promise<Buffer> {
  const out: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      out.push(chunk);
      callback();
    },
  });
  const pieces = Array.from({ length: Math.ceil(bytes.length / 100_000) }, (_, i) => bytes.subarray(i * 100_000, (i + 1) * 100_000));
  await pipeline(Readable.from(pieces), tap, sink);
  return Buffer.concat(out);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('Sha256Tap', () => {
  it.each([0, 1000, PARALLEL_HASH_FROM_BYTES - 1, PARALLEL_HASH_FROM_BYTES + 1])('hashes %i bytes like node:crypto and passes them through unchanged', async (size) => {
    const bytes = randomBytes(size);
    const expected = { size, sha256: sha256(bytes), mismatch: () => new Error('mismatch') };
    const progress: number[] = [];
    const tap = new Sha256Tap({ expected, onBytes: (count) => progress.push(count) });
    expect((await through(tap, bytes)).equals(bytes)).toBe(true);
    expect(tap.sha256).toBe(sha256(bytes));
    expect(tap.bytes).toBe(size);
    expect(progress.at(-1) ?? 0).toBe(size);
  });

  it.each([1000, PARALLEL_HASH_FROM_BYTES + 1])('fails a stream of %i bytes that is one byte different or one byte short', async (size) => {
    const bytes = randomBytes(size);
    const expected = { size, sha256: sha256(bytes), mismatch: () => new Error('not what the manifest says') };
    const flipped = Buffer.from(bytes);
    flipped[size >> 1] = (flipped[size >> 1] as number) ^ 1;
    await expect(through(new Sha256Tap({ expected }), flipped)).rejects.toThrow('not what the manifest says');
    await expect(through(new Sha256Tap({ expected }), bytes.subarray(1))).rejects.toThrow('not what the manifest says');
  });
});
