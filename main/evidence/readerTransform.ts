import { Transform, type TransformCallback } from 'node:stream';

/** A push-based reader: fed bytes, it releases plaintext through the `release` it was made with. */
export type ChunkReader = { write(chunk: Buffer): void; end(): void; wipe(): void };

/**
 * Wraps a reader as a Transform: bytes in, released plaintext out. A throw from the reader fails
 * the stream (after what it released before throwing); destroying the stream wipes the reader's keys.
 * What one input piece releases leaves as ONE piece: a 1 MiB read is sixteen 64 KiB chunks, and
 * every piece costs a round trip through each later stage (a hash worker, the disk), so sixteen
 * pieces made a bundle export wait more than it worked.
 */
export function readerTransform(makeReader: (release: (plaintext: Buffer) => void) => ChunkReader): Transform {
  let stream: Transform | null = null;
  let released: Buffer[] = [];
  const reader = makeReader((plaintext) => released.push(plaintext));
  const guarded = (run: () => void, callback: TransformCallback) => {
    let failure: Error | null = null;
    try {
      run();
    } catch (error) {
      failure = error as Error;
    }
    const pieces = released;
    released = [];
    if (pieces.length > 0) {
      stream?.push(pieces.length === 1 ? pieces[0] : Buffer.concat(pieces));
    }
    callback(failure);
  };
  stream = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      guarded(() => reader.write(chunk), callback);
    },
    flush(callback: TransformCallback) {
      guarded(() => reader.end(), callback);
    },
    destroy(error: Error | null, callback: (error: Error | null) => void) {
      reader.wipe();
      callback(error);
    },
  });
  return stream;
}
