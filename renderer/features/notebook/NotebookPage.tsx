import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';
import { NotebookForm } from './NotebookForm';
import { NotebookList } from './NotebookList';
import { useNotebook } from './useNotebook';

export function NotebookPage() {
  const { t } = useTranslation();
  const { repo, view, showMore } = useNotebook();
  return (
    <div className="page">
      <h1>{t('notebook.heading')}</h1>
      <NotebookForm repo={repo} />
      <section className="entries-section" aria-busy={view.kind === 'loading'}>
        <h2>{t('notebook.entries')}</h2>
        <StatusMessage message={view.kind === 'loading' ? t('notebook.loading') : null} />
        <ErrorAlert message={view.kind === 'failed' ? t(`errors.${view.code}`) : null} />
        {view.kind === 'ready' ? <NotebookList items={view.items} total={view.total} hasMore={view.hasMore} onShowMore={showMore} /> : null}
      </section>
    </div>
  );
}
