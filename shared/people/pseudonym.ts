// Pseudonym codes (P-7KQ4-29) and record references (TA-2026-7KQ4) are random: never derived from
// a name, an IIN or a date of birth, so the code says nothing about the person (OHCHR Manual,
// annex IV). Crockford's alphabet avoids I, L, O and U, which are misread when codes are spoken.
// Web Crypto's getRandomValues exists in the renderer, in Node 20 and in Electron's Node alike;
// shared/ sees neither DOM nor Node types, so it is reached through this one narrow declaration.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

type WebCrypto = { getRandomValues(bytes: Uint8Array): Uint8Array };
const webCrypto = (globalThis as unknown as { crypto: WebCrypto }).crypto;

function randomChars(count: number): string {
  const bytes = webCrypto.getRandomValues(new Uint8Array(count));
  // 256 is a multiple of 32: the modulo keeps every character equally likely.
  return Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]).join('');
}

export function newPseudonym(): string {
  return `P-${randomChars(4)}-${randomChars(2)}`;
}

const REF_PREFIX = { DETENTION_VISIT: 'DV', TORTURE_ALLEGATION: 'TA', PROTEST_DETENTION: 'PD' } as const;

export function newLocalRef(type: keyof typeof REF_PREFIX, year: number): string {
  return `${REF_PREFIX[type]}-${String(year).padStart(4, '0')}-${randomChars(4)}`;
}
