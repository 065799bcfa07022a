import { useMemo } from 'react';
import type { EventRecord, IdentityRecord, PersonRecord } from '../../shared/records/formRecord';
import { RevisionChainRow } from '../../shared/revisions/revisionChainRow';
import { useApi } from '../bridge/BridgeContext';
import { parseEventRecord, parseIdentityRecord, parsePersonRecord } from '../features/records/recordLifecycle';
import { createFormRecordRepo, type FormRecordRepo } from './formRecordRepo';
import type { Api } from '../bridge/api';
import type { AigaqDb } from './db';
import { useDb } from './StoreContext';

export type FormRepos = {
  readonly events: FormRecordRepo<EventRecord>;
  readonly persons: FormRecordRepo<PersonRecord>;
  readonly identities: FormRecordRepo<IdentityRecord>;
  readonly revisions: FormRecordRepo<RevisionChainRow>;
};

const parseChainRow = (value: unknown): RevisionChainRow | undefined => {
  const parsed = RevisionChainRow.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

// One set per page (per api and database), shared by every component: a repo orders the writes of
// each row and lets a listing wait for them, which only works if everyone uses the same repo.
const reposByDb = new WeakMap<AigaqDb, FormRepos>();

function createFormRepos(api: Api, db: AigaqDb): FormRepos {
  return {
    events: createFormRecordRepo(api, db, 'events', parseEventRecord),
      persons: createFormRecordRepo(api, db, 'persons', parsePersonRecord),
      identities: createFormRecordRepo(api, db, 'identities', parseIdentityRecord),
      revisions: createFormRecordRepo(api, db, 'revisions', parseChainRow),
  };
}

/** The form tables, one repo each, for the life of the page. */
export function useFormRepos(): FormRepos {
  const api = useApi();
  const db = useDb();
  return useMemo(() => {
    const known = reposByDb.get(db);
    if (known !== undefined) {
      return known;
    }
    const repos = createFormRepos(api, db);
    reposByDb.set(db, repos);
    return repos;
  }, [api, db]);
}
