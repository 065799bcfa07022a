import { Worker } from 'node:worker_threads';

// SHA-256 on the second core. An ingest does two full passes of CPU work over every byte (SHA-256
// and ChaCha20-Poly1305, each ~0.5 s per GiB here); on one thread they add up, so the hash runs in
// a worker thread while the main thread encrypts. The bytes cross through a fixed ring of slots in
// one SharedArrayBuffer: no allocation per chunk, memory bounded by the ring (8 MiB), and each slot
// wiped by the worker once hashed (it held plaintext evidence).
// The worker's code is inline (eval) so it runs the same under Node, tsx, jest and Electron's bundle.

export const SLOT_BYTES = 1024 * 1024;
const SLOTS = 8;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const ring = new Uint8Array(workerData.ring);
const hash = createHash('sha256');
// Wiped by copying zeros in: fill() on shared memory goes byte by byte, 8x slower (npm run bench).
const zeros = new Uint8Array(${SLOT_BYTES});
parentPort.on('message', (message) => {
  if (message === null) {
    parentPort.postMessage({ digest: hash.digest('hex') });
    return;
  }
  const bytes = ring.subarray(message.slot * ${SLOT_BYTES}, message.slot * ${SLOT_BYTES} + message.length);
  hash.update(bytes);
  bytes.set(zeros.subarray(0, message.length));
  parentPort.postMessage({ free: message.slot });
});
`;

/** A slot of the ring lent to the caller, to fill in place (a file read straight into it: no copy). */
export type RingSlot = { readonly index: number; readonly view: Uint8Array };

type WorkerReply = { readonly free?: number; readonly digest?: string };

export class ParallelSha256 {
  private readonly ring = new SharedArrayBuffer(SLOT_BYTES * SLOTS);
  private readonly worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { ring: this.ring } });
  private readonly freeSlots: number[] = Array.from({ length: SLOTS }, (_, slot) => slot);
  private slotFreed: (() => void) | null = null;
  private finish: ((digest: string) => void) | null = null;
  private failure: Error | null = null;
  /** The slot update() is filling, not yet sent to the worker. */
  private filling: { readonly index: number; filled: number } | null = null;

  constructor() {
    this.worker.on('message', (reply: WorkerReply) => {
      if (reply.digest !== undefined) {
        this.finish?.(reply.digest);
      } else if (reply.free !== undefined) {
        this.freeSlots.push(reply.free);
        this.wake();
      }
    });
    this.worker.on('error', (error) => {
      this.failure = error;
      this.wake();
    });
  }

  private wake(): void {
    const resume = this.slotFreed;
    this.slotFreed = null;
    resume?.();
  }

  private async takeSlot(): Promise<number> {
    while (this.freeSlots.length === 0 && this.failure === null) {
      await new Promise<void>((resolve) => {
        this.slotFreed = resolve;
      });
    }
    if (this.failure !== null) {
      throw this.failure;
    }
    return this.freeSlots.shift() as number;
  }

  /**
   * Copies `chunk` into the ring for the worker; waits only when all slots are still being hashed.
   * Small pieces gather in one slot until it is full: one message per MiB, however the bytes come.
   */
  async update(chunk: Uint8Array): Promise<void> {
    for (let offset = 0; offset < chunk.length; ) {
      const filling = this.filling ?? { index: await this.takeSlot(), filled: 0 };
      const length = Math.min(SLOT_BYTES - filling.filled, chunk.length - offset);
      new Uint8Array(this.ring, filling.index * SLOT_BYTES + filling.filled, length).set(chunk.subarray(offset, offset + length));
      filling.filled += length;
      offset += length;
      this.filling = filling;
      if (filling.filled === SLOT_BYTES) {
        this.sendFilling();
      }
    }
  }

  private sendFilling(): void {
    if (this.filling !== null) {
      this.worker.postMessage({ slot: this.filling.index, length: this.filling.filled });
      this.filling = null;
    }
  }

  /** A free slot to fill; waits only while every slot is still being hashed. */
  async borrow(): Promise<RingSlot> {
    const index = await this.takeSlot();
    return { index, view: new Uint8Array(this.ring, index * SLOT_BYTES, SLOT_BYTES) };
  }

  /**
   * Hashes the first `length` bytes of a borrowed slot, then wipes it and frees it. Slots are hashed
   * in the order they are submitted; the caller must not touch the slot afterwards.
   */
  submit(slot: RingSlot, length: number): void {
    this.sendFilling(); // bytes given to update() before this slot come first
    this.worker.postMessage({ slot: slot.index, length });
  }

  async digest(): Promise<string> {
    const digest = new Promise<string>((resolve) => {
      this.finish = resolve;
    });
    this.sendFilling();
    this.worker.postMessage(null);
    const hex = await digest;
    await this.worker.terminate();
    return hex;
  }

  /** Stops the worker and wipes the ring (a cancelled ingest leaves no plaintext in memory). */
  destroy(): void {
    void this.worker.terminate();
    new Uint8Array(this.ring).fill(0);
  }
}
