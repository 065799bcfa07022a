import { join } from 'node:path';
import { AppError } from '../../shared/errors/appError';
import { assessPassphrase } from '../../shared/vault/passphrasePolicy';
import { readFileIfExists, writeFileAtomic } from '../storage/atomicFile';
import { createVaultKeys, rewrapPassphrase, unlockVaultKeys, zeroVaultKeys, type Credential, type VaultKeys } from './keyHierarchy';
import type { KdfParams } from './kdfParams';
import type { PassphraseKdf } from './passphraseKdf';
import { formatRecoveryKey, generateRecoveryKey } from './recoveryKey';
import type { SelfTestResult } from './selfTest';
import type { Sodium } from './sodium';

// The vault's lifecycle: absent → (create) → unlocked ⇄ locked. Keys live only in this object's
// memory while unlocked and are zeroed on lock. No passphrase verifier is stored anywhere: a
// passphrase is right exactly when its keyslot opens and the header MAC verifies.

export const VAULT_HEADER_FILE = 'vault.hdr';

export type VaultState = 'absent' | 'locked' | 'unlocked';
export type LockListener = (reason: 'user' | 'idle' | 'system') => void;

export type VaultServiceDeps = {
  readonly dataDir: string;
  readonly sodium: Sodium;
  readonly kdf: PassphraseKdf;
  /** Parameters for new passphrase keyslots; bounded by the floor and ceiling in kdfParams.ts. */
  readonly kdfParams: KdfParams;
  readonly selfTest: SelfTestResult;
};

export type VaultService = ReturnType<typeof createVaultService>;

function assertStrong(passphrase: string): void {
  const assessment = assessPassphrase(passphrase);
  if (!assessment.acceptable) {
    throw new AppError('WEAK_PASSPHRASE', `passphrase refused: ${assessment.refusal ?? 'weak'}`);
  }
}

export function createVaultService(deps: VaultServiceDeps) {
  const headerPath = join(deps.dataDir, VAULT_HEADER_FILE);
  const keyDeps = { sodium: deps.sodium, kdf: deps.kdf };
  const lockListeners = new Set<LockListener>();
  let keys: VaultKeys | null = null;

  const assertCryptoReady = (): void => {
    if (!deps.selfTest.ok) {
      throw new AppError('SELF_TEST_FAILED', deps.selfTest.failures.join('; '));
    }
  };

  const readHeader = async (): Promise<Uint8Array> => {
    const header = await readFileIfExists(headerPath);
    if (header === null) {
      throw new AppError('NO_VAULT');
    }
    return header;
  };

  return {
    async state(): Promise<VaultState> {
      if (keys !== null) {
        return 'unlocked';
      }
      return (await readFileIfExists(headerPath)) === null ? 'absent' : 'locked';
    },

    /** Creates the vault, leaves it unlocked, and returns the recovery key to show once. */
    async create(passphrase: string): Promise<string> {
      assertCryptoReady();
      if ((await readFileIfExists(headerPath)) !== null) {
        throw new AppError('VAULT_EXISTS');
      }
      assertStrong(passphrase);
      const recoveryKey = generateRecoveryKey(deps.sodium);
      const created = createVaultKeys(keyDeps, passphrase, deps.kdfParams, recoveryKey);
      await writeFileAtomic(headerPath, created.header);
      keys = created.keys;
      const shown = formatRecoveryKey(recoveryKey);
      deps.sodium.memzero(recoveryKey);
      return shown;
    },

    async unlock(credential: Credential): Promise<void> {
      assertCryptoReady();
      const opened = unlockVaultKeys(keyDeps, await readHeader(), credential);
      if (keys !== null) {
        zeroVaultKeys(deps.sodium, keys);
      }
      keys = opened;
    },

    lock(reason: 'user' | 'idle' | 'system'): void {
      const wasUnlocked = keys !== null;
      if (keys !== null) {
        zeroVaultKeys(deps.sodium, keys);
        keys = null;
      }
      if (wasUnlocked) {
        lockListeners.forEach((listener) => listener(reason));
      }
    },

    /** Rewrites only the passphrase keyslot; records and the recovery slot are untouched (R4). */
    async changePassphrase(current: Credential, next: string): Promise<void> {
      this.requireKeys();
      assertStrong(next);
      const rewrapped = rewrapPassphrase(keyDeps, await readHeader(), current, { passphrase: next, params: deps.kdfParams });
      await writeFileAtomic(headerPath, rewrapped);
    },

    /** Throws WRONG_SECRET unless `passphrase` opens this vault's header; changes nothing. */
    async checkPassphrase(passphrase: string): Promise<void> {
      this.requireKeys();
      zeroVaultKeys(deps.sodium, unlockVaultKeys(keyDeps, await readHeader(), { method: 'passphrase', secret: passphrase }));
    },

    requireKeys(): VaultKeys {
      if (keys === null) {
        throw new AppError('LOCKED');
      }
      return keys;
    },

    requireKeysOrNull(): VaultKeys | null {
      return keys;
    },

    onLocked(listener: LockListener): () => void {
      lockListeners.add(listener);
      return () => lockListeners.delete(listener);
    },
  };
}
