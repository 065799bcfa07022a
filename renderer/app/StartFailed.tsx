import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../shared/errors/appError';
import { ErrorAlert } from '../ui/ErrorAlert';

export function StartFailed({ code, onRetry }: { readonly code: ErrorCode; readonly onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="screen narrow">
      <h1>{t('app.name')}</h1>
      <ErrorAlert message={t(`errors.${code}`)} />
      <div className="actions">
        <button type="button" className="primary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      </div>
    </main>
  );
}
