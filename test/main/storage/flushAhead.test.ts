import { readFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { FlushAhead } from '../../../main/storage/flushAhead';
import { temporaryDir } from '../../helpers/testVault';

// A large file is synced in steps while it is written (flushAhead.ts). What a user relies on: the
// file ends complete and synced; a step that failed (the stick pulled out, EIO) fails the final
// sync instead of vanishing; a writer far ahead of a slow disk waits for it; the handle is never
// closed under a step still in flight.

const MIB = 1024 * 1024;

/** The real handle, with its datasync and sync calls counted and, on request, the first datasync failing. */
function counted(handle: FileHandle, failFirstDatasync = false) {
  const calls = { datasync: 0, sync: 0, inFlight: 0 };
  const spy = Object.create(handle) as FileHandle;
  spy.datasync = async () => {
    calls.datasync += 1;
    calls.inFlight += 1;
    try {
      if (failFirstDatasync && calls.datasync === 1) {
        throw Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' });
      }
      await handle.datasync();
    } finally {
      calls.inFlight -= 1;
    }
  };
  spy.sync = async () => {
    calls.sync += 1;
    await handle.sync();
  };
  return { spy, calls };
}

async function writeInSteps(handle: FileHandle, flush: FlushAhead, block: Buffer, steps: number): Promise<void> {
  for (let step = 0; step < steps; step += 1) {
    await handle.write(block);
    await flush.wrote(block.length);
  }
}

describe('syncing a large file while it is written', () => {
  it('syncs in the background every 16 MiB, then once whole, and the file holds every byte', async () => {
    const path = join(temporaryDir(), 'video.age');
    const handle = await open(path, 'wx', 0o600);
    const { spy, calls } = counted(handle);
    const flush = new FlushAhead(spy);
    const block = randomBytes(MIB);
    await writeInSteps(handle, flush, block, 40);
    expect(calls.datasync).toBeGreaterThanOrEqual(1); // under way before the end: 40 MiB passed 16 MiB twice
    expect(calls.sync).toBe(0);
    await flush.sync();
    expect(calls).toMatchObject({ sync: 1, inFlight: 0 });
    await handle.close();
    const written = readFileSync(path);
    expect(written.length).toBe(40 * MIB);
    expect(written.subarray(39 * MIB).equals(block)).toBe(true);
  });

  it('does not sync a small file before its end', async () => {
    const handle = await open(join(temporaryDir(), 'photo.age'), 'wx', 0o600);
    const { spy, calls } = counted(handle);
    const flush = new FlushAhead(spy);
    await writeInSteps(handle, flush, randomBytes(MIB), 15);
    await flush.sync();
    expect(calls).toMatchObject({ datasync: 0, sync: 1 });
    await handle.close();
  });

  it('a step that failed fails the final sync with its own error, and no later step is started', async () => {
    const handle = await open(join(temporaryDir(), 'bundle.aqb.part'), 'wx', 0o600);
    const { spy, calls } = counted(handle, true);
    const flush = new FlushAhead(spy);
    await writeInSteps(handle, flush, randomBytes(MIB), 17);
    await flush.settle();
    await writeInSteps(handle, flush, randomBytes(MIB), 20);
    await expect(flush.sync()).rejects.toMatchObject({ code: 'EIO' });
    expect(calls).toMatchObject({ datasync: 1, sync: 0, inFlight: 0 });
    await handle.close();
  });

  it('a writer two steps ahead of the disk waits for it, so the progress shown is progress made', async () => {
    const handle = await open(join(temporaryDir(), 'slow-stick.aqb.part'), 'wx', 0o600);
    let finishStep: () => void = () => undefined;
    const slowDisk = Object.create(handle) as FileHandle;
    slowDisk.datasync = () =>
      new Promise<void>((resolve) => {
        finishStep = resolve;
      });
    const flush = new FlushAhead(slowDisk, MIB);
    await flush.wrote(MIB); // a step starts
    await flush.wrote(MIB); // one step gathered behind it: no wait
    let caughtUp = false;
    const ahead = flush.wrote(MIB).then(() => {
      caughtUp = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(caughtUp).toBe(false);
    finishStep();
    await ahead;
    expect(caughtUp).toBe(true);
    finishStep(); // the next step, started once the first ended
    await flush.settle();
    await handle.close();
  });

  it('settle() waits for the step in flight, so the handle can be closed after a failure elsewhere', async () => {
    const handle = await open(join(temporaryDir(), 'cancelled.age.part'), 'wx', 0o600);
    const { spy, calls } = counted(handle);
    const flush = new FlushAhead(spy, MIB);
    await writeInSteps(handle, flush, randomBytes(MIB), 1);
    expect(calls.inFlight).toBe(1);
    await flush.settle();
    expect(calls.inFlight).toBe(0);
    await handle.close();
  });
});
