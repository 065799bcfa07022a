import { base32crockford } from '@scure/base';
import { AppError } from '../../shared/errors/appError';
import type { Sodium } from './sodium';

// The recovery key is 160 random bits shown once as 8 groups of 4 Crockford base32 characters
// (no I, L, O, U: nothing to confuse when copied by hand). It is random, not chosen, so it needs no
// slow KDF: its keyslot derives the KEK with keyed BLAKE2b.
export const RECOVERY_KEY_BYTES = 20;
const GROUP = 4;
const KEK_CONTEXT = new TextEncoder().encode('aigaq/recovery-kek/v1');

export function generateRecoveryKey(sodium: Sodium): Uint8Array {
  return sodium.randombytes_buf(RECOVERY_KEY_BYTES);
}

export function formatRecoveryKey(bytes: Uint8Array): string {
  const text = base32crockford.encode(bytes);
  const groups = text.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? [];
  return groups.join('-');
}

/** Accepts what a person types back: any case, spaces or dashes, O for 0 and I or L for 1. */
export function parseRecoveryKey(typed: string): Uint8Array {
  const cleaned = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{32}$/.test(cleaned)) {
    throw new AppError('WRONG_SECRET', 'not a recovery key');
  }
  return base32crockford.decode(cleaned);
}

export function recoveryKek(sodium: Sodium, recoveryKey: Uint8Array, salt: Uint8Array): Uint8Array {
  const message = new Uint8Array(KEK_CONTEXT.length + salt.length);
  message.set(KEK_CONTEXT);
  message.set(salt, KEK_CONTEXT.length);
  return sodium.crypto_generichash(32, message, recoveryKey);
}
