import { z } from 'zod';

// The chain-of-custody log of one evidence item (docs/custody-log.md; security brief §2.6, §4.4,
// R-EV2). Shapes only: main signs, seals and verifies (main/evidence/custodyLog.ts); the renderer
// shows events and verdicts. Every event is signed and names the leaf hash of the one before, so a
// removed, altered or reordered event is found.

export const CUSTODY_EVENT_VERSION = 1;
export const CUSTODY_DETAIL_MAX_KEYS = 16;
export const CUSTODY_DETAIL_MAX_CHARS = 512;

export const CustodyAction = z.enum(['ingest', 'view', 'export', 'derive', 'send', 'receipt', 'purge', 'verify']);
export type CustodyAction = z.infer<typeof CustodyAction>;

/** Standard base64 (RFC 4648 §4) with padding, as C2SP checkpoints write hashes: 32 bytes → 44 characters. */
const Base64Of32 = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);
/** 64 bytes → 88 characters. */
const Base64Of64 = z.string().regex(/^[A-Za-z0-9+/]{86}==$/);
const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** Evidence ids are 26 base64url characters; the wider range leaves room without admitting a path separator. */
export const CustodyItemId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

/** `prev` of the first event (seq 0): 32 zero bytes. */
export const CUSTODY_GENESIS_PREV = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** Minimal, flat metadata (R-EV4): a few short values, never a document. */
// Keys are short identifiers written by the app ("child", "result"): nothing a JSON parser treats
// specially (a "__proto__" key would not survive a round trip, and the log must read back exactly).
export const CUSTODY_DETAIL_KEY = /^[a-z][A-Za-z0-9]{0,31}$/;
export const CustodyDetail = z
  .record(z.string().regex(CUSTODY_DETAIL_KEY), z.union([z.string().max(CUSTODY_DETAIL_MAX_CHARS), z.number(), z.boolean()]))
  .refine((detail) => Object.keys(detail).length <= CUSTODY_DETAIL_MAX_KEYS, { message: `at most ${CUSTODY_DETAIL_MAX_KEYS} keys` });
export type CustodyDetail = z.infer<typeof CustodyDetail>;

/** What the leaf hash covers: canonical JSON (RFC 8785) of this object. */
export const CustodyEvent = z.strictObject({
  v: z.literal(CUSTODY_EVENT_VERSION),
  /** 0 for the ingest event, then +1: a removed event leaves a gap. */
  seq: z.number().int().nonnegative(),
  /** The previous event's leaf hash, base64; CUSTODY_GENESIS_PREV for seq 0. */
  prev: Base64Of32,
  /** Device-claimed time (R-EV3): a coordinator's receipt anchors it later. */
  t: z.iso.datetime(),
  /** The signer's Ed25519 public key, base64. */
  actor: Base64Of32,
  action: CustodyAction,
  item: CustodyItemId,
  /** SHA-256 of the item's original bytes, the same in every event of the log (R-EV1). */
  itemSha256: Sha256Hex,
  detail: CustodyDetail,
});
export type CustodyEvent = z.infer<typeof CustodyEvent>;

export const CustodyEntry = z.strictObject({
  event: CustodyEvent,
  /** SHA-256(0x00 ‖ canonical(event)), lowercase hex (RFC 6962 leaf domain separation). */
  leaf: Sha256Hex,
  /** Ed25519 over the 32 leaf bytes, base64. */
  sig: Base64Of64,
});
export type CustodyEntry = z.infer<typeof CustodyEntry>;

export const CUSTODY_PROBLEMS = ['TAMPERED', 'BROKEN_CHAIN', 'BAD_SIGNATURE', 'TORN_TAIL', 'WRONG_ITEM'] as const;
export const CustodyProblem = z.enum(CUSTODY_PROBLEMS);
export type CustodyProblem = z.infer<typeof CustodyProblem>;

/** What reading a log found. `atSeq` is the first event that failed; the events before it verified. */
export const CustodyVerdict = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), events: z.number().int().positive(), head: Sha256Hex }),
  z.strictObject({ ok: z.literal(false), problem: CustodyProblem, atSeq: z.number().int().nonnegative() }),
]);
export type CustodyVerdict = z.infer<typeof CustodyVerdict>;
