import { AppError } from '../../shared/errors/appError';
import { EventRecord } from '../../shared/records/formRecord';
import type { Revision, RevisionContent, RevisionSigner, RevisionVerdict } from '../../shared/revisions/revision';
import type { Sodium } from '../vault/sodium';
import type { VaultService } from '../vault/vaultService';
import { signingKeyFromSeed, signRevision, verifyChain } from './revisionChain';

// Finalising seals a signed revision; opening a record verifies its chain. Both in main: the
// signing key never leaves it, and the renderer cannot talk it into signing a record that has
// gaps or extending a chain that does not verify. A chain verifies when every revision was signed
// by this vault or by a member of its organisation (a coordinator reads monitors' records), and
// the verdict names them, so the screen can say "signed by Nurlan, intact".

/** A signing key this vault trusts besides its own, with the name the organisation knows it by. */
export type KnownAuthor = { readonly author: string; readonly name: string; readonly standing: Exclude<RevisionSigner['standing'], 'own'> };

export type RevisionServiceDeps = {
  readonly sodium: Sodium;
  readonly vault: VaultService;
  /** The organisation's members (base64url keys); none before joining one. */
  readonly knownAuthors?: () => Promise<readonly KnownAuthor[]>;
  readonly now?: () => Date;
};

export function createRevisionService(deps: RevisionServiceDeps) {
  const key = () => signingKeyFromSeed(deps.sodium, deps.vault.requireKeys().signingSeed);
  const ownAuthor = () => deps.sodium.to_base64(key().publicKey, deps.sodium.base64_variants.URLSAFE_NO_PADDING);

  /** Own key first: an author listed twice (a coordinator who also monitors) counts as this vault. */
  const trustedAuthors = async (): Promise<Map<string, RevisionSigner>> => {
    const own = ownAuthor();
    const members = (await deps.knownAuthors?.()) ?? [];
    const byAuthor = new Map<string, RevisionSigner>(members.map((member) => [member.author, { ...member }]));
    byAuthor.set(own, { author: own, name: null, standing: 'own' });
    return byAuthor;
  };

  return {
    async verify(recordId: string, chain: readonly unknown[]): Promise<RevisionVerdict> {
      const trusted = await trustedAuthors();
      const verdict = verifyChain(deps.sodium, recordId, chain, [...trusted.keys()]);
      const authors = new Set(chain.map((revision) => (revision as Partial<Revision>).header?.author));
      return { ...verdict, signers: [...trusted.values()].filter((signer) => authors.has(signer.author)) };
    },

    /** The next revision of a final record, after the chain so far verifies. */
    async seal(recordId: string, record: unknown, chain: readonly unknown[]): Promise<Revision> {
      const parsed = EventRecord.safeParse(record);
      if (!parsed.success || parsed.data.status !== 'final') {
        throw new AppError('INVALID_REQUEST', 'only a final record with no gaps is sealed');
      }
      if (chain.length > 0 && !(await this.verify(recordId, chain)).ok) {
        throw new AppError('INTEGRITY', 'the revisions so far do not verify');
      }
      const { type, localRef, definitionVersion, values, retired } = parsed.data;
      const content: RevisionContent = { type, localRef, definitionVersion, values, retired: [...retired] } as RevisionContent;
      const previous = (chain[chain.length - 1] ?? null) as Revision | null;
      return signRevision(deps.sodium, key(), { recordId, content, previous, sealedAt: (deps.now ?? (() => new Date()))() });
    },

    /** This vault's signing public key, base64url: shown so a coordinator can compare it. */
    author(): string {
      return ownAuthor();
    },
  };
}

export type RevisionService = ReturnType<typeof createRevisionService>;
