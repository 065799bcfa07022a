import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordType } from '../../../shared/definitions/registry';
import type { Locale } from '../../../shared/settings/settings';
import { useFormRepos } from '../../store/formRepos';
import { newRecordId } from '../../store/recordId';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { newEventRecord } from './recordLifecycle';
import { RecordEditor } from './RecordEditor';
import { RecordList } from './RecordList';
import { useRecordCatalog } from './RecordCatalogContext';

// Which record is open survives a reload of the page (not a lock: locking ends the session). The
// id is random and says nothing; sessionStorage is the page's own and holds nothing else.
const OPEN_RECORD_KEY = 'aigaq.openRecord';

function rememberedRecord(): string | null {
  return window.sessionStorage.getItem(OPEN_RECORD_KEY);
}

function remember(id: string | null): void {
  if (id === null) {
    window.sessionStorage.removeItem(OPEN_RECORD_KEY);
  } else {
    window.sessionStorage.setItem(OPEN_RECORD_KEY, id);
  }
}

/** The records on this laptop, or the one being edited. */
export function RecordsPage() {
  const { t, i18n } = useTranslation();
  const repos = useFormRepos();
  const { catalog, snapshot } = useRecordCatalog();
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
      <RecordList snapshot={snapshot} entries={snapshot.entries} onOpen={open} onCreate={(type) => void create(type)} />
    </>
  );
}
