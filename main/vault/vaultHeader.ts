import { AppError } from '../../shared/errors/appError';

// vault.hdr: the one small file that holds every wrapped key. Deleting it is crypto-erasure of the
// whole vault. Byte layout in docs/vault-format.md. The parser is strict and canonical:
// serializeVaultHeader(parseVaultHeader(b)) equals b for every accepted b.

export const MAGIC = new Uint8Array([0x41, 0x51, 0x56, 0x48]); // "AQVH"
export const HEADER_VERSION = 1;
export const VAULT_ID_BYTES = 16;
export const NONCE_BYTES = 24;
export const WRAPPED_KEY_BYTES = 48; // 32-byte key + 16-byte Poly1305 tag
export const HEADER_MAC_BYTES = 32;
const SALT_BYTES = 16;
const SLOT_BYTES = 1 + 1 + 4 + 4 + SALT_BYTES + NONCE_BYTES + WRAPPED_KEY_BYTES; // 98
const KEY_ENTRY_BYTES = 1 + 4 + NONCE_BYTES + WRAPPED_KEY_BYTES; // 77
const MAX_SLOTS = 8;
const MAX_KEYS = 64;

export const SLOT_TYPE = { passphrase: 1, recoveryKey: 2 } as const;
export const SLOT_KDF = { argon2id13: 1, blake2bKeyed: 2 } as const;
export const KEY_PURPOSE = { recordKey: 1, signingSeed: 2 } as const;

export type SlotType = (typeof SLOT_TYPE)[keyof typeof SLOT_TYPE];
export type KeyPurpose = (typeof KEY_PURPOSE)[keyof typeof KEY_PURPOSE];

export type Keyslot = {
  readonly type: SlotType;
  readonly kdf: number;
  readonly opsLimit: number;
  readonly memLimitKiB: number;
  readonly salt: Uint8Array;
  readonly nonce: Uint8Array;
  readonly wrappedVmk: Uint8Array;
};

export type WrappedKey = {
  readonly purpose: KeyPurpose;
  readonly epoch: number;
  readonly nonce: Uint8Array;
  readonly wrapped: Uint8Array;
};

export type VaultHeader = {
  readonly vaultId: Uint8Array;
  readonly slots: readonly Keyslot[];
  readonly keys: readonly WrappedKey[];
  readonly mac: Uint8Array;
};

function damaged(why: string): AppError {
  return new AppError('VAULT_DAMAGED', `vault header: ${why}`);
}

class Reader {
  private offset = 0;
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  take(length: number): Uint8Array {
    if (this.offset + length > this.bytes.length) {
      throw damaged('truncated');
    }
    const slice = this.bytes.slice(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }

  u8(): number {
    return this.take(1)[0] as number;
  }

  u32(): number {
    const start = this.offset;
    this.take(4);
    return this.view.getUint32(start);
  }

  get position(): number {
    return this.offset;
  }
}

function isValidSlot(slot: Keyslot): boolean {
  if (slot.type === SLOT_TYPE.passphrase) {
    return slot.kdf === SLOT_KDF.argon2id13;
  }
  return slot.kdf === SLOT_KDF.blake2bKeyed && slot.opsLimit === 0 && slot.memLimitKiB === 0;
}

function readSlot(reader: Reader): Keyslot {
  const type = reader.u8();
  if (type !== SLOT_TYPE.passphrase && type !== SLOT_TYPE.recoveryKey) {
    throw damaged('unknown keyslot type');
  }
  const slot: Keyslot = {
    type,
    kdf: reader.u8(),
    opsLimit: reader.u32(),
    memLimitKiB: reader.u32(),
    salt: reader.take(SALT_BYTES),
    nonce: reader.take(NONCE_BYTES),
    wrappedVmk: reader.take(WRAPPED_KEY_BYTES),
  };
  if (!isValidSlot(slot)) {
    throw damaged('keyslot type and key derivation do not match');
  }
  return slot;
}

function readKey(reader: Reader): WrappedKey {
  const purpose = reader.u8();
  if (purpose !== KEY_PURPOSE.recordKey && purpose !== KEY_PURPOSE.signingSeed) {
    throw damaged('unknown key purpose');
  }
  return { purpose, epoch: reader.u32(), nonce: reader.take(NONCE_BYTES), wrapped: reader.take(WRAPPED_KEY_BYTES) };
}

function readCount(reader: Reader, max: number, what: string): number {
  const count = reader.u8();
  if (count < 1 || count > max) {
    throw damaged(`${what} count out of range`);
  }
  return count;
}

function assertUnique(values: readonly string[], what: string): void {
  if (new Set(values).size !== values.length) {
    throw damaged(`duplicate ${what}`);
  }
}

export function parseVaultHeader(bytes: Uint8Array): VaultHeader {
  const reader = new Reader(bytes);
  if (!reader.take(MAGIC.length).every((byte, index) => byte === MAGIC[index])) {
    throw damaged('not an Aigaq vault');
  }
  if (reader.u8() !== HEADER_VERSION) {
    throw damaged('unsupported version');
  }
  const vaultId = reader.take(VAULT_ID_BYTES);
  const slots = Array.from({ length: readCount(reader, MAX_SLOTS, 'keyslot') }, () => readSlot(reader));
  const keys = Array.from({ length: readCount(reader, MAX_KEYS, 'key') }, () => readKey(reader));
  assertUnique(slots.map((slot) => String(slot.type)), 'keyslot type');
  assertUnique(keys.map((key) => `${key.purpose}/${key.epoch}`), 'key');
  const mac = reader.take(HEADER_MAC_BYTES);
  if (reader.position !== bytes.length) {
    throw damaged('trailing bytes');
  }
  return { vaultId, slots, keys, mac };
}

class Writer {
  private readonly parts: Uint8Array[] = [];

  bytes(value: Uint8Array): this {
    this.parts.push(value);
    return this;
  }

  u8(value: number): this {
    return this.bytes(new Uint8Array([value]));
  }

  u32(value: number): this {
    const part = new Uint8Array(4);
    new DataView(part.buffer).setUint32(0, value);
    return this.bytes(part);
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.parts.reduce((sum, part) => sum + part.length, 0));
    let offset = 0;
    for (const part of this.parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }
}

/** The fields of one keyslot that its wrapping binds as associated data. */
export function keyslotParams(slot: Pick<Keyslot, 'type' | 'kdf' | 'opsLimit' | 'memLimitKiB' | 'salt'>): Uint8Array {
  return new Writer().u8(slot.type).u8(slot.kdf).u32(slot.opsLimit).u32(slot.memLimitKiB).bytes(slot.salt).finish();
}

/** Everything the header MAC covers: the whole header but the MAC itself. */
export function serializeHeaderBody(header: Omit<VaultHeader, 'mac'>): Uint8Array {
  const writer = new Writer().bytes(MAGIC).u8(HEADER_VERSION).bytes(header.vaultId).u8(header.slots.length);
  for (const slot of header.slots) {
    writer.bytes(keyslotParams(slot)).bytes(slot.nonce).bytes(slot.wrappedVmk);
  }
  writer.u8(header.keys.length);
  for (const key of header.keys) {
    writer.u8(key.purpose).u32(key.epoch).bytes(key.nonce).bytes(key.wrapped);
  }
  return writer.finish();
}

export function serializeVaultHeader(header: VaultHeader): Uint8Array {
  return new Writer().bytes(serializeHeaderBody(header)).bytes(header.mac).finish();
}

export const HEADER_LAYOUT = { SLOT_BYTES, KEY_ENTRY_BYTES, SALT_BYTES } as const;
