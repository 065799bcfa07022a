import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentDefinition, RECORD_TYPES, type RecordType } from '../../../shared/definitions/registry';
import type { EventIndexEntry } from '../../../shared/records/eventIndex';
import type { Locale } from '../../../shared/settings/settings';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';
import { useTimeFormat } from '../../ui/useTimeFormat';
import type { CatalogSnapshot } from './recordCatalog';

export const LIST_PAGE_SIZE = 200;

type RecordListProps = {
  readonly snapshot: CatalogSnapshot;
  /** The entries to show (all, or what search and filters kept), in the order to show them. */
  readonly entries: readonly EventIndexEntry[];
  readonly onOpen: (id: string) => void;
  readonly onCreate: (type: RecordType) => void;
  /** Search and filters, shown above the list. */
  readonly children?: ReactNode;
};

/** The records on this laptop and a way to start a new one of each type; damaged rows first. */
export function RecordList({ snapshot, entries, onOpen, onCreate, children }: RecordListProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const formatTime = useTimeFormat();
  const [shown, setShown] = useState(LIST_PAGE_SIZE);
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
      {children}
      <StatusMessage message={snapshot.phase === 'starting' ? t('records.loading') : null} />
      <ErrorAlert message={snapshot.phase === 'failed' ? t('errors.INTERNAL') : null} />
      {snapshot.phase !== 'starting' && entries.length === 0 && snapshot.problems.length === 0 ? <p>{t('records.empty')}</p> : null}
      {entries.length > 0 || snapshot.problems.length > 0 ? (
        <ul className="record-list" aria-label={t('records.list')}>
          {snapshot.problems.map((problem) => (
            <li key={problem.id} className="record-damaged">
              {t(problem.state === 'damaged' ? 'records.damaged' : 'records.unsupported')}
            </li>
          ))}
          {entries.slice(0, shown).map((entry) => (
            <li key={entry.id}>
              <button type="button" className="record-link" onClick={() => onOpen(entry.id)}>
                <span className="record-ref">{entry.localRef}</span> <span className="record-title">{entry.title || t('records.untitled')}</span>
              </button>
              <span className="record-meta">
                {currentDefinition(entry.type).label[locale]} · {t(`records.status.${entry.status}`)} · {formatTime(entry.updatedAt)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {entries.length > shown ? (
        <button type="button" onClick={() => setShown(shown + LIST_PAGE_SIZE)}>
          {t('records.showMore', { shown, total: entries.length })}
        </button>
      ) : null}
    </div>
  );
}
