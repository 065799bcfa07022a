import type { SummaryEvidence, SummaryInput, SummaryRevision } from '../../../shared/summaries/incidentSummary';
import type { SummaryIdentity, SummaryPerson } from '../../../shared/summaries/summaryPeople';
import type { EventRecord } from '../../../shared/records/formRecord';
import type { Revision } from '../../../shared/revisions/revision';
import { searchDocumentFor } from '../../../shared/search/searchDocument';
import type { Api } from '../../bridge/api';
import type { FormRepos } from '../../store/formRepos';

// What the summary generator needs about one record, gathered in the renderer: the people it
// links (and their identities, which the generator prints only under consent), the evidence still
// described on this laptop, and the sealed revision when the record is final as sealed.

async function people(repos: FormRepos, ids: readonly string[]) {
  const persons = new Map<string, SummaryPerson>();
  const identities = new Map<string, SummaryIdentity>();
  for (const id of ids) {
    const [person, identity] = [await repos.persons.get(id), await repos.identities.get(id)];
    if (person?.state === 'ok') {
      persons.set(id, { pseudonym: person.record.pseudonym, values: person.record.values });
    }
    if (identity?.state === 'ok') {
      identities.set(id, { values: identity.record.values });
    }
  }
  return { persons, identities };
}

function sealedRevision(record: EventRecord, chain: readonly Revision[]): SummaryRevision | null {
  const last = chain[chain.length - 1];
  return record.status === 'final' && last !== undefined ? { seq: last.header.seq, hash: last.header.contentHash, sealedAt: last.header.sealedAt } : null;
}

export async function gatherSummaryInput(api: Api, repos: FormRepos, recordId: string, record: EventRecord, chain: readonly Revision[]): Promise<SummaryInput> {
  const linked = searchDocumentFor(recordId, record, new Map()).facets.personIds;
  const evidence: SummaryEvidence[] = (await api.call('evidence.list', { recordId })).filter((item) => item.purgedAt === null).map((item) => ({ name: item.name, mediaType: item.mediaType, size: item.size, sha256: item.sha256 }));
  return { record, ...(await people(repos, linked)), evidence, revision: sealedRevision(record, chain) };
}
