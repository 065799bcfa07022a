import { createHash } from 'node:crypto';
import { open, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/errors/appError';
import { CUSTODY_DETAIL_KEY, CUSTODY_EVENT_VERSION, CUSTODY_GENESIS_PREV, CustodyEntry, CustodyEvent, CustodyItemId, type CustodyAction, type CustodyDetail, type CustodyProblem, type CustodyVerdict } from '../../shared/evidence/custodyEvent';
import { canonicalJson } from '../../shared/records/canonicalJson';
import { signingKeyFromSeed } from '../revisions/revisionChain';
import { readFileIfExists } from '../storage/atomicFile';
import type { VaultKeys } from '../vault/keyHierarchy';
import type { Sodium } from '../vault/sodium';

// The chain-of-custody log of one evidence item (docs/custody-log.md; security brief §2.6, §4.4).
// One file per item, a sequence of frames, each the sealed JSON of one signed, hash-chained entry:
//   frame = len u32 | body                       len = byte length of body
//   body  = fmt u8 (1) | epoch u32 | nonce 24 | XChaCha20-Poly1305(P, AD)
//   P     = ISO/IEC 7816-4 padding to a multiple of 256 bytes of canonical(entry)
//   AD    = "aigaq/custody/v1\0" | itemId (ASCII) | seq u32 | fmt u8 | epoch u32
// All integers big-endian. The AD binds each frame to its item and its position, so a frame moved
// to another log or another place fails to open: only a holder of the record key could do either.

export const CUSTODY_FRAME_FORMAT = 1;
const LENGTH_BYTES = 4;
const PREFIX_BYTES = 1 + 4;
const NONCE_BYTES = 24;
const TAG_BYTES = 16;
const PAD_BLOCK = 256;
/** The largest padded entry a writer produces; anything claiming more is damage, not a tear. */
const MAX_PADDED_BYTES = 65_536;
const MIN_BODY_BYTES = PREFIX_BYTES + NONCE_BYTES + TAG_BYTES + PAD_BLOCK;
const MAX_BODY_BYTES = PREFIX_BYTES + NONCE_BYTES + TAG_BYTES + MAX_PADDED_BYTES;
const AD_PREFIX = new TextEncoder().encode('aigaq/custody/v1\0');
const LEAF_DOMAIN = Uint8Array.of(0x00);

type Context = { readonly sodium: Sodium; readonly keys: VaultKeys; readonly actor: string };
type Scan = { readonly entries: CustodyEntry[]; readonly verdict: CustodyVerdict; readonly verifiedBytes: number };
type Step = { readonly entry: CustodyEntry; readonly end: number } | { readonly problem: CustodyProblem };
type SigningKey = ReturnType<typeof signingKeyFromSeed>;

/** The item id is part of a file path: it is checked before it gets near one. */
export function custodyFileName(itemId: string): string {
  if (!CustodyItemId.safeParse(itemId).success) {
    throw new AppError('INVALID_REQUEST', 'not an evidence item id');
  }
  return `${itemId}.custody`;
}

/** canonical(event): the bytes the leaf hash covers. */
export function custodyEventBytes(event: CustodyEvent): Uint8Array {
  return new TextEncoder().encode(canonicalJson(event));
}

/** SHA-256(0x00 ‖ canonical(event)): the 0x00 keeps a leaf from ever equalling an RFC 6962 interior node. */
export function custodyLeafHex(event: CustodyEvent): string {
  return createHash('sha256').update(LEAF_DOMAIN).update(custodyEventBytes(event)).digest('hex');
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

function u32(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

function associatedData(itemId: string, seq: number, prefix: Uint8Array): Uint8Array {
  return Buffer.concat([AD_PREFIX, Buffer.from(itemId, 'ascii'), u32(seq), prefix]);
}

function sealFrame(ctx: Context, entry: CustodyEntry): Uint8Array {
  const { sodium, keys } = ctx;
  const key = keys.recordKeys.get(keys.currentEpoch);
  if (key === undefined) {
    throw new AppError('LOCKED');
  }
  const plain = new TextEncoder().encode(canonicalJson(entry));
  if (plain.length >= MAX_PADDED_BYTES) {
    throw new AppError('INVALID_REQUEST', 'custody event too large');
  }
  const prefix = Uint8Array.of(CUSTODY_FRAME_FORMAT, ...u32(keys.currentEpoch));
  const padded = sodium.pad(plain, PAD_BLOCK);
  const nonce = sodium.randombytes_buf(NONCE_BYTES);
  const sealed = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(padded, associatedData(entry.event.item, entry.event.seq, prefix), null, nonce, key);
  sodium.memzero(padded);
  const body = Buffer.concat([prefix, nonce, sealed]);
  return Buffer.concat([u32(body.length), body]);
}

/** The entry in a frame body, or null when it does not open for this item and position. */
function openFrame(ctx: Context, itemId: string, seq: number, body: Uint8Array): CustodyEntry | null {
  const key = ctx.keys.recordKeys.get(new DataView(body.buffer, body.byteOffset).getUint32(1));
  if (body[0] !== CUSTODY_FRAME_FORMAT || key === undefined) {
    return null;
  }
  const prefix = body.subarray(0, PREFIX_BYTES);
  const nonce = body.subarray(PREFIX_BYTES, PREFIX_BYTES + NONCE_BYTES);
  let padded: Uint8Array | undefined;
  try {
    padded = ctx.sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, body.subarray(PREFIX_BYTES + NONCE_BYTES), associatedData(itemId, seq, prefix), nonce, key);
    const parsed = CustodyEntry.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(ctx.sodium.unpad(padded, PAD_BLOCK))));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  } finally {
    if (padded !== undefined) {
      ctx.sodium.memzero(padded);
    }
  }
}

