import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors/appError';
import type { Sodium } from '../vault/sodium';

// Detached Ed25519 signatures in OpenSSH's SSHSIG format (PROTOCOL.sshsig in OpenSSH), so that a
// coordinator, a court or a researcher without Aigaq can check a bundle's manifest with the
// standard `ssh-keygen -Y verify` (Debian's openssh-client). The key is the vault's own Ed25519
// signing key, the same that signs revisions; only the framing is OpenSSH's.
//
//   blob   = "SSHSIG" | u32 1 | string(publickey) | string(namespace) | string("") | string("sha512") | string(signature)
//   signed = "SSHSIG" | string(namespace) | string("") | string("sha512") | string(SHA-512(message))
//   publickey = string("ssh-ed25519") | string(pk 32);  signature = string("ssh-ed25519") | string(sig 64)
//   armor  = "-----BEGIN SSH SIGNATURE-----", base64 of blob in lines of 70, "-----END SSH SIGNATURE-----"

const MAGIC = Buffer.from('SSHSIG');
const VERSION = 1;
const KEY_TYPE = 'ssh-ed25519';
const HASH = 'sha512';
const BEGIN = '-----BEGIN SSH SIGNATURE-----';
const END = '-----END SSH SIGNATURE-----';
const MAX_ARMOR_CHARS = 4096;

function u32(value: number): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value);
  return out;
}

function sshString(value: Uint8Array | string): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value);
  return Buffer.concat([u32(bytes.length), bytes]);
}

/** The public key as OpenSSH writes it on the wire (and, base64, in authorized_keys lines). */
export function sshPublicKeyBlob(publicKey: Uint8Array): Buffer {
  return Buffer.concat([sshString(KEY_TYPE), sshString(publicKey)]);
}

/** "ssh-ed25519 AAAA… comment": a line for allowed_signers or authorized_keys. */
export function sshPublicKeyLine(publicKey: Uint8Array, comment = ''): string {
  return `${KEY_TYPE} ${sshPublicKeyBlob(publicKey).toString('base64')}${comment ? ` ${comment}` : ''}`;
}

/** One line of an allowed_signers file for `ssh-keygen -Y verify -f`. */
export function allowedSignersLine(principal: string, namespace: string, publicKey: Uint8Array): string {
  if (!/^[A-Za-z0-9._@-]{1,100}$/.test(principal) || !/^[A-Za-z0-9._@-]{1,100}$/.test(namespace)) {
    throw new AppError('INVALID_REQUEST', 'principal and namespace are plain names');
  }
  return `${principal} namespaces="${namespace}" ${sshPublicKeyLine(publicKey)}`;
}

function signedData(namespace: string, message: Uint8Array): Buffer {
  const digest = createHash(HASH).update(message).digest();
  return Buffer.concat([MAGIC, sshString(namespace), sshString(''), sshString(HASH), sshString(digest)]);
}

function armor(blob: Buffer): string {
  const lines = blob.toString('base64').match(/.{1,70}/g) ?? [];
  return [BEGIN, ...lines, END, ''].join('\n');
}

/** Signs `message` under `namespace` with an Ed25519 key pair (libsodium's 64-byte secret key). */
export function signSsh(sodium: Sodium, keys: { readonly publicKey: Uint8Array; readonly privateKey: Uint8Array }, namespace: string, message: Uint8Array): string {
  const signature = sodium.crypto_sign_detached(signedData(namespace, message), keys.privateKey);
  const blob = Buffer.concat([MAGIC, u32(VERSION), sshString(sshPublicKeyBlob(keys.publicKey)), sshString(namespace), sshString(''), sshString(HASH), sshString(Buffer.concat([sshString(KEY_TYPE), sshString(signature)]))]);
  return armor(blob);
}

/** A strict reader of the wire format: every length is checked against what remains. */
class WireReader {
  private offset = 0;
  constructor(private readonly bytes: Buffer) {}

  take(length: number): Buffer {
    if (length < 0 || this.offset + length > this.bytes.length) {
      throw refused('truncated');
    }
    const out = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }

  u32(): number {
    return this.take(4).readUInt32BE(0);
  }

  string(): Buffer {
    return this.take(this.u32());
  }

  text(): string {
    return this.string().toString('utf8');
  }

  end(): void {
    if (this.offset !== this.bytes.length) {
      throw refused('trailing bytes');
    }
  }
}

function refused(why: string): AppError {
  return new AppError('INTEGRITY', `SSH signature refused: ${why}`);
}

function dearmor(text: string): Buffer {
  if (text.length > MAX_ARMOR_CHARS) {
    throw refused('too long');
  }
  const lines = text.trim().split(/\r?\n/);
  if (lines[0] !== BEGIN || lines.at(-1) !== END) {
    throw refused('not an SSH signature');
  }
  const body = lines.slice(1, -1).join('');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) {
    throw refused('bad base64');
  }
  return Buffer.from(body, 'base64');
}

function readEd25519(reader: WireReader, what: 'key' | 'signature'): Buffer {
  const inner = new WireReader(reader.string());
  if (inner.text() !== KEY_TYPE) {
    throw refused(`not an Ed25519 ${what}`);
  }
  const value = inner.string();
  inner.end();
  if (value.length !== (what === 'key' ? 32 : 64)) {
    throw refused(`bad ${what} length`);
  }
  return value;
}

/**
 * Verifies an armored SSHSIG over `message` in `namespace`; returns the signer's Ed25519 public key.
 * Who the signer is allowed to be is the caller's decision (an enrolled monitor, the vault itself).
 */
export function verifySsh(sodium: Sodium, armored: string, namespace: string, message: Uint8Array): Uint8Array {
  const reader = new WireReader(dearmor(armored));
  if (!reader.take(6).equals(MAGIC) || reader.u32() !== VERSION) {
    throw refused('not SSHSIG version 1');
  }
  const publicKey = readEd25519(reader, 'key');
  const signedNamespace = reader.text();
  reader.string();
  const hash = reader.text();
  const signature = readEd25519(reader, 'signature');
  reader.end();
  if (signedNamespace !== namespace) {
    throw refused('another namespace');
  }
  if (hash !== HASH && hash !== 'sha256') {
    throw refused('unknown hash');
  }
  const digest = createHash(hash).update(message).digest();
  const data = Buffer.concat([MAGIC, sshString(namespace), sshString(''), sshString(hash), sshString(digest)]);
  if (!sodium.crypto_sign_verify_detached(signature, data, publicKey)) {
    throw refused('signature does not verify');
  }
  return new Uint8Array(publicKey);
}
