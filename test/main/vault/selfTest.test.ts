import { argon2id } from '@noble/hashes/argon2.js';
import standardSodium from 'libsodium-wrappers';
import { runCryptoSelfTest } from '../../../main/vault/selfTest';
import { SELF_TEST_VECTORS } from '../../../main/vault/selfTestVectors';
import { loadSodium, type Sodium } from '../../../main/vault/sodium';

describe('crypto self-test at start', () => {
  let sodium: Sodium;
  beforeAll(async () => {
    sodium = await loadSodium();
  });

  it('passes on the sumo build the app ships', () => {
    expect(runCryptoSelfTest(sodium)).toEqual({ ok: true, failures: [] });
  });

  it('holds an Argon2id answer that an independent implementation agrees with', () => {
    const v = SELF_TEST_VECTORS.argon2id;
    const key = argon2id(new TextEncoder().encode(v.passphrase), Buffer.from(v.salt, 'hex'), { t: v.opsLimit, m: v.memLimitBytes / 1024, p: 1, dkLen: 32 });
    expect(Buffer.from(key).toString('hex')).toBe(v.key);
  });

  it('fails on the standard libsodium-wrappers build, which lacks Argon2id at run time', async () => {
    await standardSodium.ready;
    const result = runCryptoSelfTest(standardSodium as unknown as Sodium);
    expect(result.ok).toBe(false);
    expect(result.failures).toContain('crypto_pwhash: missing');
  });

  it('fails when the KDF returns an all-zero key', () => {
    const zeroing = Object.create(sodium) as Sodium;
    Object.defineProperty(zeroing, 'crypto_pwhash', { value: () => new Uint8Array(32) });
    const result = runCryptoSelfTest(zeroing);
    expect(result.ok).toBe(false);
    expect(result.failures).toEqual(['argon2id: wrong answer']);
  });

  it('fails when an AEAD gives a wrong answer', () => {
    const broken = Object.create(sodium) as Sodium;
    Object.defineProperty(broken, 'crypto_aead_xchacha20poly1305_ietf_encrypt', { value: () => new Uint8Array(16) });
    expect(runCryptoSelfTest(broken).failures).toEqual([expect.stringContaining('xchacha20poly1305')]);
  });
});
