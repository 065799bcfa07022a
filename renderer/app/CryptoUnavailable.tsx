import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';

/** The crypto self-test failed in main: nothing can be created or opened, and nothing is offered. */
export function CryptoUnavailable() {
  const { t } = useTranslation();
  return (
    <main className="screen narrow">
      <h1>{t('crypto.title')}</h1>
      <ErrorAlert message={t('errors.SELF_TEST_FAILED')} />
      <p>{t('crypto.advice')}</p>
    </main>
  );
}
