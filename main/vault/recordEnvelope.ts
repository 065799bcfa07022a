import { base64urlnopad } from '@scure/base';
import { AppError } from '../../shared/errors/appError';
import { canonicalJson } from '../../shared/records/canonicalJson';
import type { Sodium } from './sodium';

// One encrypted row (security brief §4.2, R6). Layout, docs/vault-format.md:
//   b  = fmt u8 (1) | epoch u32 | schema u16 | nonce 24 | XChaCha20-Poly1305(P, AD)
//   P  = ISO/IEC 7816-4 padding to a multiple of 256 bytes of canonical JSON (hides small length differences)
//   AD = "aigaq/rec/v1\0" | vault_id 16 | u8 len(table) | table | id 16 | b[0..7)
// The AD is rebuilt from the table and id the row was *asked for*, never from the row itself,
// so a row moved to another id or table fails to open.

export const RECORD_FORMAT = 1;
const PREFIX_BYTES = 1 + 4 + 2;
const NONCE_BYTES = 24;
const TAG_BYTES = 16;
const PAD_BLOCK = 256;
const AD_PREFIX = new TextEncoder().encode('aigaq/rec/v1\0');

export type RecordKeys = { readonly vaultId: Uint8Array; readonly recordKeys: ReadonlyMap<number, Uint8Array>; readonly currentEpoch: number };
// The table is a plain name here: main also seals its own tables (settings) that the renderer never sees.
export type RecordAddress = { readonly table: string; readonly id: string };

function idBytes(id: string): Uint8Array {
  const bytes = base64urlnopad.decode(id);
  if (bytes.length !== 16) {
    throw new AppError('INVALID_REQUEST', 'record id is not 16 bytes');
  }
  return bytes;
}

function associatedData(keys: RecordKeys, address: RecordAddress, prefix: Uint8Array): Uint8Array {
  const table = new TextEncoder().encode(address.table);
  const parts = [AD_PREFIX, keys.vaultId, new Uint8Array([table.length]), table, idBytes(address.id), prefix];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((offset, part) => (out.set(part, offset), offset + part.length), 0);
  return out;
}

function prefixBytes(epoch: number, schemaVersion: number): Uint8Array {
  const prefix = new Uint8Array(PREFIX_BYTES);
  const view = new DataView(prefix.buffer);
  view.setUint8(0, RECORD_FORMAT);
  view.setUint32(1, epoch);
  view.setUint16(5, schemaVersion);
  return prefix;
}

export function sealRecord(sodium: Sodium, keys: RecordKeys, address: RecordAddress, record: { value: unknown; schemaVersion: number }): Uint8Array {
  const key = keys.recordKeys.get(keys.currentEpoch);
  if (key === undefined) {
    throw new AppError('LOCKED');
  }
  const prefix = prefixBytes(keys.currentEpoch, record.schemaVersion);
  const padded = sodium.pad(new TextEncoder().encode(canonicalJson(record.value)), PAD_BLOCK);
  const nonce = sodium.randombytes_buf(NONCE_BYTES);
  const sealed = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(padded, associatedData(keys, address, prefix), null, nonce, key);
  sodium.memzero(padded);
  const out = new Uint8Array(PREFIX_BYTES + NONCE_BYTES + sealed.length);
  out.set(prefix);
  out.set(nonce, PREFIX_BYTES);
  out.set(sealed, PREFIX_BYTES + NONCE_BYTES);
  return out;
}

export type OpenedRecordValue = { readonly value: unknown; readonly schemaVersion: number };

/** Fails closed with one generic INTEGRITY error, whatever check failed (R8). */
export function openRecord(sodium: Sodium, keys: RecordKeys, address: RecordAddress, b: Uint8Array): OpenedRecordValue {
  const integrity = new AppError('INTEGRITY', 'record failed authentication');
  if (b.length < PREFIX_BYTES + NONCE_BYTES + TAG_BYTES + PAD_BLOCK || b[0] !== RECORD_FORMAT) {
    throw integrity;
  }
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const key = keys.recordKeys.get(view.getUint32(1));
  if (key === undefined) {
    throw integrity;
  }
  try {
    const prefix = b.subarray(0, PREFIX_BYTES);
    const nonce = b.subarray(PREFIX_BYTES, PREFIX_BYTES + NONCE_BYTES);
    const padded = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, b.subarray(PREFIX_BYTES + NONCE_BYTES), associatedData(keys, address, prefix), nonce, key);
    const plain = sodium.unpad(padded, PAD_BLOCK);
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
    sodium.memzero(padded);
    return { value, schemaVersion: view.getUint16(5) };
  } catch {
    throw integrity;
  }
}
