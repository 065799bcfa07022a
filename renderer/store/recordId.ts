// A record id is 16 random bytes in base64url without padding (22 characters): it carries no
// meaning, sorts nothing and leaks nothing (shared/records/recordTables.ts checks the shape).
export const RECORD_ID_BYTES = 16;

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function newRecordId(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(RECORD_ID_BYTES)));
}
