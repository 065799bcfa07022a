import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KDF_FLOOR, type KdfParams } from '../../main/vault/kdfParams';
import { createArgon2idKdf, type PassphraseKdf } from '../../main/vault/passphraseKdf';
import { runCryptoSelfTest } from '../../main/vault/selfTest';
import { loadSodium, type Sodium } from '../../main/vault/sodium';
import { createVaultService } from '../../main/vault/vaultService';

// Invented test secrets; never real people's data.
export const PASSPHRASE = 'tulip orbit velvet cactus hinge';
export const NEW_PASSPHRASE = 'amber lantern quietly folds seven maps';

export function temporaryDir(prefix = 'aigaq-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The real Argon2id, counted, and memoised per input so tamper sweeps stay fast. */
export function countingKdf(real: PassphraseKdf): PassphraseKdf & { calls: number } {
  const cache = new Map<string, Uint8Array>();
  const kdf = ((secret: Uint8Array, salt: Uint8Array, params: KdfParams) => {
    kdf.calls += 1;
    const key = `${Buffer.from(secret).toString('hex')}/${Buffer.from(salt).toString('hex')}/${params.opsLimit}/${params.memLimitKiB}`;
    const known = cache.get(key);
    if (known) {
      return known.slice();
    }
    const derived = real(secret, salt, params);
    cache.set(key, derived.slice());
    return derived;
  }) as PassphraseKdf & { calls: number };
  kdf.calls = 0;
  return kdf;
}

export async function testVault(dataDir = temporaryDir()): Promise<{ sodium: Sodium; kdf: ReturnType<typeof countingKdf>; vault: ReturnType<typeof createVaultService>; dataDir: string }> {
  const sodium = await loadSodium();
  const kdf = countingKdf(createArgon2idKdf(sodium));
  const vault = createVaultService({ dataDir, sodium, kdf, kdfParams: KDF_FLOOR, selfTest: runCryptoSelfTest(sodium) });
  return { sodium, kdf, vault, dataDir };
}
