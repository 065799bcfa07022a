import { bech32 } from '@scure/base';
import { AppError } from '../../shared/errors/appError';
import type { Sodium } from '../vault/sodium';

// The vault's evidence identity: one X25519 key pair (age's native recipient type, C2SP age.md,
// "The X25519 recipient type") to which every evidence file's age header wraps its file key.
// docs/evidence-format.md, "The age header and the vault's evidence identity".

export type AgeIdentity = { readonly secretKey: Uint8Array; readonly publicKey: Uint8Array };

export const X25519_KEY_BYTES = 32;

// crypto_kdf subkey ids under the vault master key: 1 (AQWRAP01) and 2 (AQHMAC01) are taken in
// main/vault/keyHierarchy.ts; 3 is the evidence identity.
const EVIDENCE_IDENTITY_SUBKEY_ID = 3;
const EVIDENCE_IDENTITY_CONTEXT = 'AQEVID01';

const SECRET_KEY_HRP = 'age-secret-key-';
const RECIPIENT_HRP = 'age';
// @scure/base applies BIP173's 90-character limit by default; age lifts it (age.md, "Conventions").
// Our two strings are 74 and 62 characters, but a bound still caps the work on pasted input.
const BECH32_LIMIT = 1000;

/**
 * The evidence identity is *derived* from the vault master key rather than stored: it needs no new
 * field in the vault header, every unlock method reaches it, and it survives passphrase changes
 * (which rewrap the VMK but never change it), so old evidence files stay readable.
 */
export function deriveEvidenceIdentity(sodium: Sodium, vmk: Uint8Array): AgeIdentity {
  const secretKey = sodium.crypto_kdf_derive_from_key(X25519_KEY_BYTES, EVIDENCE_IDENTITY_SUBKEY_ID, EVIDENCE_IDENTITY_CONTEXT, vmk);
  return { secretKey, publicKey: sodium.crypto_scalarmult_base(secretKey) };
}

function checkKey(name: string, key: Uint8Array): void {
  if (key.length !== X25519_KEY_BYTES) {
    throw new AppError('INVALID_REQUEST', `${name} must be ${X25519_KEY_BYTES} bytes`);
  }
}

/** "AGE-SECRET-KEY-1…", the form age-keygen writes and `age -i` reads. */
export function formatAgeSecretKey(secretKey: Uint8Array): string {
  checkKey('secret key', secretKey);
  return bech32.encode(SECRET_KEY_HRP, bech32.toWords(secretKey), BECH32_LIMIT).toUpperCase();
}

/** "age1…", the form `age -r` takes. */
export function formatAgeRecipient(publicKey: Uint8Array): string {
  checkKey('recipient', publicKey);
  return bech32.encode(RECIPIENT_HRP, bech32.toWords(publicKey), BECH32_LIMIT);
}

// As age does: the whole string is one case (bech32 forbids mixing), and the HRP is compared in the
// case age writes, so a secret key is upper case and a recipient lower case.
function decodeKey(text: string, hrp: string, upperCase: boolean, what: string): Uint8Array {
  const trimmed = text.trim();
  const expectedCase = upperCase ? trimmed.toUpperCase() : trimmed.toLowerCase();
  let bytes: Uint8Array;
  try {
    const decoded = bech32.decode(trimmed, BECH32_LIMIT);
    if (decoded.prefix !== hrp || trimmed !== expectedCase) {
      throw new Error('wrong prefix or case');
    }
    bytes = bech32.fromWords(decoded.words);
  } catch {
    throw new AppError('INVALID_REQUEST', `not an age ${what}`);
  }
  if (bytes.length !== X25519_KEY_BYTES) {
    throw new AppError('INVALID_REQUEST', `not an age ${what}`);
  }
  return bytes;
}

export function parseAgeSecretKey(text: string): Uint8Array {
  return decodeKey(text, SECRET_KEY_HRP, true, 'secret key');
}

export function parseAgeRecipient(text: string): Uint8Array {
  return decodeKey(text, RECIPIENT_HRP, false, 'recipient');
}
