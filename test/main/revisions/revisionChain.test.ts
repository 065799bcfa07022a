import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { base64urlnopad } from '@scure/base';
import canonicalize from 'canonicalize';
import { contentHash, revisionHash, signingKeyFromSeed, signRevision, verifyChain, type SigningKey } from '../../../main/revisions/revisionChain';
import { loadSodium, type Sodium } from '../../../main/vault/sodium';
import type { Revision, RevisionContent } from '../../../shared/revisions/revision';

// Invented record content only.
const RECORD_ID = 'RevisionRecordAAAAAAAA';
const SEED = Uint8Array.from({ length: 32 }, (_, index) => index);
const OTHER_SEED = Uint8Array.from({ length: 32 }, (_, index) => 255 - index);
const AT = new Date('2026-11-23T10:00:00.000Z');

const content = (title: string): RevisionContent => ({ type: 'TORTURE_ALLEGATION', localRef: 'TA-2026-7KQ4', definitionVersion: 1, values: { title, region: 'KZ-35' }, retired: [] });

let sodium: Sodium;
let key: SigningKey;
let author: string;

function chainOf(titles: readonly string[], signer: SigningKey = key): Revision[] {
  const revisions: Revision[] = [];
  titles.forEach((title, index) => {
    revisions.push(signRevision(sodium, signer, { recordId: RECORD_ID, content: content(title), previous: revisions[index - 1] ?? null, sealedAt: AT }));
  });
  return revisions;
}

const kinds = (revisions: readonly unknown[], trusted = [author]) => verifyChain(sodium, RECORD_ID, revisions, trusted).problems.map((problem) => `${problem.kind}@${problem.index}`);

beforeAll(async () => {
  sodium = await loadSodium();
  key = signingKeyFromSeed(sodium, SEED);
  author = base64urlnopad.encode(key.publicKey);
});

describe('sealed revisions', () => {
  it('matches the known-answer vector of docs/revision-format.md', () => {
    const [first] = chainOf(['Invented allegation']);
    expect(first?.header).toEqual({
      format: 'aigaq-revision-v1',
      recordId: RECORD_ID,
      recordType: 'TORTURE_ALLEGATION',
      seq: 1,
      prev: null,
      contentHash: 'dbd5cd4343703df66bdfad7da8fecebea928c676eeb021756124a02d5afdee84',
      // The well-known Ed25519 public key of the seed 00 01 … 1f (03a107bf…5531b8).
      author: 'A6EHv_POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg',
      sealedAt: '2026-11-23T10:00:00.000Z',
    });
    expect(first?.signature).toBe('AHt3sd18eFpW9xh7-NR0nn7xKE71YgdSGoMdGUzSDIVFhj2YrxlStI2zSzYIgEyg1F7JdEwDs61HefZUuLtDBw');
  });

  it('verifies with an independent Ed25519 and SHA-256, from the spec alone', () => {
    const [first, second] = chainOf(['Invented allegation', 'Invented allegation, amended']);
    for (const revision of [first, second] as Revision[]) {
      const message = new TextEncoder().encode(`aigaq/revision/v1\n${canonicalize(revision.header) ?? ''}`);
      expect(ed25519.verify(base64urlnopad.decode(revision.signature), message, base64urlnopad.decode(revision.header.author))).toBe(true);
      expect(Buffer.from(sha256(new TextEncoder().encode(canonicalize(revision.content) ?? ''))).toString('hex')).toBe(revision.header.contentHash);
    }
    const linked = sha256(new TextEncoder().encode(`aigaq/revision-hash/v1\n${canonicalize(first?.header) ?? ''}\n${first?.signature ?? ''}`));
    expect(second?.header.prev).toBe(Buffer.from(linked).toString('hex'));
  });

  it('accepts an intact chain of three', () => {
    const chain = chainOf(['one', 'two', 'three']);
    expect(verifyChain(sodium, RECORD_ID, chain, [author])).toEqual({ ok: true, problems: [] });
    expect(chain.map((revision) => revision.header.seq)).toEqual([1, 2, 3]);
    expect(chain[2]?.header.prev).toBe(revisionHash(chain[1] as Revision));
  });

  it('detects altered content and an altered signed header', () => {
    const chain = chainOf(['one', 'two', 'three']);
    const altered = chain.map((revision, index) => (index === 1 ? { ...revision, content: content('two, quietly changed') } : revision));
    expect(kinds(altered)).toEqual(['contentMismatch@1']);
    const redated = chain.map((revision, index) => (index === 1 ? { ...revision, header: { ...revision.header, sealedAt: '2020-01-01T00:00:00.000Z' } } : revision));
    expect(kinds(redated)).toEqual(['badSignature@1', 'brokenLink@2']);
  });

  it('detects a removed and a reordered revision', () => {
    const [one, two, three] = chainOf(['one', 'two', 'three']) as [Revision, Revision, Revision];
    expect(kinds([one, three])).toEqual(['sequenceGap@1', 'brokenLink@1']);
    expect(kinds([one, three, two])).toEqual(['sequenceGap@1', 'brokenLink@1', 'sequenceGap@2', 'brokenLink@2']);
    expect(kinds([two, three])).toEqual(['sequenceGap@0', 'brokenLink@0']);
  });

  it('detects a chain re-signed with another key, even when it is internally consistent', () => {
    const forged = chainOf(['one', 'two, rewritten'], signingKeyFromSeed(sodium, OTHER_SEED));
    expect(kinds(forged)).toEqual(['untrustedAuthor@0', 'untrustedAuthor@1']);
    // A signature copied onto another author's key does not verify at all.
    const [honest] = chainOf(['one']);
    const relabelled = { ...(honest as Revision), header: { ...(honest as Revision).header, author: forged[0]?.header.author ?? '' } };
    expect(kinds([relabelled])).toEqual(['badSignature@0']);
  });

  it('refuses every single flipped character of a signature, a revision of another record, and junk', () => {
    const [first] = chainOf(['one']) as [Revision];
    for (let index = 0; index < first.signature.length; index += 1) {
      const flipped = first.signature.slice(0, index) + (first.signature[index] === 'A' ? 'B' : 'A') + first.signature.slice(index + 1);
      expect(kinds([{ ...first, signature: flipped }])).toContain('badSignature@0');
    }
    expect(verifyChain(sodium, 'AnotherRecordIdAAAAAAA', [first], [author]).problems.map((problem) => problem.kind)).toEqual(['wrongRecord']);
    expect(kinds([{ header: first.header }, 'junk'])).toEqual(['malformed@0', 'malformed@1']);
    expect(verifyChain(sodium, RECORD_ID, [], [author]).ok).toBe(false);
    expect(contentHash(first.content)).toBe(first.header.contentHash);
  });
});
