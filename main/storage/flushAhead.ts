import type { FileHandle } from 'node:fs/promises';

// A large file being written is synced in steps as it grows, not only once at its end. Linux holds
// dirty pages up to a tenth of memory before writing them back on its own, so a 1 GiB video would
// otherwise reach the disk only at the final fsync: a quarter of a second after the work here (npm
// run bench), and on a USB stick a progress bar at 100 % for as long as the stick takes to write
// the whole file. Syncing the data written so far every 16 MiB, in the background, lets the disk
// write while the next MiB is encrypted; the final sync then has little left to do. A writer more
// than two steps ahead of the disk waits for it, so progress shown is progress made (a slow stick).

export const FLUSH_EVERY_BYTES = 16 * 1024 * 1024;

export class FlushAhead {
  private unflushed = 0;
  private inFlight: Promise<void> | null = null;
  private failure: { readonly error: unknown } | null = null;

  constructor(
    private readonly handle: FileHandle,
    private readonly everyBytes = FLUSH_EVERY_BYTES,
  ) {}

  /**
   * `bytes` more were written (their write resolved); starts a background step when enough are
   * pending. Resolves at once, unless the writer is two steps ahead of the disk: then when the step
   * in flight has ended.
   */
  async wrote(bytes: number): Promise<void> {
    this.unflushed += bytes;
    if (this.unflushed < this.everyBytes || this.failure !== null) {
      return;
    }
    if (this.inFlight !== null) {
      if (this.unflushed < 2 * this.everyBytes) {
        return;
      }
      await this.inFlight;
    }
    this.startStep();
  }

  private startStep(): void {
    if (this.inFlight !== null || this.failure !== null) {
      return; // another writer's call started one while this one waited, or a step failed
    }
    this.unflushed = 0;
    this.inFlight = this.handle.datasync().then(
      () => {
        this.inFlight = null;
      },
      (error: unknown) => {
        this.failure = { error };
        this.inFlight = null;
      },
    );
  }

  /** Everything written is durable (data and metadata) when this resolves; a failed step fails it. */
  async sync(): Promise<void> {
    await this.settle();
    if (this.failure !== null) {
      throw this.failure.error;
    }
    await this.handle.sync();
  }

  /** Waits for the step in flight, so that the handle can be closed (after a failure elsewhere too). */
  async settle(): Promise<void> {
    await this.inFlight;
  }
}
