import { sha256 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coordinatorsFingerprint, enrolmentFingerprint, keyFingerprint } from '../../../main/organisation/fingerprint';
import { encodeKey } from '../../../main/organisation/signedFile';
import { AppError } from '../../../shared/errors/appError';

// The fingerprint two people read to each other (docs/organisation.md, "The fingerprint"). The
// reference below rebuilds it from the page with independent code (@noble/hashes, BigInt).

const KEY_A = Uint8Array.from({ length: 32 }, (_, index) => index);
const KEY_B = Uint8Array.from({ length: 32 }, (_, index) => 255 - index);

function reference(keys: readonly Uint8Array[]): string {
  const u32 = (value: number) => Uint8Array.of(value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
  const parts = [new TextEncoder().encode('aigaq/fingerprint/v1\0'), u32(keys.length), ...keys.flatMap((key) => [u32(key.length), key])];
  const digest = sha256(Uint8Array.from(parts.flatMap((part) => [...part])));
  const groups = Array.from({ length: 6 }, (_, group) => {
    const value = digest.slice(group * 5, group * 5 + 5).reduce((sum, byte) => sum * 256n + BigInt(byte), 0n);
    return (value % 100000n).toString().padStart(5, '0');
  });
  return groups.join(' ');
}

describe('key fingerprints', () => {
  it('gives the known answer, and agrees with the reference built from the documentation', () => {
    expect(keyFingerprint([KEY_A, KEY_B])).toBe(KNOWN_FINGERPRINT);
    expect(reference([KEY_A, KEY_B])).toBe(KNOWN_FINGERPRINT);
    fc.assert(fc.property(fc.array(fc.uint8Array({ maxLength: 40 }), { minLength: 1, maxLength: 6 }), (keys) => {
      expect(keyFingerprint(keys)).toBe(reference(keys));
    }));
  });

  it('is the one the documentation shows', () => {
    const page = readFileSync(join(__dirname, '../../../docs/organisation.md'), 'utf8');
    expect(page).toContain(`\`ff fe … e0\` → \`${KNOWN_FINGERPRINT}\``);
    expect(page).toContain('known-answer invitation below → `96830 17227 16548 72317 94120 68696`');
  });

  it('is six groups of five digits, the same for the same keys', () => {
    expect(keyFingerprint([KEY_A, KEY_B])).toMatch(/^\d{5}( \d{5}){5}$/);
    expect(keyFingerprint([KEY_A.slice(), KEY_B.slice()])).toBe(keyFingerprint([KEY_A, KEY_B]));
  });

  it('changes when any single bit of any key changes, when keys are reordered, or a key is split', () => {
    const base = keyFingerprint([KEY_A, KEY_B]);
    for (let bit = 0; bit < 2 * 32 * 8; bit += 1) {
      const keys = [KEY_A.slice(), KEY_B.slice()];
      const key = keys[bit >> 8] as Uint8Array;
      key[(bit >> 3) & 31] = (key[(bit >> 3) & 31] ?? 0) ^ (1 << (bit & 7));
      expect(keyFingerprint(keys)).not.toBe(base);
    }
    expect(keyFingerprint([KEY_B, KEY_A])).not.toBe(base);
    // Lengths are framed: the same bytes cut differently are different key lists.
    expect(keyFingerprint([KEY_A.subarray(0, 16), KEY_A.subarray(16), KEY_B])).not.toBe(keyFingerprint([KEY_A, KEY_B]));
  });

  it('refuses an empty key list', () => {
    expect(() => keyFingerprint([])).toThrow(AppError);
  });

  it('covers an invitation’s coordinators (signing key, then recipient, each) and an enrolment’s two keys', () => {
    const coordinators = [
      { name: 'A', signingKey: encodeKey(KEY_A), bundleRecipient: encodeKey(KEY_B) },
      { name: 'B', signingKey: encodeKey(KEY_B), bundleRecipient: encodeKey(KEY_A) },
    ];
    expect(coordinatorsFingerprint(coordinators)).toBe(keyFingerprint([KEY_A, KEY_B, KEY_B, KEY_A]));
    // Names are not key material: renaming a coordinator does not change what is compared.
    expect(coordinatorsFingerprint(coordinators.map((c) => ({ ...c, name: 'renamed' })))).toBe(coordinatorsFingerprint(coordinators));
    expect(enrolmentFingerprint({ signingKey: encodeKey(KEY_A), bundleRecipient: encodeKey(KEY_B) })).toBe(KNOWN_FINGERPRINT);
    // The known-answer invitation of docs/organisation.md (and signedFile.test.ts).
    const known = [{ name: 'Coordinator A', signingKey: '6kpsY+KcUgq+9VB7Ey7F+ZVHdq6+vnuSQh7qaRRG0iw=', bundleRecipient: 'V9tLNZ8jrl4Ubk4lEgVnBHIlBjSMFQwUdT0Mkz0E1CE=' }];
    expect(coordinatorsFingerprint(known)).toBe('96830 17227 16548 72317 94120 68696');
  });
});

// Keys 00 01 … 1f and ff fe … e0 (docs/organisation.md).
const KNOWN_FINGERPRINT = '49558 65111 26032 82480 63687 55332';
