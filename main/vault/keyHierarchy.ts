import { AppError } from '../../shared/errors/appError';
import { assertKdfParamsAllowed, type KdfParams } from './kdfParams';
import { passphraseBytes, SALT_BYTES, type PassphraseKdf } from './passphraseKdf';
import { parseRecoveryKey, recoveryKek } from './recoveryKey';
import type { Sodium } from './sodium';
import {
  KEY_PURPOSE,
  keyslotParams,
  MAGIC,
  HEADER_VERSION,
  parseVaultHeader,
  serializeHeaderBody,
  serializeVaultHeader,
  SLOT_KDF,
  SLOT_TYPE,
  type Keyslot,
  type KeyPurpose,
  type VaultHeader,
  type WrappedKey,
} from './vaultHeader';

// Passphrase ─Argon2id─► KEK ─unwraps─► VMK (random) ─derives─► K_wrap (wraps record keys and the
// signing seed) and K_hmac (authenticates the whole header). Security brief §4.1.

export type UnlockMethod = 'passphrase' | 'recoveryKey';
export type Credential = { readonly method: UnlockMethod; readonly secret: string };

export type VaultKeys = {
  readonly vaultId: Uint8Array;
  readonly vmk: Uint8Array;
  readonly recordKeys: ReadonlyMap<number, Uint8Array>;
  readonly currentEpoch: number;
  readonly signingSeed: Uint8Array;
};

export type KeyHierarchyDeps = { readonly sodium: Sodium; readonly kdf: PassphraseKdf };

const KDF_CONTEXT_WRAP = 'AQWRAP01';
const KDF_CONTEXT_HMAC = 'AQHMAC01';
const KEY_AD_PREFIX = new TextEncoder().encode('aigaq/key/v1\0');
const FIRST_EPOCH = 1;
const SIGNING_EPOCH = 0;

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((offset, part) => (out.set(part, offset), offset + part.length), 0);
  return out;
}

function u32(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

function slotAssociatedData(vaultId: Uint8Array, slot: Keyslot, index: number): Uint8Array {
  return concat(MAGIC, new Uint8Array([HEADER_VERSION]), vaultId, keyslotParams(slot), new Uint8Array([index]));
}

function keyAssociatedData(vaultId: Uint8Array, purpose: KeyPurpose, epoch: number): Uint8Array {
  return concat(KEY_AD_PREFIX, vaultId, new Uint8Array([purpose]), u32(epoch));
}

function wrapKey(sodium: Sodium, kek: Uint8Array, key: Uint8Array, ad: Uint8Array): { nonce: Uint8Array; wrapped: Uint8Array } {
  const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const wrapped = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(key, ad, null, nonce, kek);
  return { nonce, wrapped };
}

function unwrapKey(sodium: Sodium, kek: Uint8Array, item: { nonce: Uint8Array; wrapped: Uint8Array }, ad: Uint8Array): Uint8Array {
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, item.wrapped, ad, item.nonce, kek);
  } catch {
    // One message for a wrong secret and a tampered header alike (R5): no oracle for an attacker.
    throw new AppError('WRONG_SECRET', 'keyslot did not open');
  }
}

function subkeys(sodium: Sodium, vmk: Uint8Array): { wrap: Uint8Array; hmac: Uint8Array } {
  return {
    wrap: sodium.crypto_kdf_derive_from_key(32, 1, KDF_CONTEXT_WRAP, vmk),
    hmac: sodium.crypto_kdf_derive_from_key(32, 2, KDF_CONTEXT_HMAC, vmk),
  };
}

function headerMac(sodium: Sodium, vmk: Uint8Array, body: Omit<VaultHeader, 'mac'>): Uint8Array {
  const { hmac, wrap } = subkeys(sodium, vmk);
  sodium.memzero(wrap);
  const mac = sodium.crypto_generichash(32, serializeHeaderBody(body), hmac);
  sodium.memzero(hmac);
  return mac;
}

