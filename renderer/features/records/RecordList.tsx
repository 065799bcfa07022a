import { useTranslation } from 'react-i18next';
import { currentDefinition, RECORD_TYPES, type RecordType } from '../../../shared/definitions/registry';
import type { EventRecord } from '../../../shared/records/formRecord';
import type { Locale } from '../../../shared/settings/settings';
import type { OpenedRow } from '../../store/formRecordRepo';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';
import { useTimeFormat } from '../../ui/useTimeFormat';
import type { Listing } from './useOpenRecords';

type RecordListProps = {
  readonly listing: Listing<EventRecord>;
  readonly onOpen: (id: string) => void;
  readonly onCreate: (type: RecordType) => void;
};

function titleOf(record: EventRecord): string {
  const title = record.values['title'];
  return typeof title === 'string' ? title : '';
}

/** Damaged or unreadable rows first, so they are noticed; then the most recently changed. */
function newestFirst(rows: readonly OpenedRow<EventRecord>[]): OpenedRow<EventRecord>[] {
  const time = (row: OpenedRow<EventRecord>) => (row.state === 'ok' ? row.record.updatedAt : '\uffff');
  return [...rows].sort((a, b) => time(b).localeCompare(time(a)));
}

/** The records on this laptop, newest first, and a way to start a new one of each type. */
export function RecordList({ listing, onOpen, onCreate }: RecordListProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const formatTime = useTimeFormat();
  return (
    <div className="page">
      <h1>{t('records.heading')}</h1>
      <div className="record-actions" role="group" aria-label={t('records.newRecord')}>
        {RECORD_TYPES.map((type) => (
          <button key={type} type="button" onClick={() => onCreate(type)}>
            {t('records.new', { type: currentDefinition(type).label[locale] })}
          </button>
        ))}
      </div>
      <StatusMessage message={listing.kind === 'loading' ? t('records.loading') : null} />
      <ErrorAlert message={listing.kind === 'failed' ? t('errors.INTERNAL') : null} />
      {listing.kind === 'ready' && listing.rows.length === 0 ? <p>{t('records.empty')}</p> : null}
      {listing.kind === 'ready' && listing.rows.length > 0 ? (
        <ul className="record-list" aria-label={t('records.list')}>
          {newestFirst(listing.rows).map((row) =>
            row.state === 'ok' ? (
              <li key={row.id}>
                <button type="button" className="record-link" onClick={() => onOpen(row.id)}>
                  <span className="record-ref">{row.record.localRef}</span> <span className="record-title">{titleOf(row.record) || t('records.untitled')}</span>
                </button>
                <span className="record-meta">
                  {currentDefinition(row.record.type).label[locale]} · {t(`records.status.${row.record.status}`)} · {formatTime(row.record.updatedAt)}
                </span>
              </li>
            ) : (
              <li key={row.id} className="record-damaged">
                {t(row.state === 'damaged' ? 'records.damaged' : 'records.unsupported')}
              </li>
            ),
          )}
        </ul>
      ) : null}
    </div>
  );
}
