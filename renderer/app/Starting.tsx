import { useTranslation } from 'react-i18next';

export function Starting() {
  const { t } = useTranslation();
  return (
    <main className="screen narrow" aria-busy="true">
      <p role="status" className="status">
        {t('app.starting')}
      </p>
    </main>
  );
}
