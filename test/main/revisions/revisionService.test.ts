import { createRevisionService } from '../../../main/revisions/revisionService';
import { detentionVisitExample } from '../../../shared/definitions/records/examples/detentionVisit.example';
import type { Revision } from '../../../shared/revisions/revision';
import { PASSPHRASE, testVault } from '../../helpers/testVault';

const RECORD_ID = 'RevisionRecordAAAAAAAA';
const AT = '2026-11-23T10:00:00.000Z';
const record = (status: string, values = detentionVisitExample) => ({ schemaVersion: 1, type: 'DETENTION_VISIT', localRef: 'DV-2026-7KQ4', definitionVersion: 1, status, createdAt: AT, updatedAt: AT, values, retired: [] });

async function service() {
  const { sodium, vault } = await testVault();
  await vault.create(PASSPHRASE);
  return { revisions: createRevisionService({ sodium, vault, now: () => new Date(AT) }), vault, sodium };
}

describe('sealing revisions in main', () => {
  it('seals a final record with the vault key and extends the chain it verified', async () => {
    const { revisions } = await service();
    const first = revisions.seal(RECORD_ID, record('final'), []);
    const second = revisions.seal(RECORD_ID, record('final', { ...detentionVisitExample, settlement: 'Another invented district' }), [first]);
    expect(first.header.author).toBe(revisions.author());
    expect([first.header.seq, second.header.seq]).toEqual([1, 2]);
    expect(second.content.values['settlement']).toBe('Another invented district');
    expect(revisions.verify(RECORD_ID, [first, second])).toEqual({ ok: true, problems: [] });
  });

  it('refuses a draft, a final record with a gap, and a chain that does not verify', async () => {
    const { revisions } = await service();
    expect(() => revisions.seal(RECORD_ID, record('draft'), [])).toThrow('only a final record');
    const { description: _gap, ...withGap } = detentionVisitExample;
    expect(() => revisions.seal(RECORD_ID, record('final', withGap), [])).toThrow('only a final record');
    const first = revisions.seal(RECORD_ID, record('final'), []);
    const tampered: Revision = { ...first, content: { ...first.content, values: { ...first.content.values, title: 'Changed later' } } };
    expect(() => revisions.seal(RECORD_ID, record('final'), [tampered])).toThrow('do not verify');
  });

  it('does not trust another vault’s revisions, and needs the vault unlocked', async () => {
    const mine = await service();
    const theirs = await service();
    const foreign = theirs.revisions.seal(RECORD_ID, record('final'), []);
    expect(mine.revisions.verify(RECORD_ID, [foreign]).problems).toEqual([{ kind: 'untrustedAuthor', index: 0 }]);
    mine.vault.lock('user');
    expect(() => mine.revisions.seal(RECORD_ID, record('final'), [])).toThrow('LOCKED');
  });
});
