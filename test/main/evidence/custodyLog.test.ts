import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCustodyLog, custodyEventBytes, custodyFileName, custodyLeafHex, type CustodyLog } from '../../../main/evidence/custodyLog';
import type { VaultKeys } from '../../../main/vault/keyHierarchy';
import { loadSodium, type Sodium } from '../../../main/vault/sodium';
import { CUSTODY_DETAIL_KEY, CUSTODY_GENESIS_PREV, CustodyAction, CustodyVerdict, type CustodyEntry, type CustodyEvent } from '../../../shared/evidence/custodyEvent';
import { AppError } from '../../../shared/errors/appError';

// Invented items and details only. The frame layout and the leaf are rebuilt here from
// docs/custody-log.md with independent code (@noble/ciphers, @noble/curves, @noble/hashes,
// canonicalize), so a drift between the code and the page fails.

const SEED = Uint8Array.from({ length: 32 }, (_, index) => index);
const OTHER_SEED = Uint8Array.from({ length: 32 }, (_, index) => 255 - index);
const AT = '2026-11-23T10:00:00.000Z';
const ITEM = 'EvidenceItemAAAAAAAAAA';
const OTHER_ITEM = 'EvidenceItemBBBBBBBBBB';
const SHA = '83583ac1603db0f1694e77db4c1dda6162e015da5fbecd28496ab8fb09f1261a';
const OTHER_SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

// Known answer (docs/custody-log.md): seed 00…1f, this event, its canonical bytes, leaf and signature.
const KNOWN_DETAIL = { mediaType: 'image/jpeg', name: 'сурет-1.jpg', size: 48213, stripped: false };
const KNOWN_EVENT: CustodyEvent = {
  v: 1,
  seq: 0,
  prev: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  t: AT,
  actor: 'A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg=',
  action: 'ingest',
  item: ITEM,
  itemSha256: SHA,
  detail: KNOWN_DETAIL,
};
const KNOWN_JSON =
  '{"action":"ingest","actor":"A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg=","detail":{"mediaType":"image/jpeg","name":"сурет-1.jpg","size":48213,"stripped":false},"item":"EvidenceItemAAAAAAAAAA","itemSha256":"83583ac1603db0f1694e77db4c1dda6162e015da5fbecd28496ab8fb09f1261a","prev":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=","seq":0,"t":"2026-11-23T10:00:00.000Z","v":1}';
const KNOWN_LEAF = 'fe47e56267be94685e487d6aa163c28c08412f2106bda3aed9991d3b42f9e817';
const KNOWN_SIG = 'zSP0npe9pOKuomYIzXv8+qN3hGldxcRQN68mMXFDv8k7MgIqYde/JlDdhH0atP6Za8HyrJKvse6+rmjcQflBCg==';

let sodium: Sodium;
const dirs: string[] = [];

beforeAll(async () => {
  sodium = await loadSodium();
});

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** VaultKeys as keyHierarchy.ts holds them, built directly: no KDF is needed to test the log. */
function vaultKeys(options: { seed?: Uint8Array; recordKeyFill?: number; epochs?: number[] } = {}): VaultKeys {
  const epochs = options.epochs ?? [1];
  const fill = options.recordKeyFill ?? 2;
  return {
    vaultId: new Uint8Array(16).fill(1),
    vmk: new Uint8Array(32).fill(9),
    recordKeys: new Map(epochs.map((epoch) => [epoch, new Uint8Array(32).fill(fill + epoch - 1)] as const)),
    currentEpoch: Math.max(...epochs),
    signingSeed: (options.seed ?? SEED).slice(),
  };
}

async function setup(keys: VaultKeys = vaultKeys()): Promise<{ log: CustodyLog; dir: string; path: (item?: string) => string; keys: VaultKeys }> {
  const dir = await mkdtemp(join(tmpdir(), 'aigaq-custody-'));
  dirs.push(dir);
  const log = createCustodyLog({ sodium, keys, dir, now: () => new Date(AT) });
  return { log, dir, path: (item = ITEM) => join(dir, custodyFileName(item)), keys };
}

const SOME_ACTIONS: CustodyAction[] = ['view', 'export', 'derive', 'send', 'verify'];

