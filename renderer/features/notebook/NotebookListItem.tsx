import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotebookItem } from '../../store/notebookRepo';

type NotebookListItemProps = {
  readonly item: NotebookItem;
  readonly formatTime: (iso: string) => string;
};

/** One entry; a damaged or unreadable one shows why, and nothing of its content. */
export const NotebookListItem = memo(function NotebookListItem({ item, formatTime }: NotebookListItemProps) {
  const { t } = useTranslation();
  if (item.state !== 'ok') {
    return <li className="entry entry-problem">{item.state === 'damaged' ? t('notebook.damaged') : t('notebook.unsupported')}</li>;
  }
  const { entry } = item;
  return (
    <li className="entry">
      <h3 className="entry-title">{entry.title}</h3>
      {entry.text === '' ? null : <p className="entry-text">{entry.text}</p>}
      <p className="entry-time">{t('notebook.createdAt', { time: formatTime(entry.createdAt) })}</p>
    </li>
  );
});
