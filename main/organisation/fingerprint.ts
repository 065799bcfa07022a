import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors/appError';
import type { CoordinatorKeys, Enrolment } from '../../shared/organisation/organisation';
import { decodeKey } from './signedFile';

// A short fingerprint of public keys that two people compare out of band (by phone, in person) so
// that an invitation or enrolment swapped in transit is caught: the file's signature only proves
// that *someone* holding the listed keys signed it, not that they are the people one meant.
//
// Digits, as Signal's safety numbers: the same on an English, Russian or Kazakh screen, read
// aloud in any language without a word list to translate (three word lists would not even agree
// with each other), and unambiguous over a bad phone line. Six groups of five digits carry
// 6 × log2(10^5) ≈ 99.7 bits: finding other keys with the same fingerprint costs about 2^99 hashes.
//
//   digest = SHA-256("aigaq/fingerprint/v1\0" ‖ u32 n ‖ (u32 len ‖ key) × n)   (u32 big-endian)
//   group i (0..5) = (bytes 5i..5i+4 of digest, a 40-bit big-endian integer) mod 100000, 5 digits
//
// The keys are taken in the order given: for an invitation, each coordinator's signing key then
// bundle recipient, in the file's order; for an enrolment, the signing key then the bundle recipient.

const DOMAIN = 'aigaq/fingerprint/v1\0';
const GROUPS = 6;
const GROUP_BYTES = 5;
const GROUP_MODULUS = 100_000;

function u32(value: number): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value);
  return out;
}

export function keyFingerprint(keys: readonly Uint8Array[]): string {
  if (keys.length === 0) {
    throw new AppError('INVALID_REQUEST', 'a fingerprint needs at least one key');
  }
  const hash = createHash('sha256').update(DOMAIN, 'utf8').update(u32(keys.length));
  keys.forEach((key) => hash.update(u32(key.length)).update(key));
  const digest = hash.digest();
  // 2^40 mod 10^5 ≠ 0, so the reduction is biased, by less than 10^5 / 2^40 ≈ 10^-7: immaterial.
  return Array.from({ length: GROUPS }, (_, index) => String(digest.readUIntBE(index * GROUP_BYTES, GROUP_BYTES) % GROUP_MODULUS).padStart(5, '0')).join(' ');
}

/** What both sides of an invitation show: every coordinator's signing key, then its bundle recipient. */
export function coordinatorsFingerprint(coordinators: readonly CoordinatorKeys[]): string {
  return keyFingerprint(coordinators.flatMap((c) => [decodeKey(c.signingKey), decodeKey(c.bundleRecipient)]));
}

/** What both sides of an enrolment show: the monitor's signing key, then its bundle recipient. */
export function enrolmentFingerprint(enrolment: Pick<Enrolment, 'signingKey' | 'bundleRecipient'>): string {
  return keyFingerprint([decodeKey(enrolment.signingKey), decodeKey(enrolment.bundleRecipient)]);
}