/** The ingest event and then one event per action. */
async function writeLog(log: CustodyLog, path: string, item = ITEM, actions: readonly CustodyAction[] = SOME_ACTIONS): Promise<Uint8Array> {
  await writeFile(path, await log.create(item, SHA, { mediaType: 'image/jpeg', size: 48213 }));
  for (const [index, action] of actions.entries()) {
    await log.append(item, SHA, action, { step: index, note: `invented ${action}` });
  }
  return new Uint8Array(await readFile(path));
}

type Frame = { start: number; end: number };

/** Frame boundaries per the spec: u32 big-endian body length, then the body. */
function framesOf(bytes: Uint8Array): Frame[] {
  const frames: Frame[] = [];
  for (let start = 0; start < bytes.length; ) {
    const end = start + 4 + Buffer.from(bytes).readUInt32BE(start);
    frames.push({ start, end });
    start = end;
  }
  return frames;
}

function frameAt(bytes: Uint8Array, index: number): Frame {
  const frame = framesOf(bytes)[index];
  if (frame === undefined) {
    throw new Error(`no frame ${index}`);
  }
  return frame;
}

function u32(value: number): Uint8Array {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value);
  return new Uint8Array(out);
}
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const enc = new TextEncoder();
const adOf = (item: string, seq: number, prefix: Uint8Array) => concat(enc.encode('aigaq/custody/v1\0'), enc.encode(item), u32(seq), prefix);

/** The spec's frame, opened by @noble/ciphers: the entry JSON it holds. */
function openIndependently(keys: VaultKeys, item: string, seq: number, frame: Uint8Array): unknown {
  const body = frame.subarray(4);
  const epoch = Buffer.from(body).readUInt32BE(1);
  const key = keys.recordKeys.get(epoch) ?? new Uint8Array(32);
  const padded = xchacha20poly1305(key, body.subarray(5, 29), adOf(item, seq, body.subarray(0, 5))).decrypt(body.subarray(29));
  expect(padded.length % 256).toBe(0);
  const end = padded.lastIndexOf(0x80);
  expect(padded.subarray(end + 1).every((byte) => byte === 0)).toBe(true);
  return JSON.parse(new TextDecoder().decode(padded.subarray(0, end)));
}

/** The spec's frame, sealed by independent code: lets a test write what only a key holder could. */
function sealIndependently(keys: VaultKeys, item: string, seq: number, entry: unknown): Uint8Array {
  const json = enc.encode(canonicalize(entry) ?? '');
  const padded = new Uint8Array(Math.floor(json.length / 256 + 1) * 256);
  padded.set(json);
  padded[json.length] = 0x80;
  const prefix = concat(Uint8Array.of(1), u32(keys.currentEpoch));
  const nonce = Uint8Array.from({ length: 24 }, (_, index) => index + seq);
  const key = keys.recordKeys.get(keys.currentEpoch) ?? new Uint8Array(32);
  const body = concat(prefix, nonce, xchacha20poly1305(key, nonce, adOf(item, seq, prefix)).encrypt(padded));
  return concat(u32(body.length), body);
}

function leafOf(event: unknown): string {
  return Buffer.from(sha256(concat(Uint8Array.of(0), enc.encode(canonicalize(event) ?? '')))).toString('hex');
}

/** An entry signed by independent code: the event as given, its leaf, Ed25519 by `seed`. */
function signedIndependently(event: CustodyEvent, seed: Uint8Array = SEED): CustodyEntry {
  const leaf = leafOf(event);
  return { event, leaf, sig: Buffer.from(ed25519.sign(Buffer.from(leaf, 'hex'), seed)).toString('base64') };
}

const prevOf = (leaf: string) => Buffer.from(leaf, 'hex').toString('base64');

async function verdictOf(log: CustodyLog, path: string, bytes: Uint8Array, item = ITEM): Promise<CustodyVerdict> {
  await writeFile(path, bytes);
  return (await log.read(item)).verdict;
}

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return error instanceof AppError ? `${error.code}: ${error.message}` : String(error);
  }
  return 'resolved';
}

