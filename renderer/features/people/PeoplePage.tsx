import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRecord } from '../../../shared/records/formRecord';
import { useFormRepos } from '../../store/formRepos';
import { newRecordId } from '../../store/recordId';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';
import { newPersonRecord } from '../records/recordLifecycle';
import { useOpenRecords } from '../records/useOpenRecords';
import { PersonEditor } from './PersonEditor';
import { PersonTimeline } from './PersonTimeline';
import { personLabel } from './personLabel';

/** The person register: everyone linked to records, by pseudonym; names stay behind "Show identity". */
export function PeoplePage() {
  const { t } = useTranslation();
  const repos = useFormRepos();
  const { listing, reload } = useOpenRecords(repos.persons);
  const [openId, setOpenId] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  const create = async () => {
    const id = newRecordId();
    try {
      await repos.persons.save(id, newPersonRecord(new Date()));
      setOpenId(id);
    } catch {
      setFailed(true);
    }
  };

  if (openId !== null) {
    return (
      <div className="page">
        <button
          type="button"
          className="back-button"
          onClick={() => {
            setOpenId(null);
            reload();
          }}
        >
          {t('people.back')}
        </button>
        <h1>{t('people.personHeading')}</h1>
        <PersonEditor key={openId} personId={openId} />
        <PersonTimeline personId={openId} />
      </div>
    );
  }
  return (
    <div className="page">
      <h1>{t('people.heading')}</h1>
      <button type="button" onClick={() => void create()}>
        {t('people.newPerson')}
      </button>
      <ErrorAlert message={failed || listing.kind === 'failed' ? t('errors.INTERNAL') : null} />
      <StatusMessage message={listing.kind === 'loading' ? t('people.opening') : null} />
      {listing.kind === 'ready' && listing.rows.length === 0 ? <p>{t('people.empty')}</p> : null}
      {listing.kind === 'ready' && listing.rows.length > 0 ? (
        <ul className="record-list" aria-label={t('people.list')}>
          {listing.rows.map((row) => (
            <li key={row.id}>
              {row.state === 'ok' ? (
                <button type="button" className="record-link" onClick={() => setOpenId(row.id)}>
                  {personLabel(row.record as PersonRecord)}
                </button>
              ) : (
                t('people.damaged')
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
