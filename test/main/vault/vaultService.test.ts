import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors/appError';
import { parseVaultHeader, serializeVaultHeader } from '../../../main/vault/vaultHeader';
import { passphraseBytes } from '../../../main/vault/passphraseKdf';
import { VAULT_HEADER_FILE } from '../../../main/vault/vaultService';
import { NEW_PASSPHRASE, PASSPHRASE, testVault } from '../../helpers/testVault';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
  }
  return 'resolved';
}

describe('vault lifecycle', () => {
  it('creates a vault that opens with its passphrase and with its recovery key, typed loosely', async () => {
    const { vault } = await testVault();
    expect(await vault.state()).toBe('absent');
    const recoveryKey = await vault.create(PASSPHRASE);
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    const vmk = vault.requireKeys().vmk.slice();
    vault.lock('user');
    expect(await vault.state()).toBe('locked');
    await vault.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(vault.requireKeys().vmk).toEqual(vmk);
    vault.lock('user');
    await vault.unlock({ method: 'recoveryKey', secret: ` ${recoveryKey.toLowerCase().replace(/-/g, ' ')} ` });
    expect(vault.requireKeys().vmk).toEqual(vmk);
  });

  it('zeroes the keys it held when it locks', async () => {
    const { vault } = await testVault();
    await vault.create(PASSPHRASE);
    const keys = vault.requireKeys();
    vault.lock('user');
    expect(keys.vmk.every((byte) => byte === 0)).toBe(true);
    expect(keys.signingSeed.every((byte) => byte === 0)).toBe(true);
    expect([...keys.recordKeys.values()].every((key) => key.every((byte) => byte === 0))).toBe(true);
    expect(() => vault.requireKeys()).toThrow('LOCKED');
  });

  it('refuses a wrong passphrase and a wrong recovery key calmly, and keeps no lockout', async () => {
    const { vault } = await testVault();
    const recoveryKey = await vault.create(PASSPHRASE);
    vault.lock('user');
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(await codeOf(vault.unlock({ method: 'passphrase', secret: `${PASSPHRASE}x` }))).toBe('WRONG_SECRET');
    }
    const wrongRecovery = `${recoveryKey.slice(0, -1)}${recoveryKey.endsWith('0') ? '1' : '0'}`;
    expect(await codeOf(vault.unlock({ method: 'recoveryKey', secret: wrongRecovery }))).toBe('WRONG_SECRET');
    expect(await codeOf(vault.unlock({ method: 'recoveryKey', secret: 'not a key' }))).toBe('WRONG_SECRET');
    await vault.unlock({ method: 'passphrase', secret: PASSPHRASE });
  });

  it('refuses to create a weak passphrase vault or a second vault', async () => {
    const { vault } = await testVault();
    expect(await codeOf(vault.create('password123'))).toBe('WEAK_PASSPHRASE');
    expect(await vault.state()).toBe('absent');
    await vault.create(PASSPHRASE);
    expect(await codeOf(vault.create(NEW_PASSPHRASE))).toBe('VAULT_EXISTS');
  });

  it('stores no passphrase verifier: the Argon2id output appears nowhere in the header', async () => {
    const { vault, dataDir, kdf } = await testVault();
    await vault.create(PASSPHRASE);
    const header = readFileSync(join(dataDir, VAULT_HEADER_FILE));
    const slot = parseVaultHeader(header).slots[0];
    if (!slot) {
      throw new Error('no slot');
    }
    const kek = kdf(passphraseBytes(PASSPHRASE), slot.salt, slot);
    expect(header.includes(Buffer.from(kek))).toBe(false);
    expect(header.includes(Buffer.from(PASSPHRASE))).toBe(false);
  });
});