function plausibleBodyLength(length: number): boolean {
  return length >= MIN_BODY_BYTES && length <= MAX_BODY_BYTES && (length - MIN_BODY_BYTES) % PAD_BLOCK === 0;
}

/**
 * A frame running past the end of the file. A crash mid-append leaves a prefix of one frame, and
 * no prefix of a sealed frame authenticates. If a shorter reading of the rest does, the length
 * field was changed instead: that is damage, and repairTornTail must not cut an authentic event.
 */
function tornOrTampered(ctx: Context, itemId: string, seq: number, rest: Uint8Array): CustodyProblem {
  for (let length = MIN_BODY_BYTES; length <= rest.length; length += PAD_BLOCK) {
    if (openFrame(ctx, itemId, seq, rest.subarray(0, length)) !== null) {
      return 'TAMPERED';
    }
  }
  return 'TORN_TAIL';
}

function frameAt(ctx: Context, itemId: string, bytes: Uint8Array, offset: number, seq: number): Step {
  if (bytes.length - offset < LENGTH_BYTES) {
    return { problem: 'TORN_TAIL' };
  }
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(offset);
  const start = offset + LENGTH_BYTES;
  if (!plausibleBodyLength(length)) {
    return { problem: 'TAMPERED' };
  }
  if (start + length > bytes.length) {
    return { problem: tornOrTampered(ctx, itemId, seq, bytes.subarray(start)) };
  }
  const entry = openFrame(ctx, itemId, seq, bytes.subarray(start, start + length));
  return entry === null ? { problem: 'TAMPERED' } : { entry, end: start + length };
}

function strictBase64(text: string): Uint8Array {
  const bytes = Buffer.from(text, 'base64');
  // Node ignores stray bits in the last character; a second spelling of the same bytes is refused.
  return bytes.toString('base64') === text ? bytes : new Uint8Array();
}

function signatureHolds(ctx: Pick<Context, 'sodium' | 'actor'>, entry: CustodyEntry): boolean {
  if (entry.event.actor !== ctx.actor) {
    return false;
  }
  try {
    return ctx.sodium.crypto_sign_verify_detached(strictBase64(entry.sig), Buffer.from(entry.leaf, 'hex'), strictBase64(ctx.actor));
  } catch {
    return false;
  }
}

/**
 * The checks on an opened entry, against the item and the entries before it (docs/custody-log.md,
 * "Verification"). No vault keys: a log that travelled in a bundle is checked the same way.
 */
