import { Transform, type TransformCallback } from 'node:stream';

/** A push-based reader: fed bytes, it releases plaintext through the `release` it was made with. */
export type ChunkReader = { write(chunk: Buffer): void; end(): void; wipe(): void };

/**
 * Wraps a reader as a Transform: bytes in, released plaintext out. A throw from the reader fails
 * the stream (and nothing more is released); destroying the stream wipes the reader's keys.
 */
export function readerTransform(makeReader: (release: (plaintext: Buffer) => void) => ChunkReader): Transform {
  let stream: Transform | null = null;
  const reader = makeReader((plaintext) => stream?.push(plaintext));
  const guarded = (run: () => void, callback: TransformCallback) => {
    try {
      run();
    } catch (error) {
      callback(error as Error);
      return;
    }
    callback();
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