describe('changing the passphrase', () => {
  it('rewraps only the passphrase keyslot: old refused, new works, recovery key and keys unchanged', async () => {
    const { vault, dataDir } = await testVault();
    const recoveryKey = await vault.create(PASSPHRASE);
    const before = parseVaultHeader(readFileSync(join(dataDir, VAULT_HEADER_FILE)));
    await vault.changePassphrase({ method: 'passphrase', secret: PASSPHRASE }, NEW_PASSPHRASE);
    const after = parseVaultHeader(readFileSync(join(dataDir, VAULT_HEADER_FILE)));
    expect(after.vaultId).toEqual(before.vaultId);
    expect(after.slots[1]).toEqual(before.slots[1]);
    expect(after.keys).toEqual(before.keys);
    expect(after.slots[0]?.salt).not.toEqual(before.slots[0]?.salt);
    vault.lock('user');
    expect(await codeOf(vault.unlock({ method: 'passphrase', secret: PASSPHRASE }))).toBe('WRONG_SECRET');
    await vault.unlock({ method: 'passphrase', secret: NEW_PASSPHRASE });
    vault.lock('user');
    await vault.unlock({ method: 'recoveryKey', secret: recoveryKey });
  });

  it('needs the current passphrase or recovery key, and a strong new passphrase', async () => {
    const { vault } = await testVault();
    const recoveryKey = await vault.create(PASSPHRASE);
    expect(await codeOf(vault.changePassphrase({ method: 'passphrase', secret: NEW_PASSPHRASE }, NEW_PASSPHRASE))).toBe('WRONG_SECRET');
    expect(await codeOf(vault.changePassphrase({ method: 'passphrase', secret: PASSPHRASE }, 'qwerty2024'))).toBe('WEAK_PASSPHRASE');
    await vault.changePassphrase({ method: 'recoveryKey', secret: recoveryKey }, NEW_PASSPHRASE);
    vault.lock('user');
    await vault.unlock({ method: 'passphrase', secret: NEW_PASSPHRASE });
  });
});

describe('a tampered vault header', () => {
  it('refuses to unlock after any single byte of the header is flipped', async () => {
    const { vault, dataDir } = await testVault();
    const recoveryKey = await vault.create(PASSPHRASE);
    vault.lock('user');
    const path = join(dataDir, VAULT_HEADER_FILE);
    const original = readFileSync(path);
    const accepted: number[] = [];
    for (let index = 0; index < original.length; index += 1) {
      for (const method of ['passphrase', 'recoveryKey'] as const) {
        const flipped = Buffer.from(original);
        flipped[index] = (flipped[index] as number) ^ 0x01;
        writeFileSync(path, flipped);
        const code = await codeOf(vault.unlock({ method, secret: method === 'passphrase' ? PASSPHRASE : recoveryKey }));
        if (!['WRONG_SECRET', 'VAULT_DAMAGED'].includes(code)) {
          accepted.push(index);
          vault.lock('user');
        }
      }
    }
    expect(accepted).toEqual([]);
    writeFileSync(path, original);
    await vault.unlock({ method: 'passphrase', secret: PASSPHRASE });
  }, 120_000);

  it.each([
    ['memory below the floor (8 KiB)', { memLimitKiB: 8 }],
    ['memory above the ceiling (4 GiB)', { memLimitKiB: 4 * 1024 * 1024 }],
    ['two passes', { opsLimit: 2 }],
    ['zero passes', { opsLimit: 0 }],
    ['2^32-1 passes', { opsLimit: 0xffffffff }],
  ])('refuses KDF parameters with %s before running the KDF', async (_label, change) => {
    const { vault, dataDir, kdf } = await testVault();
    await vault.create(PASSPHRASE);
    vault.lock('user');
    const path = join(dataDir, VAULT_HEADER_FILE);
    const header = parseVaultHeader(readFileSync(path));
    const slots = header.slots.map((slot, index) => (index === 0 ? { ...slot, ...change } : slot));
    writeFileSync(path, serializeVaultHeader({ ...header, slots }));
    const callsBefore = kdf.calls;
    expect(await codeOf(vault.unlock({ method: 'passphrase', secret: PASSPHRASE }))).toBe('VAULT_DAMAGED');
    expect(kdf.calls).toBe(callsBefore);
  });
});
