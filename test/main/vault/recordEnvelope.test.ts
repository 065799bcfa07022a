import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { openRecord, sealRecord, type RecordKeys } from '../../../main/vault/recordEnvelope';
import { loadSodium, type Sodium } from '../../../main/vault/sodium';
import { AppError } from '../../../shared/errors/appError';

// Known answer: sealed once by this format (vault id 01…, epoch-1 key 02…, table "notebook",
// id bytes 00…0f) and committed, so any drift in the format fails here.
const KNOWN_ROW = '010000000100018148fb58d7eed751e6c67ca4108f4c50938c6196ff21fc692bdc9ad768980c6145a66755586c97069933e1dc918d2293fc50d3ecb694ec7be1cb3b3f218a3e343a42e8de72debb34f25fd282b2e8fabe324977824a2454dc6760e3954aafed528b3812e92c59af4fb1f5e97108859e75755efb6123820d3c39ad1c5d24b819a1985bdfc913e69e25f87c7d402057f4237a752d1babd49c1fc2122c2c36687280413e31ecb6b88c9dbbdaa4226586fcf621bc5a555f751ef5e8ce2e43d277655975ee3ec1d4e209d7d588234d7428c11e42d886929bc3da45ea8589e90c977a3359d3565f0409ce4461e410b3415f0241fff1b6f1f3cf329fa381eb0aacbaa34ca87a9c64c4444096941fb04a49215c4e450712d872a1854165000c7381f28c1c05b9849d08081654';
const KNOWN_ID = 'AAECAwQFBgcICQoLDA0ODw';
const KNOWN_VALUE = { title: 'Known answer', text: 'Invented text for a test vector.' };

const hex = (value: string) => Uint8Array.from(Buffer.from(value, 'hex'));
let sodium: Sodium;
const keys: RecordKeys = { vaultId: new Uint8Array(16).fill(1), recordKeys: new Map([[1, new Uint8Array(32).fill(2)]]), currentEpoch: 1 };
const idA = 'AAECAwQFBgcICQoLDA0ODw';
const idB = 'EBESExQVFhcYGRobHB0eHw';

beforeAll(async () => {
  sodium = await loadSodium();
});

function integrityError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
  return 'opened';
}

describe('record envelope', () => {
  it('opens the committed known-answer row', () => {
    const opened = openRecord(sodium, keys, { table: 'notebook', id: KNOWN_ID }, hex(KNOWN_ROW));
    expect(opened).toEqual({ value: KNOWN_VALUE, schemaVersion: 1 });
  });

  it('matches docs/vault-format.md when opened by an independent implementation (@noble/ciphers)', () => {
    const row = sealRecord(sodium, keys, { table: 'notebook', id: idA }, { value: { title: 'Ä ә ғ қ' }, schemaVersion: 3 });
    const enc = new TextEncoder();
    const table = enc.encode('notebook');
    const ad = new Uint8Array([...enc.encode('aigaq/rec/v1\0'), ...keys.vaultId, table.length, ...table, ...Array.from({ length: 16 }, (_, i) => i), ...row.subarray(0, 7)]);
    const padded = xchacha20poly1305(new Uint8Array(32).fill(2), row.subarray(7, 31), ad).decrypt(row.subarray(31));
    expect(padded.length % 256).toBe(0);
    const end = padded.lastIndexOf(0x80);
    expect(padded.subarray(end + 1).every((byte) => byte === 0)).toBe(true);
    expect(JSON.parse(new TextDecoder().decode(padded.subarray(0, end)))).toEqual({ title: 'Ä ә ғ қ' });
    expect([...row.subarray(0, 7)]).toEqual([1, 0, 0, 0, 1, 0, 3]);
  });

  it('hides small length differences: every record pads to a multiple of 256 bytes', () => {
    const short = sealRecord(sodium, keys, { table: 'notebook', id: idA }, { value: { t: 'a' }, schemaVersion: 1 });
    const longer = sealRecord(sodium, keys, { table: 'notebook', id: idA }, { value: { t: 'a'.repeat(200) }, schemaVersion: 1 });
    expect(short.length).toBe(longer.length);
  });

  it('refuses two rows whose ciphertexts were swapped, or a row copied to another table', () => {
    const rowA = sealRecord(sodium, keys, { table: 'notebook', id: idA }, { value: { title: 'A' }, schemaVersion: 1 });
    const rowB = sealRecord(sodium, keys, { table: 'notebook', id: idB }, { value: { title: 'B' }, schemaVersion: 1 });
    expect(integrityError(() => openRecord(sodium, keys, { table: 'notebook', id: idA }, rowB))).toBe('INTEGRITY');
    expect(integrityError(() => openRecord(sodium, keys, { table: 'notebook', id: idB }, rowA))).toBe('INTEGRITY');
    expect(integrityError(() => openRecord(sodium, keys, { table: 'settings', id: idA }, rowA))).toBe('INTEGRITY');
  });

  it('refuses every single flipped byte, every truncation and appended bytes', () => {
    const row = hex(KNOWN_ROW);
    const address = { table: 'notebook', id: KNOWN_ID };
    for (let index = 0; index < row.length; index += 1) {
      const flipped = row.slice();
      flipped[index] = (flipped[index] as number) ^ 0x80;
      expect(integrityError(() => openRecord(sodium, keys, address, flipped))).toBe('INTEGRITY');
      expect(integrityError(() => openRecord(sodium, keys, address, row.subarray(0, index)))).toBe('INTEGRITY');
    }
    expect(integrityError(() => openRecord(sodium, keys, address, new Uint8Array([...row, 0])))).toBe('INTEGRITY');
  });

  it('refuses a row under another vault id or key', () => {
    const address = { table: 'notebook', id: KNOWN_ID };
    const otherVault = { ...keys, vaultId: new Uint8Array(16).fill(9) };
    const otherKey = { ...keys, recordKeys: new Map([[1, new Uint8Array(32).fill(3)]]) };
    expect(integrityError(() => openRecord(sodium, otherVault, address, hex(KNOWN_ROW)))).toBe('INTEGRITY');
    expect(integrityError(() => openRecord(sodium, otherKey, address, hex(KNOWN_ROW)))).toBe('INTEGRITY');
  });
});