describe('custody log: writing and reading', () => {
  it('creates a log, appends five events and reads all six back verified', async () => {
    const { log, path, keys } = await setup();
    const bytes = await writeLog(log, path());
    const { entries, verdict } = await log.read(ITEM);
    expect(entries.map((entry) => [entry.event.seq, entry.event.action])).toEqual([[0, 'ingest'], ...SOME_ACTIONS.map((action, index) => [index + 1, action])]);
    expect(verdict).toEqual({ ok: true, events: 6, head: entries[5]?.leaf });
    expect(CustodyVerdict.parse(verdict)).toEqual(verdict);
    // Each frame opens with independent code, holds exactly the entry read, and links to the one before.
    framesOf(bytes).forEach((frame, seq) => {
      expect(openIndependently(keys, ITEM, seq, bytes.subarray(frame.start, frame.end))).toEqual(entries[seq]);
      const entry = entries[seq] as CustodyEntry;
      expect(entry.leaf).toBe(leafOf(entry.event));
      expect(entry.event.prev).toBe(seq === 0 ? CUSTODY_GENESIS_PREV : prevOf(entries[seq - 1]?.leaf ?? ''));
      expect(ed25519.verify(Buffer.from(entry.sig, 'base64'), Buffer.from(entry.leaf, 'hex'), Buffer.from(entry.event.actor, 'base64'))).toBe(true);
    });
    expect(entries[3]?.event.detail).toEqual({ step: 2, note: 'invented derive' });
  });

  it('matches the known-answer vector of docs/custody-log.md', async () => {
    expect(new TextDecoder().decode(custodyEventBytes(KNOWN_EVENT))).toBe(KNOWN_JSON);
    expect(leafOf(JSON.parse(KNOWN_JSON))).toBe(KNOWN_LEAF);
    expect(custodyLeafHex(KNOWN_EVENT)).toBe(KNOWN_LEAF);
    expect(Buffer.from(ed25519.getPublicKey(SEED)).toString('base64')).toBe(KNOWN_EVENT.actor);
    expect(ed25519.verify(Buffer.from(KNOWN_SIG, 'base64'), Buffer.from(KNOWN_LEAF, 'hex'), ed25519.getPublicKey(SEED))).toBe(true);
    const { log, keys } = await setup();
    const bytes = await log.create(ITEM, SHA, KNOWN_DETAIL);
    expect(openIndependently(keys, ITEM, 0, bytes)).toEqual({ event: KNOWN_EVENT, leaf: KNOWN_LEAF, sig: KNOWN_SIG });
    expect([...bytes.subarray(0, 9)]).toEqual([0, 0, 3, 0x2d, 1, 0, 0, 0, 1]);
  });

  it('reads a log written by an independent implementation of the spec', async () => {
    const { log, path, keys } = await setup();
    const first = signedIndependently(KNOWN_EVENT);
    const second = signedIndependently({ ...KNOWN_EVENT, seq: 1, prev: prevOf(first.leaf), action: 'export', detail: { format: 'original' } });
    const verdict = await verdictOf(log, path(), concat(sealIndependently(keys, ITEM, 0, first), sealIndependently(keys, ITEM, 1, second)));
    expect(verdict).toEqual({ ok: true, events: 2, head: second.leaf });
  });

  it('serialises twenty concurrent appends: seqs 1..20, no gap, no collision', async () => {
    const { log, path } = await setup();
    await writeFile(path(), await log.create(ITEM, SHA, {}));
    const appended = await Promise.all(Array.from({ length: 20 }, (_, index) => log.append(ITEM, SHA, 'view', { n: index })));
    expect(appended.map((entry) => entry.event.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    const { entries, verdict } = await log.read(ITEM);
    expect(verdict).toMatchObject({ ok: true, events: 21 });
    expect(entries.map((entry) => entry.event.detail['n'])).toEqual([undefined, ...Array.from({ length: 20 }, (_, index) => index)]);
  });

  it('writes new frames under the current record-key epoch and still reads the older ones', async () => {
    const old = await setup(vaultKeys({ epochs: [1] }));
    await writeLog(old.log, old.path(), ITEM, ['view']);
    const rotated = createCustodyLog({ sodium, keys: vaultKeys({ epochs: [1, 2] }), dir: old.dir, now: () => new Date(AT) });
    await rotated.append(ITEM, SHA, 'export', {});
    const bytes = new Uint8Array(await readFile(old.path()));
    expect(framesOf(bytes).map((frame) => Buffer.from(bytes).readUInt32BE(frame.start + 5))).toEqual([1, 1, 2]);
    expect((await rotated.read(ITEM)).verdict).toMatchObject({ ok: true, events: 3 });
  });

  it('property: any sequence of actions appended reads back ok with every event counted', async () => {
    const { log, path } = await setup();
    const appendable = CustodyAction.options.filter((action) => action !== 'ingest');
    const detail = fc.dictionary(fc.stringMatching(CUSTODY_DETAIL_KEY), fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.boolean()), { maxKeys: 4 });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...appendable), detail), { maxLength: 12 }), async (steps) => {
        const item = `PropertyItem${String(run++).padStart(10, '0')}`;
        await writeFile(path(item), await log.create(item, SHA, {}));
        for (const [action, values] of steps) {
          await log.append(item, SHA, action, values);
        }
        const { entries, verdict } = await log.read(item);
        expect(verdict).toMatchObject({ ok: true, events: steps.length + 1 });
        expect(entries.slice(1).map((entry) => [entry.event.action, entry.event.detail])).toEqual(steps);
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it('refuses detail keys a JSON round trip would not keep, such as __proto__', async () => {
    const { log, path } = await setup();
    const item = 'ProtoKeyItem0000000000';
    await writeFile(path(item), await log.create(item, SHA, {}));
    await expect(log.append(item, SHA, 'view', JSON.parse('{"__proto__": false}') as Record<string, boolean>)).rejects.toThrow();
    expect((await log.read(item)).verdict).toMatchObject({ ok: true, events: 1 });
  });
});

describe('custody log: tampering and damage', () => {
  it('flipping any byte of any frame is TAMPERED at that seq, with the events before it intact', async () => {
    const { log, path } = await setup();
    const bytes = await writeLog(log, path());
    for (const [seq, frame] of framesOf(bytes).entries()) {
      for (let offset = frame.start; offset < frame.end; offset += 1) {
        const flipped = bytes.slice();
        flipped[offset] = (flipped[offset] ?? 0) ^ 0xff;
        await writeFile(path(), flipped);
        const { entries, verdict } = await log.read(ITEM);
        expect({ offset, verdict }).toEqual({ offset, verdict: { ok: false, problem: 'TAMPERED', atSeq: seq } });
        expect(entries).toHaveLength(seq);
      }
    }
  }, 120_000);

  it('never cuts an authentic event because its length field was changed', async () => {
    const { log, path } = await setup();
    const bytes = await writeLog(log, path());
    for (const { start } of framesOf(bytes)) {
      for (const [offset, mask] of [[2, 0x01], [2, 0x10], [1, 0x01], [3, 0x01]] as const) {
        const changed = bytes.slice();
        changed[start + offset] = (changed[start + offset] ?? 0) ^ mask;
        await writeFile(path(), changed);
        expect(await log.repairTornTail(ITEM)).toBe(false);
        expect(new Uint8Array(await readFile(path()))).toEqual(changed);
      }
    }
  }, 30_000);

  it('swapped frames are TAMPERED: the associated data binds each frame to its position', async () => {
    const { log, path } = await setup();
    const bytes = await writeLog(log, path());
    const [one, three] = [frameAt(bytes, 1), frameAt(bytes, 3)];
    const swapped = concat(bytes.subarray(0, one.start), bytes.subarray(three.start, three.end), bytes.subarray(one.end, three.start), bytes.subarray(one.start, one.end), bytes.subarray(three.end));
    expect(swapped.length).toBe(bytes.length);
    expect(await verdictOf(log, path(), swapped)).toEqual({ ok: false, problem: 'TAMPERED', atSeq: 1 });
  });

  it('a frame copied from another item’s log is TAMPERED, in its place or appended', async () => {
    const { log, path } = await setup();
    const mine = await writeLog(log, path());
    const theirs = await writeLog(log, path(OTHER_ITEM), OTHER_ITEM);
    const [m2, t2] = [frameAt(mine, 2), frameAt(theirs, 2)];
    const replaced = concat(mine.subarray(0, m2.start), theirs.subarray(t2.start, t2.end), mine.subarray(m2.end));
    expect(await verdictOf(log, path(), replaced)).toEqual({ ok: false, problem: 'TAMPERED', atSeq: 2 });
    const t5 = frameAt(theirs, 5);
    const extended = concat(mine, theirs.subarray(t5.start, t5.end));
    expect(await verdictOf(log, path(), extended)).toEqual({ ok: false, problem: 'TAMPERED', atSeq: 6 });
  });

  it('a deleted middle frame is TAMPERED where the gap is', async () => {
    const { log, path } = await setup();
    const bytes = await writeLog(log, path());
    const two = frameAt(bytes, 2);
    const { entries, verdict } = await (async () => {
      await writeFile(path(), concat(bytes.subarray(0, two.start), bytes.subarray(two.end)));
      return log.read(ITEM);
    })();
    expect(verdict).toEqual({ ok: false, problem: 'TAMPERED', atSeq: 2 });
    expect(entries).toHaveLength(2);
  });

  it('a cut anywhere inside the last frame is a TORN_TAIL, which repairTornTail cuts back to a verified log', async () => {
    const { log, path } = await setup();
    const bytes = await writeLog(log, path());
    const last = frameAt(bytes, 5);
    const earlier = await log.read(ITEM);
    const headBefore = earlier.entries[4]?.leaf;
    // Cut exactly at the frame boundary, the last event is simply gone: only a signed checkpoint
    // held elsewhere can reveal that (docs/custody-log.md, "Not done yet").
    expect(await verdictOf(log, path(), bytes.subarray(0, last.start))).toEqual({ ok: true, events: 5, head: headBefore });
    for (let cut = last.start + 1; cut < last.end; cut += 1) {
      await writeFile(path(), bytes.subarray(0, cut));
      const { entries, verdict } = await log.read(ITEM);
      expect({ cut, verdict }).toEqual({ cut, verdict: { ok: false, problem: 'TORN_TAIL', atSeq: 5 } });
      expect(entries).toHaveLength(5);
      expect(await log.repairTornTail(ITEM)).toBe(true);
      expect((await log.read(ITEM)).verdict).toEqual({ ok: true, events: 5, head: headBefore });
    }
    const next = await log.append(ITEM, SHA, 'verify', { result: 'intact' });
    expect(next.event.seq).toBe(5);
  }, 60_000);

  it('repairs nothing in an intact log, nor a torn first frame with nothing verified before it', async () => {
    const { log, path } = await setup();
    const bytes = await writeLog(log, path());
    expect(await log.repairTornTail(ITEM)).toBe(false);
    const first = frameAt(bytes, 0);
    expect(await verdictOf(log, path(), bytes.subarray(0, first.end - 10))).toEqual({ ok: false, problem: 'TORN_TAIL', atSeq: 0 });
    expect(await log.repairTornTail(ITEM)).toBe(false);
    expect(await verdictOf(log, path(), new Uint8Array())).toEqual({ ok: false, problem: 'TAMPERED', atSeq: 0 });
  });

  it('wrong vault keys are TAMPERED at seq 0; another signing key is BAD_SIGNATURE', async () => {
    const { log, path, dir } = await setup();
    await writeLog(log, path());
    const otherVault = createCustodyLog({ sodium, keys: vaultKeys({ seed: OTHER_SEED, recordKeyFill: 7 }), dir });
    expect((await otherVault.read(ITEM)).verdict).toEqual({ ok: false, problem: 'TAMPERED', atSeq: 0 });
    const otherSigner = createCustodyLog({ sodium, keys: vaultKeys({ seed: OTHER_SEED }), dir });
    expect((await otherSigner.read(ITEM)).verdict).toEqual({ ok: false, problem: 'BAD_SIGNATURE', atSeq: 0 });
  });

  it('finds what only a key holder could write: bad signatures, a broken chain, another item, a wrong leaf', async () => {
    const { log, path, keys } = await setup();
    const first = signedIndependently(KNOWN_EVENT);
    const next = (event: Partial<CustodyEvent>, seed?: Uint8Array) => signedIndependently({ ...KNOWN_EVENT, seq: 1, prev: prevOf(first.leaf), action: 'view', ...event }, seed);
    const withSecond = (second: unknown) => verdictOf(log, path(), concat(sealIndependently(keys, ITEM, 0, first), sealIndependently(keys, ITEM, 1, second)));
    const at1 = (problem: string) => ({ ok: false, problem, atSeq: 1 });
    const good = next({});
    expect(await withSecond(good)).toEqual({ ok: true, events: 2, head: good.leaf });
    expect(await withSecond(next({}, OTHER_SEED))).toEqual(at1('BAD_SIGNATURE'));
    expect(await withSecond(next({ actor: Buffer.from(ed25519.getPublicKey(OTHER_SEED)).toString('base64') }, OTHER_SEED))).toEqual(at1('BAD_SIGNATURE'));
    expect(await withSecond({ ...good, sig: signedIndependently(KNOWN_EVENT).sig })).toEqual(at1('BAD_SIGNATURE'));
    expect(await withSecond(next({ prev: CUSTODY_GENESIS_PREV }))).toEqual(at1('BROKEN_CHAIN'));
    expect(await withSecond(next({ seq: 2 }))).toEqual(at1('BROKEN_CHAIN'));
    expect(await withSecond(next({ item: OTHER_ITEM }))).toEqual(at1('WRONG_ITEM'));
    expect(await withSecond(next({ itemSha256: OTHER_SHA }))).toEqual(at1('WRONG_ITEM'));
    expect(await withSecond({ ...good, leaf: first.leaf })).toEqual(at1('TAMPERED'));
    expect(await withSecond({ ...good, extra: 1 })).toEqual(at1('TAMPERED'));
  });
});

describe('custody log: refusals', () => {
  it('a missing log is an INTEGRITY error, for reading and for appending', async () => {
    const { log } = await setup();
    expect(await rejection(log.read(ITEM))).toBe('INTEGRITY: custody log missing');
    expect(await rejection(log.append(ITEM, SHA, 'view'))).toBe('INTEGRITY: custody log missing');
  });

  it('refuses to extend a log that does not verify, and leaves it as it was', async () => {
    const { log, path } = await setup();
    const bytes = await writeLog(log, path());
    const torn = bytes.subarray(0, bytes.length - 3);
    await writeFile(path(), torn);
    expect(await rejection(log.append(ITEM, SHA, 'view'))).toBe('INTEGRITY: custody log does not verify');
    expect(new Uint8Array(await readFile(path()))).toEqual(torn);
  });

  it('refuses a path-like id, a second ingest, another item hash and oversized details', async () => {
    const { log, path } = await setup();
    await writeLog(log, path(), ITEM, []);
    expect(() => custodyFileName('../../etc/passwd')).toThrow('not an evidence item id');
    expect(await rejection(log.read('../EvidenceItemAAAAAAAAAA'))).toBe('INVALID_REQUEST: not an evidence item id');
    expect(await rejection(log.create('short', SHA, {}))).toBe('INVALID_REQUEST: not an evidence item id');
    expect(await rejection(log.append(ITEM, SHA, 'ingest'))).toBe('INVALID_REQUEST: ingest only starts a custody log');
    expect(await rejection(log.append(ITEM, OTHER_SHA, 'view'))).toBe('INVALID_REQUEST: item hash differs from the custody log');
    const tooMany = Object.fromEntries(Array.from({ length: 17 }, (_, index) => [`k${index}`, index]));
    expect(await rejection(log.append(ITEM, SHA, 'view', tooMany))).toBe('INVALID_REQUEST: not a valid custody event');
    expect(await rejection(log.append(ITEM, SHA, 'view', { note: 'x'.repeat(513) }))).toBe('INVALID_REQUEST: not a valid custody event');
    expect(await rejection(log.create(ITEM, 'NOT-A-HASH', {}))).toBe('INVALID_REQUEST: not a valid custody event');
    expect((await log.read(ITEM)).verdict).toMatchObject({ ok: true, events: 1 });
  });

  it('refuses to sign or read once the vault has zeroed its keys (locked)', async () => {
    const keys = vaultKeys();
    const { log, path } = await setup(keys);
    await writeLog(log, path(), ITEM, []);
    keys.signingSeed.fill(0);
    keys.recordKeys.forEach((key) => key.fill(0));
    expect(await rejection(log.append(ITEM, SHA, 'view'))).toBe('LOCKED: LOCKED');
    expect(await rejection(log.read(ITEM))).toBe('LOCKED: LOCKED');
    expect(() => createCustodyLog({ sodium, keys, dir: tmpdir() })).toThrow('LOCKED');
  });

  it('remove deletes the log, and a second remove is harmless', async () => {
    const { log, path, dir } = await setup();
    await writeLog(log, path(), ITEM, ['view']);
    await log.remove(ITEM);
    await log.remove(ITEM);
    expect(await rejection(log.read(ITEM))).toBe('INTEGRITY: custody log missing');
    expect(await rejection(readFile(join(dir, `${ITEM}.custody`)))).toContain('ENOENT');
  });
});
