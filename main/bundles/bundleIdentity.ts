import type { AgeIdentity } from '../evidence/ageIdentity';
import type { Sodium } from '../vault/sodium';

// The X25519 identity a coordinator's vault receives bundles with. Not the evidence identity:
// bundles travel (USB sticks, sync servers) and a key that opens them must not also open the
// coordinator's own evidence at rest, nor link the two. Derived from the vault master key like the
// evidence identity (subkey 3): no new header field, survives passphrase changes.
const BUNDLE_IDENTITY_SUBKEY_ID = 4;
const BUNDLE_IDENTITY_CONTEXT = 'AQBNDL01';

export function deriveBundleIdentity(sodium: Sodium, vmk: Uint8Array): AgeIdentity {
  const secretKey = sodium.crypto_kdf_derive_from_key(32, BUNDLE_IDENTITY_SUBKEY_ID, BUNDLE_IDENTITY_CONTEXT, vmk);
  return { secretKey, publicKey: sodium.crypto_scalarmult_base(secretKey) };
}
