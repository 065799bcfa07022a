import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotebookItem } from '../../store/notebookRepo';
import { NotebookListItem } from './NotebookListItem';
import { useTimeFormat } from './useTimeFormat';

/** How many entries are rendered at first, and added by each "Show more". */
export const PAGE_SIZE = 200;

export function NotebookList({ items }: { readonly items: readonly NotebookItem[] }) {
  const { t } = useTranslation();
  const formatTime = useTimeFormat();
  const countId = useId();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const shown = Math.min(limit, items.length);

  return (
    <>
      <p id={countId} className="count">
        {t('notebook.count', { count: items.length })}
        {shown < items.length ? ` ${t('notebook.showing', { shown })}` : null}
      </p>
      {items.length === 0 ? <p className="empty">{t('notebook.empty')}</p> : null}
      <ul className="entries" aria-label={t('notebook.entries')} aria-describedby={countId}>
        {items.slice(0, shown).map((item) => (
          <NotebookListItem key={item.id} item={item} formatTime={formatTime} />
        ))}
      </ul>
      {shown < items.length ? (
        <div className="actions">
          <button type="button" onClick={() => setLimit(limit + PAGE_SIZE)}>
            {t('notebook.showMore')}
          </button>
        </div>
      ) : null}
    </>
  );
}