type SlotSecret = { readonly slotType: Keyslot['type']; readonly kek: (slot: Keyslot) => Uint8Array };

function slotSecret(deps: KeyHierarchyDeps, credential: Credential): SlotSecret {
  if (credential.method === 'recoveryKey') {
    const recovery = parseRecoveryKey(credential.secret);
    return { slotType: SLOT_TYPE.recoveryKey, kek: (slot) => recoveryKek(deps.sodium, recovery, slot.salt) };
  }
  const secret = passphraseBytes(credential.secret);
  return {
    slotType: SLOT_TYPE.passphrase,
    kek: (slot) => {
      // Parameters come from disk: bounds are checked before Argon2id runs (R2).
      assertKdfParamsAllowed(slot);
      return deps.kdf(secret, slot.salt, slot);
    },
  };
}

type NewSlot = { readonly vaultId: Uint8Array; readonly vmk: Uint8Array; readonly index: number };

function newPassphraseSlot(deps: KeyHierarchyDeps, { vaultId, vmk, index }: NewSlot, passphrase: string, params: KdfParams): Keyslot {
  assertKdfParamsAllowed(params);
  const salt = deps.sodium.randombytes_buf(SALT_BYTES);
  const draft = { type: SLOT_TYPE.passphrase, kdf: SLOT_KDF.argon2id13, ...params, salt };
  const kek = deps.kdf(passphraseBytes(passphrase), salt, params);
  const { nonce, wrapped } = wrapKey(deps.sodium, kek, vmk, slotAssociatedData(vaultId, { ...draft, nonce: new Uint8Array(), wrappedVmk: new Uint8Array() }, index));
  deps.sodium.memzero(kek);
  return { ...draft, nonce, wrappedVmk: wrapped };
}

function newRecoverySlot(sodium: Sodium, vaultId: Uint8Array, vmk: Uint8Array, recoveryKey: Uint8Array, index: number): Keyslot {
  const salt = sodium.randombytes_buf(SALT_BYTES);
  const draft = { type: SLOT_TYPE.recoveryKey, kdf: SLOT_KDF.blake2bKeyed, opsLimit: 0, memLimitKiB: 0, salt };
  const kek = recoveryKek(sodium, recoveryKey, salt);
  const { nonce, wrapped } = wrapKey(sodium, kek, vmk, slotAssociatedData(vaultId, { ...draft, nonce: new Uint8Array(), wrappedVmk: new Uint8Array() }, index));
  sodium.memzero(kek);
  return { ...draft, nonce, wrappedVmk: wrapped };
}

function newWrappedKey(sodium: Sodium, vaultId: Uint8Array, wrapKeyBytes: Uint8Array, purpose: KeyPurpose, epoch: number): { entry: WrappedKey; key: Uint8Array } {
  const key = sodium.randombytes_buf(32);
  const { nonce, wrapped } = wrapKey(sodium, wrapKeyBytes, key, keyAssociatedData(vaultId, purpose, epoch));
  return { entry: { purpose, epoch, nonce, wrapped }, key };
}

export type CreatedVault = { readonly header: Uint8Array; readonly keys: VaultKeys; readonly recoveryKey: Uint8Array };

export function createVaultKeys(deps: KeyHierarchyDeps, passphrase: string, params: KdfParams, recoveryKey: Uint8Array): CreatedVault {
  const { sodium } = deps;
  const vaultId = sodium.randombytes_buf(16);
  const vmk = sodium.randombytes_buf(32);
  const slots = [newPassphraseSlot(deps, { vaultId, vmk, index: 0 }, passphrase, params), newRecoverySlot(sodium, vaultId, vmk, recoveryKey, 1)];
  const { wrap } = subkeys(sodium, vmk);
  const recordKey = newWrappedKey(sodium, vaultId, wrap, KEY_PURPOSE.recordKey, FIRST_EPOCH);
  const signing = newWrappedKey(sodium, vaultId, wrap, KEY_PURPOSE.signingSeed, SIGNING_EPOCH);
  sodium.memzero(wrap);
  const body = { vaultId, slots, keys: [recordKey.entry, signing.entry] };
  const header = serializeVaultHeader({ ...body, mac: headerMac(sodium, vmk, body) });
  const keys: VaultKeys = { vaultId, vmk, recordKeys: new Map([[FIRST_EPOCH, recordKey.key]]), currentEpoch: FIRST_EPOCH, signingSeed: signing.key };
  return { header, keys, recoveryKey };
}

