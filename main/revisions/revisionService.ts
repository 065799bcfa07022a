import { AppError } from '../../shared/errors/appError';
import { EventRecord } from '../../shared/records/formRecord';
import type { ChainVerdict, Revision, RevisionContent } from '../../shared/revisions/revision';
import type { Sodium } from '../vault/sodium';
import type { VaultService } from '../vault/vaultService';
import { signingKeyFromSeed, signRevision, verifyChain } from './revisionChain';

// Finalising seals a signed revision; opening a record verifies its chain. Both in main: the
// signing key never leaves it, and the renderer cannot talk it into signing a record that has
// gaps or extending a chain that does not verify.

export function createRevisionService(deps: { sodium: Sodium; vault: VaultService; now?: () => Date }) {
  const key = () => signingKeyFromSeed(deps.sodium, deps.vault.requireKeys().signingSeed);
  const ownAuthor = () => deps.sodium.to_base64(key().publicKey, deps.sodium.base64_variants.URLSAFE_NO_PADDING);

  return {
    verify(recordId: string, chain: readonly unknown[]): ChainVerdict {
      return verifyChain(deps.sodium, recordId, chain, [ownAuthor()]);
    },

    /** The next revision of a final record, after the chain so far verifies. */
    seal(recordId: string, record: unknown, chain: readonly unknown[]): Revision {
      const parsed = EventRecord.safeParse(record);
      if (!parsed.success || parsed.data.status !== 'final') {
        throw new AppError('INVALID_REQUEST', 'only a final record with no gaps is sealed');
      }
      if (chain.length > 0 && !this.verify(recordId, chain).ok) {
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
