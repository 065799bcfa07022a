import { createHash, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { ParallelSha256, SLOT_BYTES } from '../../../main/evidence/parallelSha256';

// The worker-thread hash must equal Node's own SHA-256 of the same bytes however they are cut:
// empty input, pieces larger than a ring slot (1 MiB), and more in flight than the ring holds.

async function parallelDigest(pieces: readonly Uint8Array[]): Promise<string> {
  const hash = new ParallelSha256();
  for (const piece of pieces) {
    await hash.update(piece);
  }
  return hash.digest();
}

const sha256 = (pieces: readonly Uint8Array[]) => pieces.reduce((hash, piece) => hash.update(piece), createHash('sha256')).digest('hex');

describe('SHA-256 on a worker thread', () => {
  it('matches for empty input, one byte, pieces larger than a slot, and more than the ring holds', async () => {
    const cases = [[], [new Uint8Array(0)], [new Uint8Array([0x61])], [randomBytes(3 * 1024 * 1024 + 7)], Array.from({ length: 20 }, () => randomBytes(1024 * 1024))];
    for (const pieces of cases) {
      expect(await parallelDigest(pieces)).toBe(sha256(pieces));
    }
    expect(await parallelDigest([Buffer.from('abc')])).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('matches for any cutting of any bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 5000 }), { maxLength: 12 }), async (pieces) => {
        expect(await parallelDigest(pieces)).toBe(sha256(pieces));
      }),
      { numRuns: 40 },
    );
  });

  it('does not hold the caller back until all slots are busy', async () => {
    const hash = new ParallelSha256();
    const started = hash.update(randomBytes(512 * 1024));
    await expect(started).resolves.toBeUndefined();
    hash.destroy();
  });

  it('wipes each slot once hashed: every slot lent again holds zeros, not the evidence it held', async () => {
    const hash = new ParallelSha256();
    try {
      await hash.update(randomBytes(8 * SLOT_BYTES)); // the whole ring filled and sent
      const lent = [];
      for (let slot = 0; slot < 8; slot += 1) {
        lent.push(await hash.borrow()); // each waits until the worker has hashed and freed a slot
      }
      expect(lent.filter((slot) => !Buffer.from(slot.view).equals(Buffer.alloc(SLOT_BYTES)))).toHaveLength(0);
    } finally {
      hash.destroy();
    }
  });

  it('hashes slots filled in place (borrow, submit) in order with bytes given to update()', async () => {
    const hash = new ParallelSha256();
    const before = randomBytes(1000);
    const inPlace = randomBytes(700_000);
    const after = randomBytes(3000);
    await hash.update(before); // gathered in a slot not yet sent: submit must send it first
    const slot = await hash.borrow();
    slot.view.set(inPlace);
    hash.submit(slot, inPlace.length);
    await hash.update(after);
    expect(await hash.digest()).toBe(sha256([before, inPlace, after]));
  });
});
