import { createRecordService } from '../../../main/records/recordService';
import { identityExample } from '../../../shared/definitions/people/examples/identity.example';
import { personExample } from '../../../shared/definitions/people/examples/person.example';
import { detentionVisitExample } from '../../../shared/definitions/records/examples/detentionVisit.example';
import type { FieldValues } from '../../../shared/definitions/fieldValues';
import type { RecordStatus } from '../../../shared/records/formRecord';
import { PASSPHRASE, testVault } from '../../helpers/testVault';

// Main enforces the two-stage rule whatever the renderer sends: it is the last gate before a row
// is sealed, and a compromised or buggy renderer must not be able to store a "final" record with
// gaps, a value of the wrong kind, or a record of a definition version that does not exist.

const ID = 'AAECAwQFBgcICQoLDA0ODw';
const AT = '2026-11-23T10:00:00.000Z';

function visit(values: FieldValues, status: RecordStatus, definitionVersion = 1) {
  return { schemaVersion: 1, type: 'DETENTION_VISIT', localRef: 'DV-2026-7KQ4', definitionVersion, status, createdAt: AT, updatedAt: AT, values, retired: [] };
}

/** Refused with INVALID_REQUEST, and the message names what was wrong. */
function expectRefused(seal: () => unknown, text: string): void {
  expect(seal).toThrow(expect.objectContaining({ code: 'INVALID_REQUEST', message: expect.stringContaining(text) as string }) as Error);
}

async function service() {
  const { sodium, vault } = await testVault();
  await vault.create(PASSPHRASE);
  return createRecordService({ sodium, vault });
}

describe('sealing form records in main', () => {
  it('seals a complete record as final and opens it unchanged', async () => {
    const records = await service();
    const row = records.seal('events', ID, visit(detentionVisitExample, 'final'));
    expect(records.open('events', [row])).toEqual([{ id: ID, ok: true, record: visit(detentionVisitExample, 'final') }]);
  });

  it('seals whatever was typed as working, but refuses to call it a draft without its M fields', async () => {
    const records = await service();
    const typed = { title: 'Half a title' };
    expect(records.seal('events', ID, visit(typed, 'working')).id).toBe(ID);
    expectRefused(() => records.seal('events', ID, visit(typed, 'draft')), 'field(s) needed for status draft');
  });

  it('refuses a final record with a gap, a value of the wrong kind, an unknown field and an unknown version', async () => {
    const records = await service();
    const { description: _description, ...withGap } = detentionVisitExample;
    expectRefused(() => records.seal('events', ID, visit(withGap, 'final')), 'values.description: 1 field(s) needed for status final');
    expectRefused(() => records.seal('events', ID, visit({ ...detentionVisitExample, presentTotal: 'many' }, 'working')), 'values.presentTotal');
    expectRefused(() => records.seal('events', ID, visit({ ...detentionVisitExample, secretField: 'x' }, 'working')), 'secretField');
    expectRefused(() => records.seal('events', ID, visit(detentionVisitExample, 'working', 2)), 'must be migrated to version 1');
  });

  it('keeps people and their identities in separate tables, each bound to its table', async () => {
    const records = await service();
    const person = { schemaVersion: 1, pseudonym: 'P-7KQ4-29', definitionVersion: 1, status: 'final', createdAt: AT, updatedAt: AT, values: personExample, retired: [] };
    const identity = { schemaVersion: 1, definitionVersion: 1, status: 'draft', createdAt: AT, updatedAt: AT, values: identityExample, retired: [] };
    const personRow = records.seal('persons', ID, person);
    const identityRow = records.seal('identities', ID, identity);
    expect(records.open('identities', [identityRow])).toEqual([{ id: ID, ok: true, record: identity }]);
    // An identity row copied into the persons table (or back) does not open.
    expect(records.open('persons', [identityRow])).toEqual([{ id: ID, ok: false, error: 'INTEGRITY' }]);
    expect(records.open('identities', [personRow])).toEqual([{ id: ID, ok: false, error: 'INTEGRITY' }]);
    expectRefused(() => records.seal('persons', ID, { ...person, pseudonym: 'Aigul Testova' }), 'pseudonym');
  });
});
