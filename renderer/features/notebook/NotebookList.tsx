import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotebookListing } from '../../store/notebookRepo';
import { NotebookListItem } from './NotebookListItem';
import { useTimeFormat } from '../../ui/useTimeFormat';

type Props = NotebookListing & { readonly onShowMore?: () => void };

export function NotebookList({ items, total, hasMore, onShowMore }: Props) {
  const { t } = useTranslation();
  const formatTime = useTimeFormat();
  const countId = useId();
  const shown = items.length;

  return (
    <>
      <p id={countId} className="count">
        {t('notebook.count', { count: total })}
        {hasMore ? ` ${t('notebook.showing', { shown })}` : null}
      </p>
      {total === 0 ? <p className="empty">{t('notebook.empty')}</p> : null}
      <ul className="entries" aria-label={t('notebook.entries')} aria-describedby={countId}>
        {items.map((item) => (
          <NotebookListItem key={item.id} item={item} formatTime={formatTime} />
        ))}
      </ul>
      {hasMore && onShowMore ? (
        <div className="actions">
          <button type="button" onClick={onShowMore}>
            {t('notebook.showMore')}
          </button>
        </div>
      ) : null}
    </>
  );
}
