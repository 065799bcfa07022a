import type { StubRequest } from '../../../shared/bundles/recordStub';
import { canonicalJson } from '../../../shared/records/canonicalJson';
import type { Api } from '../../bridge/api';
import type { FormRepos } from '../../store/formRepos';
import { forgetIfAmong } from '../records/openRecordMemory';
import type { RecordCatalog } from '../records/recordCatalog';

// Removing delivered records from the monitor's laptop (docs/bundle-format.md, "Record stubs").
// A record may go only when what the laptop holds is exactly what a receipt confirmed: its newest
// sealed revision is the one delivered, and its working copy has no edit since that seal. Anything
// else stays, to be finalised and sent again. Main keeps each stub first; only then are the rows
// removed, so a crash in between leaves the record with its stub, never neither.

/** Delivered records this laptop still holds unchanged since they were delivered. */
export async function removableRecords(api: Api, repos: FormRepos): Promise<StubRequest[]> {
  const delivered = await api.call('bundles.deliveredRecords', undefined);
  const removable = new Map<string, StubRequest>();
  for (const entry of delivered) {
    const chain = await repos.revisions.get(entry.recordId);
    const head = chain?.state === 'ok' ? chain.record.revisions.at(-1) : undefined;
    if (head === undefined || head.header.seq !== entry.head.seq || head.header.contentHash !== entry.head.contentHash) {
      continue; // sealed again since, or not held here any more
    }
    const working = await repos.events.get(entry.recordId);
    const unchanged = working?.state === 'ok' && canonicalJson([working.record.values, working.record.retired]) === canonicalJson([head.content.values, head.content.retired]);
    if (unchanged) {
      removable.set(entry.recordId, { id: entry.recordId, type: head.content.type, localRef: head.content.localRef, head: entry.head });
    }
  }
  return [...removable.values()];
}

/** Keeps a stub of each record in main, then removes its contents and history here. Returns how many went. */
export async function removeDeliveredRecords(api: Api, repos: FormRepos, catalog: RecordCatalog, records: readonly StubRequest[]): Promise<number> {
  if (records.length === 0) {
    return 0;
  }
  const { stubbed } = await api.call('bundles.stubRecords', { records: [...records] });
  for (const id of stubbed) {
    await repos.events.remove(id);
    await repos.revisions.remove(id);
    catalog.remove(id);
  }
  forgetIfAmong(stubbed);
  await catalog.flush();
  return stubbed.length;
}
