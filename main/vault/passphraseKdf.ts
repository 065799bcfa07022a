import type { KdfParams } from './kdfParams';
import type { Sodium } from './sodium';

// A port, so tests can count or memoise calls; the one real implementation is Argon2id.
export type PassphraseKdf = (secret: Uint8Array, salt: Uint8Array, params: KdfParams) => Uint8Array;

export const KEY_BYTES = 32;
export const SALT_BYTES = 16;

export function createArgon2idKdf(sodium: Sodium): PassphraseKdf {
  return (secret, salt, params) => {
    const key = sodium.crypto_pwhash(
      KEY_BYTES,
      secret,
      salt,
      params.opsLimit,
      params.memLimitKiB * 1024,
      sodium.crypto_pwhash_ALG_ARGON2ID13,
    );
    // An old libsodium.js returned zeros when memory ran out instead of throwing (#235).
    if (key.every((byte) => byte === 0)) {
      throw new Error('Argon2id returned an all-zero key');
    }
    return key;
  };
}

/** Passphrases are NFC-normalised so the same words typed on another keyboard layout still match. */
export function passphraseBytes(passphrase: string): Uint8Array {
  return new TextEncoder().encode(passphrase.normalize('NFC'));
}
