import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordType } from '../../../shared/definitions/registry';
import type { Locale } from '../../../shared/settings/settings';
import { useFormRepos } from '../../store/formRepos';
import { newRecordId } from '../../store/recordId';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { newEventRecord } from './recordLifecycle';
import { RecordEditor } from './RecordEditor';
import { RecordList } from './RecordList';
import type { EventIndexEntry } from '../../../shared/records/eventIndex';
import { StatusMessage } from '../../ui/StatusMessage';
import { personLabel } from '../people/personLabel';
import type { CatalogSnapshot } from './recordCatalog';
import { useRecordCatalog } from './RecordCatalogContext';
import { isSearching, NO_SEARCH, RecordFilters, type SearchRequest } from './RecordFilters';
import { useOpenRecords } from './useOpenRecords';
import { remember, rememberedRecord } from './openRecordMemory';

/** The entries to list: all of them, or what the search and filters keep; null while search is being prepared. */
function foundEntries(snapshot: CatalogSnapshot, request: SearchRequest): readonly EventIndexEntry[] | null {
  if (!isSearching(request)) {
    return snapshot.entries;
  }
  if (snapshot.search === null) {
    return null;
  }
  const byId = new Map(snapshot.entries.map((entry) => [entry.id, entry] as const));
  return snapshot.search.search(request.query, request.filters, request.sort).flatMap((hit) => byId.get(hit.id) ?? []);
}

/** The records on this laptop, or the one being edited. */
export function RecordsPage() {
  const { t, i18n } = useTranslation();
  const repos = useFormRepos();
  const { catalog, snapshot } = useRecordCatalog();
  const [request, setRequest] = useState<SearchRequest>(NO_SEARCH);
  const { listing: people } = useOpenRecords(repos.persons);
  const peopleOptions = useMemo(() => (people.kind === 'ready' ? people.rows.flatMap((row) => (row.state === 'ok' ? [{ value: row.id, label: personLabel(row.record) }] : [])) : []), [people]);
  const found = useMemo(() => foundEntries(snapshot, request), [snapshot, request]);
  const [openId, setOpenId] = useState<string | null>(rememberedRecord);
  const [failed, setFailed] = useState(false);

  const open = (id: string | null) => {
    remember(id);
    setOpenId(id);
  };

  const create = async (type: RecordType) => {
    const id = newRecordId();
    try {
      const record = newEventRecord(type, i18n.language as Locale, new Date());
      await repos.events.save(id, record);
      catalog.upsert(id, record);
      open(id);
    } catch {
      setFailed(true);
    }
  };

  if (openId !== null) {
    return (
      <RecordEditor
        key={openId}
        id={openId}
        onSaved={(record) => catalog.upsert(openId, record)}
        onClose={() => {
          void catalog.flush();
          open(null);
        }}
      />
    );
  }
  return (
    <>
      <ErrorAlert message={failed ? t('errors.INTERNAL') : null} />
      <RecordList snapshot={snapshot} entries={found ?? []} onOpen={open} onCreate={(type) => void create(type)}>
        <RecordFilters request={request} onChange={setRequest} people={peopleOptions} />
        <StatusMessage message={found === null ? t('records.search.preparing') : isSearching(request) ? t('records.search.results', { count: found.length }) : null} />
      </RecordList>
    </>
  );
}
