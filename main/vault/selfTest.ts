import { createHash } from 'node:crypto';
import type { Sodium } from './sodium';
import { SELF_TEST_VECTORS as V } from './selfTestVectors';

// Runs at start, before any vault can be created or opened (R3). A build without Argon2id (the
// standard libsodium-wrappers), a miscompiled WebAssembly module or a KDF that returns zeros all
// fail here, and the app refuses to touch keys rather than produce weak or unreadable vaults.

export const REQUIRED_FUNCTIONS = [
  'crypto_pwhash',
  'crypto_aead_xchacha20poly1305_ietf_encrypt',
  'crypto_aead_xchacha20poly1305_ietf_decrypt',
  'crypto_kdf_derive_from_key',
  'crypto_generichash',
  'crypto_sign_seed_keypair',
  'crypto_sign_detached',
  'crypto_sign_verify_detached',
  'crypto_scalarmult',
  'randombytes_buf',
  'memzero',
  'memcmp',
  'pad',
  'unpad',
] as const;

export type SelfTestResult = { readonly ok: boolean; readonly failures: readonly string[] };

type Check = readonly [name: string, run: (sodium: Sodium) => boolean];

const hex = (value: string): Uint8Array => Uint8Array.from(Buffer.from(value, 'hex'));
const toHex = (value: Uint8Array): string => Buffer.from(value).toString('hex');

const CHECKS: readonly Check[] = [
  ['argon2id', (s) => {
    const key = s.crypto_pwhash(32, new TextEncoder().encode(V.argon2id.passphrase), hex(V.argon2id.salt), V.argon2id.opsLimit, V.argon2id.memLimitBytes, s.crypto_pwhash_ALG_ARGON2ID13);
    return key.some((byte) => byte !== 0) && toHex(key) === V.argon2id.key;
  }],
  ['xchacha20poly1305', (s) => {
    const { key, nonce, ad, plaintext, sealed } = V.xchacha20poly1305;
    const encrypted = s.crypto_aead_xchacha20poly1305_ietf_encrypt(new TextEncoder().encode(plaintext), hex(ad), null, hex(nonce), hex(key));
    const opened = s.crypto_aead_xchacha20poly1305_ietf_decrypt(null, hex(sealed), hex(ad), hex(nonce), hex(key));
    return toHex(encrypted) === sealed && new TextDecoder().decode(opened) === plaintext;
  }],
  ['ed25519', (s) => {
    const pair = s.crypto_sign_seed_keypair(hex(V.ed25519.seed));
    const signature = s.crypto_sign_detached(new Uint8Array(), pair.privateKey);
    const verifies = s.crypto_sign_verify_detached(signature, new Uint8Array(), pair.publicKey);
    const rejectsForgery = !s.crypto_sign_verify_detached(signature, new Uint8Array([0]), pair.publicKey);
    return toHex(pair.publicKey) === V.ed25519.publicKey && toHex(signature) === V.ed25519.signatureOfEmpty && verifies && rejectsForgery;
  }],
  ['x25519', (s) => toHex(s.crypto_scalarmult(hex(V.x25519.alicePrivate), hex(V.x25519.bobPublic))) === V.x25519.shared],
  ['blake2b', (s) => toHex(s.crypto_generichash(64, new TextEncoder().encode('abc'), null)) === V.blake2b512Abc],
  ['sha256', () => createHash('sha256').update('abc').digest('hex') === V.sha256Abc],
];

function runCheck(sodium: Sodium, [name, run]: Check): string | null {
  try {
    return run(sodium) ? null : `${name}: wrong answer`;
  } catch (error) {
    return `${name}: ${(error as Error).message}`;
  }
}

export function runCryptoSelfTest(sodium: Sodium): SelfTestResult {
  const record = sodium as unknown as Record<string, unknown>;
  const missing = REQUIRED_FUNCTIONS.filter((name) => typeof record[name] !== 'function').map((name) => `${name}: missing`);
  if (missing.length > 0) {
    return { ok: false, failures: missing };
  }
  const failures = CHECKS.map((check) => runCheck(sodium, check)).filter((failure): failure is string => failure !== null);
  return { ok: failures.length === 0, failures };
}
