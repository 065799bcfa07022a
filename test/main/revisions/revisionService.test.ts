import { createRevisionService, type KnownAuthor } from '../../../main/revisions/revisionService';
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
    const first = await revisions.seal(RECORD_ID, record('final'), []);
    const second = await revisions.seal(RECORD_ID, record('final', { ...detentionVisitExample, settlement: 'Another invented district' }), [first]);
    expect(first.header.author).toBe(revisions.author());
    expect([first.header.seq, second.header.seq]).toEqual([1, 2]);
    expect(second.content.values['settlement']).toBe('Another invented district');
    expect(await revisions.verify(RECORD_ID, [first, second])).toEqual({ ok: true, problems: [], signers: [{ author: revisions.author(), name: null, standing: 'own' }] });
  });

  it('refuses a draft, a final record with a gap, and a chain that does not verify', async () => {
    const { revisions } = await service();
    await expect(revisions.seal(RECORD_ID, record('draft'), [])).rejects.toThrow('only a final record');
    const { description: _gap, ...withGap } = detentionVisitExample;
    await expect(revisions.seal(RECORD_ID, record('final', withGap), [])).rejects.toThrow('only a final record');
    const first = await revisions.seal(RECORD_ID, record('final'), []);
    const tampered: Revision = { ...first, content: { ...first.content, values: { ...first.content.values, title: 'Changed later' } } };
    await expect(revisions.seal(RECORD_ID, record('final'), [tampered])).rejects.toThrow('do not verify');
  });

  it('does not trust another vault’s revisions, and needs the vault unlocked', async () => {
    const mine = await service();
    const theirs = await service();
    const foreign = await theirs.revisions.seal(RECORD_ID, record('final'), []);
    expect((await mine.revisions.verify(RECORD_ID, [foreign])).problems).toEqual([{ kind: 'untrustedAuthor', index: 0 }]);
    mine.vault.lock('user');
    await expect(mine.revisions.seal(RECORD_ID, record('final'), [])).rejects.toThrow('LOCKED');
  });

  it('trusts the organisation’s members, names them, and marks a revoked monitor', async () => {
    const monitor = await service();
    const sealed = await monitor.revisions.seal(RECORD_ID, record('final'), []);
    const { sodium, vault } = await testVault();
    await vault.create(PASSPHRASE);
    let members: KnownAuthor[] = [];
    const coordinator = createRevisionService({ sodium, vault, knownAuthors: async () => members });
    expect((await coordinator.verify(RECORD_ID, [sealed])).problems).toEqual([{ kind: 'untrustedAuthor', index: 0 }]);
    members = [{ author: monitor.revisions.author(), name: 'Monitor Taiga', standing: 'approved' }];
    expect(await coordinator.verify(RECORD_ID, [sealed])).toEqual({ ok: true, problems: [], signers: [{ author: monitor.revisions.author(), name: 'Monitor Taiga', standing: 'approved' }] });
    members = [{ author: monitor.revisions.author(), name: 'Monitor Taiga', standing: 'revoked' }];
    expect((await coordinator.verify(RECORD_ID, [sealed])).signers).toEqual([expect.objectContaining({ standing: 'revoked' })]);
  });
});