export function entryProblem(ctx: Pick<Context, 'sodium' | 'actor'>, itemId: string, entry: CustodyEntry, before: readonly CustodyEntry[]): CustodyProblem | null {
  const { event } = entry;
  const previous = before[before.length - 1];
  if (custodyLeafHex(event) !== entry.leaf) {
    return 'TAMPERED';
  }
  if (!signatureHolds(ctx, entry)) {
    return 'BAD_SIGNATURE';
  }
  if (event.item !== itemId || (before[0] !== undefined && event.itemSha256 !== before[0].event.itemSha256)) {
    return 'WRONG_ITEM';
  }
  const expectedPrev = previous === undefined ? CUSTODY_GENESIS_PREV : base64(Buffer.from(previous.leaf, 'hex'));
  return event.seq === before.length && event.prev === expectedPrev ? null : 'BROKEN_CHAIN';
}

function stopped(entries: CustodyEntry[], problem: CustodyProblem, offset: number): Scan {
  return { entries, verdict: { ok: false, problem, atSeq: entries.length }, verifiedBytes: offset };
}

function scanLog(ctx: Context, itemId: string, bytes: Uint8Array): Scan {
  const entries: CustodyEntry[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const step = frameAt(ctx, itemId, bytes, offset, entries.length);
    if ('problem' in step) {
      return stopped(entries, step.problem, offset);
    }
    const problem = entryProblem(ctx, itemId, step.entry, entries);
    if (problem !== null) {
      return stopped(entries, problem, offset);
    }
    entries.push(step.entry);
    offset = step.end;
  }
  const head = entries[entries.length - 1];
  // A log always begins with its ingest event: an empty file is damage, not an empty history.
  return head === undefined ? stopped(entries, 'TAMPERED', 0) : { entries, verdict: { ok: true, events: entries.length, head: head.leaf }, verifiedBytes: offset };
}

type NewEvent = { itemId: string; itemSha256: string; action: CustodyAction; detail: CustodyDetail; previous: CustodyEntry | undefined };

function signedEntry(ctx: Context, now: Date, input: NewEvent): CustodyEntry {
  const parsed = CustodyEvent.safeParse({
    v: CUSTODY_EVENT_VERSION,
    seq: input.previous === undefined ? 0 : input.previous.event.seq + 1,
    prev: input.previous === undefined ? CUSTODY_GENESIS_PREV : base64(Buffer.from(input.previous.leaf, 'hex')),
    t: now.toISOString(),
    actor: ctx.actor,
    action: input.action,
    item: input.itemId,
    itemSha256: input.itemSha256,
    detail: input.detail,
  });
  if (!parsed.success) {
    throw new AppError('INVALID_REQUEST', 'not a valid custody event');
  }
  const leaf = custodyLeafHex(parsed.data);
  const key = signingKey(ctx.sodium, ctx.keys);
  const sig = base64(ctx.sodium.crypto_sign_detached(Buffer.from(leaf, 'hex'), key.privateKey));
  ctx.sodium.memzero(key.privateKey);
  return { event: parsed.data, leaf, sig };
}

/**
 * A locked vault zeroes its keys in place (zeroVaultKeys). Without this check a log made before the
 * lock would sign under the all-zero seed and report every frame as TAMPERED.
 */
function requireUnlocked(keys: VaultKeys): void {
  if (keys.signingSeed.every((byte) => byte === 0)) {
    throw new AppError('LOCKED');
  }
}

/** Derived for each use and wiped after, so no copy of the private key outlives a lock. */
function signingKey(sodium: Sodium, keys: VaultKeys): SigningKey {
  requireUnlocked(keys);
  return signingKeyFromSeed(sodium, keys.signingSeed);
}

async function appendDurably(path: string, frame: Uint8Array, sizeBefore: number): Promise<void> {
  const handle = await open(path, 'a');
  try {
    await handle.writeFile(frame);
    await handle.sync();
  } catch {
    // Do not leave a frame we know failed to land as a torn tail for the next reader.
    await handle.truncate(sizeBefore).catch(() => undefined);
    throw new AppError('STORAGE', 'could not append to the custody log');
  } finally {
    await handle.close();
  }
}

