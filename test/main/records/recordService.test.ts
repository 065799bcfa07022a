import { createRecordService } from '../../../main/records/recordService';
import { AppError } from '../../../shared/errors/appError';
import { PASSPHRASE, testVault } from '../../helpers/testVault';

const entry = (title: string) => ({ schemaVersion: 1, title, text: 'Invented text', createdAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:00:00.000Z' });
const ids = ['AAECAwQFBgcICQoLDA0ODw', 'EBESExQVFhcYGRobHB0eHw', 'ICEiIyQlJicoKSorLC0uLw'];

describe('record service', () => {
  it('opens the rest of the vault when two rows were swapped, and reports both as damaged', async () => {
    const { sodium, vault } = await testVault();
    await vault.create(PASSPHRASE);
    const records = createRecordService({ sodium, vault });
    const rows = ids.map((id, index) => records.seal('notebook', id, entry(`Entry ${index}`)));
    const [a, b, c] = rows as [typeof rows[0], typeof rows[0], typeof rows[0]];
    const swapped = [{ id: a.id, b: b.b }, { id: b.id, b: a.b }, c];
    expect(records.open('notebook', swapped)).toEqual([
      { id: a.id, ok: false, error: 'INTEGRITY' },
      { id: b.id, ok: false, error: 'INTEGRITY' },
      { id: c.id, ok: true, record: entry('Entry 2') },
    ]);
  });

  it('refuses to seal a record that does not match its schema, and anything while locked', async () => {
    const { sodium, vault } = await testVault();
    await vault.create(PASSPHRASE);
    const records = createRecordService({ sodium, vault });
    expect(() => records.seal('notebook', ids[0] as string, { title: '' })).toThrow(AppError);
    vault.lock('user');
    expect(() => records.seal('notebook', ids[0] as string, entry('x'))).toThrow('LOCKED');
    expect(() => records.open('notebook', [])).toThrow('LOCKED');
  });
});
