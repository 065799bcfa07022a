import { RecordId } from '../../../shared/records/recordTables';
import { base64url, newRecordId } from '../../../renderer/store/recordId';

describe('record ids', () => {
  it('are 16 random bytes in base64url without padding, valid for the IPC contract', () => {
    const ids = Array.from({ length: 200 }, newRecordId);
    ids.forEach((id) => expect(RecordId.safeParse(id).success).toBe(true));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('encode bytes as RFC 4648 base64url', () => {
    expect(base64url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
    expect(base64url(new Uint8Array(16))).toBe('AAAAAAAAAAAAAAAAAAAAAA');
    expect(base64url(Uint8Array.from(Buffer.from('any carnal pleas')))).toBe(Buffer.from('any carnal pleas').toString('base64url'));
  });
});