async function truncateDurably(path: string, length: number): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.truncate(length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Checked on the raw object: a parser would silently drop a "__proto__" key, and the event would not say what was asked. */
function assertDetailKeys(detail: CustodyDetail): void {
  if (Object.keys(detail).some((key) => !CUSTODY_DETAIL_KEY.test(key))) {
    throw new AppError('INVALID_REQUEST', 'custody detail keys are short identifiers');
  }
}

export type CustodyLogDeps = { sodium: Sodium; keys: VaultKeys; dir: string; now?: () => Date };

export function createCustodyLog(deps: CustodyLogDeps) {
  const own = signingKey(deps.sodium, deps.keys);
  deps.sodium.memzero(own.privateKey);
  const ctx: Context = { sodium: deps.sodium, keys: deps.keys, actor: base64(own.publicKey) };
  const now = deps.now ?? (() => new Date());
  const pathOf = (itemId: string) => join(deps.dir, custodyFileName(itemId));
  const queues = new Map<string, Promise<unknown>>();

  /** One operation at a time per item: two appends must not both extend the same head, and a reader must not see a frame half written. */
  function serialised<T>(itemId: string, task: () => Promise<T>): Promise<T> {
    const run = (queues.get(itemId) ?? Promise.resolve()).then(task);
    const settled = run.catch(() => undefined);
    queues.set(itemId, settled);
    void settled.then(() => queues.get(itemId) === settled && queues.delete(itemId));
    return run;
  }

  async function scanFile(itemId: string): Promise<Scan & { bytes: Uint8Array }> {
    requireUnlocked(deps.keys);
    const bytes = await readFileIfExists(pathOf(itemId));
    if (bytes === null) {
      throw new AppError('INTEGRITY', 'custody log missing');
    }
    return { ...scanLog(ctx, itemId, bytes), bytes };
  }

  return {
    /** Appends one signed event after the verified head; refuses a log that does not verify. */
    async append(itemId: string, itemSha256: string, action: CustodyAction, detail: CustodyDetail = {}): Promise<CustodyEntry> {
      const path = pathOf(itemId);
      if (action === 'ingest') {
        throw new AppError('INVALID_REQUEST', 'ingest only starts a custody log');
      }
      assertDetailKeys(detail);
      return serialised(itemId, async () => {
        const { entries, verdict, bytes } = await scanFile(itemId);
        const previous = entries[entries.length - 1];
        if (!verdict.ok || previous === undefined) {
          throw new AppError('INTEGRITY', 'custody log does not verify');
        }
        if (previous.event.itemSha256 !== itemSha256) {
          throw new AppError('INVALID_REQUEST', 'item hash differs from the custody log');
        }
        const entry = signedEntry(ctx, now(), { itemId, itemSha256, action, detail, previous });
        await appendDurably(path, sealFrame(ctx, entry), bytes.length);
        return entry;
      });
    },

    /** The bytes of a new log holding only the ingest event; the caller writes them atomically with the item. */
    async create(itemId: string, itemSha256: string, detail: CustodyDetail = {}): Promise<Buffer> {
      custodyFileName(itemId);
      assertDetailKeys(detail);
      const entry = signedEntry(ctx, now(), { itemId, itemSha256, action: 'ingest', detail, previous: undefined });
      return Buffer.from(sealFrame(ctx, entry));
    },

    /** The verified entries and the verdict. Throws only for a missing or unreadable file, never for damage. */
    async read(itemId: string): Promise<{ entries: CustodyEntry[]; verdict: CustodyVerdict }> {
      pathOf(itemId);
      return serialised(itemId, async () => {
        const { entries, verdict } = await scanFile(itemId);
        return { entries, verdict };
      });
    },

    /** At unlock: cuts a frame a killed process left half written, when every frame before it verifies. */
    async repairTornTail(itemId: string): Promise<boolean> {
      const path = pathOf(itemId);
      return serialised(itemId, async () => {
        const { entries, verdict, verifiedBytes } = await scanFile(itemId);
        if (verdict.ok || verdict.problem !== 'TORN_TAIL' || entries.length === 0) {
          return false;
        }
        await truncateDurably(path, verifiedBytes);
        return true;
      });
    },

    async remove(itemId: string): Promise<void> {
      const path = pathOf(itemId);
      return serialised(itemId, async () => {
        await unlink(path).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') {
            throw new AppError('STORAGE', 'could not delete the custody log');
          }
        });
      });
    },
  };
}

export type CustodyLog = ReturnType<typeof createCustodyLog>;
