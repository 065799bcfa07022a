import fc from 'fast-check';
import { parseVaultHeader, serializeVaultHeader, SLOT_KDF, SLOT_TYPE, KEY_PURPOSE, type VaultHeader } from '../../../main/vault/vaultHeader';
import { AppError } from '../../../shared/errors/appError';

const bytes = (length: number) => fc.uint8Array({ minLength: length, maxLength: length });

const slot = fc.oneof(
  fc.record({ type: fc.constant(SLOT_TYPE.passphrase), kdf: fc.constant(SLOT_KDF.argon2id13), opsLimit: fc.nat(), memLimitKiB: fc.nat(), salt: bytes(16), nonce: bytes(24), wrappedVmk: bytes(48) }),
  fc.record({ type: fc.constant(SLOT_TYPE.recoveryKey), kdf: fc.constant(SLOT_KDF.blake2bKeyed), opsLimit: fc.constant(0), memLimitKiB: fc.constant(0), salt: bytes(16), nonce: bytes(24), wrappedVmk: bytes(48) }),
);
const key = fc.record({ purpose: fc.constantFrom(KEY_PURPOSE.recordKey, KEY_PURPOSE.signingSeed), epoch: fc.nat(), nonce: bytes(24), wrapped: bytes(48) });
const header: fc.Arbitrary<VaultHeader> = fc.record({
  vaultId: bytes(16),
  slots: fc.uniqueArray(slot, { minLength: 1, maxLength: 2, selector: (s) => s.type }),
  keys: fc.uniqueArray(key, { minLength: 1, maxLength: 5, selector: (k) => `${k.purpose}/${k.epoch}` }),
  mac: bytes(32),
});

function expectDamaged(input: Uint8Array): void {
  let error: unknown;
  try {
    parseVaultHeader(input);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('VAULT_DAMAGED');
}

describe('vault header format', () => {
  it('re-serialises every accepted header to the same bytes', () => {
    fc.assert(fc.property(header, (h) => {
      const written = serializeVaultHeader(h);
      expect(serializeVaultHeader(parseVaultHeader(written))).toEqual(written);
    }));
  });

  it('refuses a header truncated at any length, or with bytes appended', () => {
    const written = serializeVaultHeader(fc.sample(header, { seed: 7, numRuns: 1 })[0] as VaultHeader);
    for (let length = 0; length < written.length; length += 1) {
      expectDamaged(written.subarray(0, length));
    }
    expectDamaged(new Uint8Array([...written, 0]));
  });

  it('refuses unknown versions and a foreign magic number', () => {
    const written = serializeVaultHeader(fc.sample(header, { seed: 3, numRuns: 1 })[0] as VaultHeader);
    for (const version of [0, 2, 255]) {
      const changed = written.slice();
      changed[4] = version;
      expectDamaged(changed);
    }
    const foreign = written.slice();
    foreign[0] = 0x50;
    expectDamaged(foreign);
  });

  it('refuses a recovery keyslot that claims Argon2id parameters', () => {
    const h = fc.sample(header, { seed: 11, numRuns: 1 })[0] as VaultHeader;
    const forged = { ...h, slots: [{ type: SLOT_TYPE.recoveryKey, kdf: SLOT_KDF.blake2bKeyed, opsLimit: 3, memLimitKiB: 0, salt: new Uint8Array(16), nonce: new Uint8Array(24), wrappedVmk: new Uint8Array(48) }] } as VaultHeader;
    expectDamaged(serializeVaultHeader(forged));
  });
});
