import { chainRelation, receivedEventRecord } from '../../../shared/bundles/receivedRecord';
import { EventRecord } from '../../../shared/records/formRecord';
import { sealedAllegation } from '../../helpers/sealedRecord';
import { testVault } from '../../helpers/testVault';

// How a coordinator's app files a record that arrived: which chain wins, and what the list shows.

const ID = 'ReceivedRecordAAAAAAAA';

async function chains() {
  const { sodium } = await testVault();
  const seed = new Uint8Array(32).fill(7);
  const three = sealedAllegation(sodium, seed, ID, ['First', 'Second', 'Third']).revisions;
  const branched = sealedAllegation(sodium, seed, ID, ['First', 'Second, told differently']).revisions;
  return { three, branched };
}

describe('a received chain beside the one held', () => {
  it('is new, the same, an extension, older, or a branch — never guessed by length alone', async () => {
    const { three, branched } = await chains();
    expect(chainRelation(null, three)).toBe('new');
    expect(chainRelation([], three)).toBe('new');
    expect(chainRelation(three, three)).toBe('same');
    expect(chainRelation(three.slice(0, 2), three)).toBe('extends');
    expect(chainRelation(three, three.slice(0, 1))).toBe('older');
    expect(chainRelation(three, branched)).toBe('diverged');
    expect(chainRelation(branched.slice(0, 1), three)).toBe('extends');
    expect(chainRelation(three.slice(0, 2), branched)).toBe('diverged');
  });
});

describe('the record a received chain shows', () => {
  it('is the newest revision, final, complete for its form, with the first and last sealing times', async () => {
    const { three } = await chains();
    const record = receivedEventRecord({ format: 'aigaq-bundled-record-v1', revisions: three, persons: [] });
    expect(record).toMatchObject({ status: 'final', type: 'TORTURE_ALLEGATION', localRef: 'TA-2026-7KQ4', createdAt: three[0]?.header.sealedAt, updatedAt: three[2]?.header.sealedAt });
    expect(record.values['title']).toBe('Third');
    // Main seals it as it is: a final record with no gaps.
    expect(EventRecord.safeParse(record).success).toBe(true);
  });
});
