import { useMemo } from 'react';
import type { EventRecord, IdentityRecord, PersonRecord } from '../../shared/records/formRecord';
import { RevisionChainRow } from '../../shared/revisions/revisionChainRow';
import { useApi } from '../bridge/BridgeContext';
import { parseEventRecord, parseIdentityRecord, parsePersonRecord } from '../features/records/recordLifecycle';
import { createFormRecordRepo, type FormRecordRepo } from './formRecordRepo';
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

/** The three form tables, one repo each, for the life of the page. */
export function useFormRepos(): FormRepos {
  const api = useApi();
  const db = useDb();
  return useMemo(
    () => ({
      events: createFormRecordRepo(api, db, 'events', parseEventRecord),
      persons: createFormRecordRepo(api, db, 'persons', parsePersonRecord),
      identities: createFormRecordRepo(api, db, 'identities', parseIdentityRecord),
      revisions: createFormRecordRepo(api, db, 'revisions', parseChainRow),
    }),
    [api, db],
  );
}
