import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/records/canonicalJson';
import { Revision, REVISION_FORMAT, REVISION_HASH_DOMAIN, REVISION_SIGNING_DOMAIN, type ChainProblem, type ChainVerdict, type RevisionContent, type RevisionHeader } from '../../shared/revisions/revision';
import type { Sodium } from '../vault/sodium';

// Signing and verifying sealed revisions (docs/revision-format.md). A signature proves who sealed
// a revision; the hash chain (each header names the hash of the one before, with a sequence number)
// proves that none was later altered, removed, reordered or slipped in (security brief §2.6).

const encoder = new TextEncoder();

function sha256Hex(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  parts.forEach((part) => hash.update(part));
  return hash.digest('hex');
}

function base64Url(sodium: Sodium, bytes: Uint8Array): string {
  return sodium.to_base64(bytes, sodium.base64_variants.URLSAFE_NO_PADDING);
}

function fromBase64Url(sodium: Sodium, text: string): Uint8Array {
  return sodium.from_base64(text, sodium.base64_variants.URLSAFE_NO_PADDING);
}

export function contentHash(content: RevisionContent): string {
  return sha256Hex(canonicalJson(content));
}

export function signedBytes(header: RevisionHeader): Uint8Array {
  return encoder.encode(REVISION_SIGNING_DOMAIN + canonicalJson(header));
}

/** The hash the next revision's `prev` names: over the header and its signature together. */
export function revisionHash(revision: Revision): string {
  return sha256Hex(REVISION_HASH_DOMAIN, canonicalJson(revision.header), '\n', revision.signature);
}

export type SigningKey = { readonly publicKey: Uint8Array; readonly privateKey: Uint8Array };

export function signingKeyFromSeed(sodium: Sodium, seed: Uint8Array): SigningKey {
  const pair = sodium.crypto_sign_seed_keypair(seed);
  return { publicKey: pair.publicKey, privateKey: pair.privateKey };
}

/** Seals the content as the revision after `previous` (null for the first). */
export function signRevision(sodium: Sodium, key: SigningKey, input: { recordId: string; content: RevisionContent; previous: Revision | null; sealedAt: Date }): Revision {
  const header: RevisionHeader = {
    format: REVISION_FORMAT,
    recordId: input.recordId,
    recordType: input.content.type,
    seq: input.previous === null ? 1 : input.previous.header.seq + 1,
    prev: input.previous === null ? null : revisionHash(input.previous),
    contentHash: contentHash(input.content),
    author: base64Url(sodium, key.publicKey),
    sealedAt: input.sealedAt.toISOString(),
  };
  const signature = base64Url(sodium, sodium.crypto_sign_detached(signedBytes(header), key.privateKey));
  return { header, signature, content: input.content };
}

function signatureHolds(sodium: Sodium, revision: Revision): boolean {
  try {
    return sodium.crypto_sign_verify_detached(fromBase64Url(sodium, revision.signature), signedBytes(revision.header), fromBase64Url(sodium, revision.header.author));
  } catch {
    return false;
  }
}

/** The checks on one revision that do not depend on its neighbours. */
function revisionProblems(sodium: Sodium, revision: Revision, index: number, recordId: string, trusted: ReadonlySet<string>): ChainProblem[] {
  const problems: ChainProblem[] = [];
  if (revision.header.recordId !== recordId || revision.header.recordType !== revision.content.type) {
    problems.push({ kind: 'wrongRecord', index });
  }
  if (!signatureHolds(sodium, revision)) {
    problems.push({ kind: 'badSignature', index });
  } else if (!trusted.has(revision.header.author)) {
    problems.push({ kind: 'untrustedAuthor', index });
  }
  if (contentHash(revision.content) !== revision.header.contentHash) {
    problems.push({ kind: 'contentMismatch', index });
  }
  return problems;
}

/** The checks between a revision and the one before it. */
function linkProblems(revision: Revision, previous: Revision | undefined, index: number): ChainProblem[] {
  const expectedSeq = previous === undefined ? 1 : previous.header.seq + 1;
  const expectedPrev = previous === undefined ? null : revisionHash(previous);
  return [
    ...(revision.header.seq === expectedSeq ? [] : [{ kind: 'sequenceGap', index } as const]),
    ...(revision.header.prev === expectedPrev ? [] : [{ kind: 'brokenLink', index } as const]),
  ];
}

/**
 * Verifies a record's revisions, oldest first: each well formed, signed by a trusted key over its
 * own header, its content matching the signed hash, and linked to the one before with no gap.
 * `trustedAuthors` are base64url public keys (this vault's own; later, enrolled monitors').
 */
export function verifyChain(sodium: Sodium, recordId: string, revisions: readonly unknown[], trustedAuthors: readonly string[]): ChainVerdict {
  const trusted = new Set(trustedAuthors);
  const problems: ChainProblem[] = [];
  let previous: Revision | undefined;
  revisions.forEach((candidate, index) => {
    const parsed = Revision.safeParse(candidate);
    if (!parsed.success) {
      problems.push({ kind: 'malformed', index });
      previous = undefined;
      return;
    }
    problems.push(...revisionProblems(sodium, parsed.data, index, recordId, trusted), ...linkProblems(parsed.data, previous, index));
    previous = parsed.data;
  });
  return { ok: problems.length === 0 && revisions.length > 0, problems };
}
