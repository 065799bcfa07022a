import { BUNDLED_RECORD_FORMAT, type BundledPerson, type BundledRecord } from '../../../shared/bundles/bundledRecord';
import { receivedEventRecord } from '../../../shared/bundles/receivedRecord';
import type { Revision } from '../../../shared/revisions/revision';
import { searchDocumentFor } from '../../../shared/search/searchDocument';
import type { Api } from '../../bridge/api';
import type { FormRepos } from '../../store/formRepos';
import { parseEventRecord } from '../records/recordLifecycle';

// What a monitor's laptop can send: every record sealed at least once (Finalise), as its chain of
// signed revisions. Only sealed revisions travel: edits made since the last Finalise stay on the
// laptop until the record is finalised again, so the coordinator never receives words the monitor
// did not sign. The people a record links go with it, their names (identities) only when chosen.

export type SealedRecord = { readonly id: string; readonly localRef: string; readonly title: string; readonly revisions: readonly Revision[] };

/** Every record with a sealed revision, newest seal first. */
export async function sealedRecords(repos: FormRepos): Promise<SealedRecord[]> {
  const rows = await repos.revisions.all();
  return rows
    .flatMap((row) => (row.state === 'ok' && row.record.revisions.length > 0 ? [{ id: row.id, revisions: row.record.revisions }] : []))
    .map(({ id, revisions }) => {
      const last = revisions[revisions.length - 1] as Revision;
      const title = last.content.values['title'];
      return { id, localRef: last.content.localRef, title: typeof title === 'string' ? title : '', revisions };
    })
    .sort((a, b) => (b.revisions.at(-1)?.header.sealedAt ?? '').localeCompare(a.revisions.at(-1)?.header.sealedAt ?? ''));
}

/** The people the newest sealed revision links (as victims, sources, in a narrative…). */
function linkedPersonIds(id: string, revisions: readonly Revision[]): readonly string[] {
  const record = parseEventRecord(receivedEventRecord({ format: BUNDLED_RECORD_FORMAT, revisions: [...revisions], persons: [] }));
  return record === undefined ? [] : searchDocumentFor(id, record, new Map()).facets.personIds;
}

async function bundledPerson(repos: FormRepos, id: string, includeIdentities: boolean): Promise<BundledPerson | null> {
  const person = await repos.persons.get(id);
  if (person?.state !== 'ok') {
    return null; // unknown or damaged: the record still travels, its link points nowhere on the other side
  }
  const identity = includeIdentities ? await repos.identities.get(id) : undefined;
  return { id, person: person.record, identity: identity?.state === 'ok' ? identity.record : null };
}

export async function bundledRecord(repos: FormRepos, record: SealedRecord, includeIdentities: boolean): Promise<BundledRecord> {
  const persons = await Promise.all(linkedPersonIds(record.id, record.revisions).map((id) => bundledPerson(repos, id, includeIdentities)));
  return { format: BUNDLED_RECORD_FORMAT, revisions: [...record.revisions], persons: persons.filter((person): person is BundledPerson => person !== null) };
}

/** The evidence files of these records still held on this laptop (purged ones have nothing to send). */
export async function evidenceOf(api: Api, recordIds: readonly string[]): Promise<string[]> {
  const lists = await Promise.all(recordIds.map((recordId) => api.call('evidence.list', { recordId })));
  return lists.flat().flatMap((item) => (item.fileState === 'present' ? [item.id] : []));
}