function openVmk(deps: KeyHierarchyDeps, header: VaultHeader, credential: Credential): Uint8Array {
  const secret = slotSecret(deps, credential);
  const index = header.slots.findIndex((slot) => slot.type === secret.slotType);
  const slot = header.slots[index];
  if (slot === undefined) {
    throw new AppError('WRONG_SECRET', 'no keyslot of that kind');
  }
  const kek = secret.kek(slot);
  const vmk = unwrapKey(deps.sodium, kek, { nonce: slot.nonce, wrapped: slot.wrappedVmk }, slotAssociatedData(header.vaultId, slot, index));
  deps.sodium.memzero(kek);
  if (!deps.sodium.memcmp(headerMac(deps.sodium, vmk, header), header.mac)) {
    deps.sodium.memzero(vmk);
    throw new AppError('WRONG_SECRET', 'header authentication failed');
  }
  return vmk;
}

function unwrapKeys(sodium: Sodium, header: VaultHeader, vmk: Uint8Array): VaultKeys {
  const { wrap } = subkeys(sodium, vmk);
  const open = (entry: WrappedKey): Uint8Array => unwrapKey(sodium, wrap, entry, keyAssociatedData(header.vaultId, entry.purpose, entry.epoch));
  const recordEntries = header.keys.filter((entry) => entry.purpose === KEY_PURPOSE.recordKey);
  const signingEntry = header.keys.find((entry) => entry.purpose === KEY_PURPOSE.signingSeed);
  if (recordEntries.length === 0 || signingEntry === undefined) {
    throw new AppError('VAULT_DAMAGED', 'vault header lacks a key');
  }
  const recordKeys = new Map(recordEntries.map((entry) => [entry.epoch, open(entry)] as const));
  const signingSeed = open(signingEntry);
  sodium.memzero(wrap);
  const currentEpoch = Math.max(...recordKeys.keys());
  return { vaultId: header.vaultId, vmk, recordKeys, currentEpoch, signingSeed };
}

export function unlockVaultKeys(deps: KeyHierarchyDeps, headerBytes: Uint8Array, credential: Credential): VaultKeys {
  const header = parseVaultHeader(headerBytes);
  return unwrapKeys(deps.sodium, header, openVmk(deps, header, credential));
}

/** A new passphrase keyslot with fresh salt and nonce; every other byte of the vault is unchanged (R4). */
export function rewrapPassphrase(deps: KeyHierarchyDeps, headerBytes: Uint8Array, current: Credential, next: { passphrase: string; params: KdfParams }): Uint8Array {
  const header = parseVaultHeader(headerBytes);
  const vmk = openVmk(deps, header, current);
  const index = header.slots.findIndex((slot) => slot.type === SLOT_TYPE.passphrase);
  const slots = header.slots.map((slot, i) => (i === index ? newPassphraseSlot(deps, { vaultId: header.vaultId, vmk, index: i }, next.passphrase, next.params) : slot));
  const body = { vaultId: header.vaultId, slots, keys: header.keys };
  const rewrapped = serializeVaultHeader({ ...body, mac: headerMac(deps.sodium, vmk, body) });
  deps.sodium.memzero(vmk);
  return rewrapped;
}

export function zeroVaultKeys(sodium: Sodium, keys: VaultKeys): void {
  sodium.memzero(keys.vmk);
  sodium.memzero(keys.signingSeed);
  keys.recordKeys.forEach((key) => sodium.memzero(key));
}
