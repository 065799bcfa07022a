import { z } from 'zod';
import { RECORD_TYPES } from '../definitions/registry';

// A sealed revision: one finalised state of a record, signed by the monitor's Ed25519 key and
// chained to the revision before it. The format is specified in docs/revision-format.md; signing
// and verification live in main (main/revisions/), which holds the key and libsodium.

export const REVISION_FORMAT = 'aigaq-revision-v1';
/** Domain separation: these bytes precede the canonical header when signing and hashing. */
export const REVISION_SIGNING_DOMAIN = 'aigaq/revision/v1\n';
export const REVISION_HASH_DOMAIN = 'aigaq/revision-hash/v1\n';

const Base64Url = z.string().regex(/^[A-Za-z0-9_-]+$/);
const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** What is signed. Canonical JSON (RFC 8785) of this object, after the signing domain. */
export const RevisionHeader = z.strictObject({
  format: z.literal(REVISION_FORMAT),
  recordId: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
  recordType: z.enum(RECORD_TYPES),
  /** 1 for the first revision, then +1: a removed revision leaves a gap. */
  seq: z.number().int().positive(),
  /** revisionHash of the revision before, or null for the first. */
  prev: Sha256Hex.nullable(),
  /** SHA-256 of the canonical JSON of `content`. */
  contentHash: Sha256Hex,
  /** The signer's Ed25519 public key, base64url (43 characters). */
  author: Base64Url.length(43),
  /** Device-claimed time of sealing; a coordinator's receipt anchors it later. */
  sealedAt: z.iso.datetime(),
});
export type RevisionHeader = z.infer<typeof RevisionHeader>;

/** The record as sealed: everything a reader needs to see and recount it. */
export const RevisionContent = z.strictObject({
  type: z.enum(RECORD_TYPES),
  localRef: z.string(),
  definitionVersion: z.number().int().positive(),
  values: z.record(z.string(), z.json()),
  retired: z.array(z.json()),
});
export type RevisionContent = z.infer<typeof RevisionContent>;

export const Revision = z.strictObject({
  header: RevisionHeader,
  /** Ed25519 signature over REVISION_SIGNING_DOMAIN ‖ canonical(header), base64url (86 characters). */
  signature: Base64Url.length(86),
  content: RevisionContent,
});
export type Revision = z.infer<typeof Revision>;

/** What the chain verifier found, revision by revision (docs/revision-format.md, "Verification"). */
export const CHAIN_PROBLEM_KINDS = ['malformed', 'badSignature', 'untrustedAuthor', 'contentMismatch', 'wrongRecord', 'brokenLink', 'sequenceGap'] as const;
export const ChainProblem = z.object({ kind: z.enum(CHAIN_PROBLEM_KINDS), index: z.number().int().nonnegative() });
export type ChainProblem = z.infer<typeof ChainProblem>;
/** `ok` only when every check held for every revision, and there was at least one. */
export const ChainVerdict = z.object({ ok: z.boolean(), problems: z.array(ChainProblem) });
export type ChainVerdict = z.infer<typeof ChainVerdict>;

/** Who signed a chain's revisions, as this vault knows them: itself, or a member of its organisation. */
export const SIGNER_STANDINGS = ['own', 'coordinator', 'approved', 'revoked'] as const;
export const RevisionSigner = z.object({ author: Base64Url.length(43), name: z.string().nullable(), standing: z.enum(SIGNER_STANDINGS) });
export type RevisionSigner = z.infer<typeof RevisionSigner>;
/** A verdict as the screen shows it: with the people who signed the revisions (once each). */
export const RevisionVerdict = ChainVerdict.extend({ signers: z.array(RevisionSigner) });
export type RevisionVerdict = z.infer<typeof RevisionVerdict>;
