import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Placeholder: sending and receiving bundles will live here; for now it only says so. */
export function DeliveriesPanel() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('organisation.deliveries.heading')}</h2>
      <p>{t('organisation.deliveries.placeholder')}</p>
    </section>
  );
}
