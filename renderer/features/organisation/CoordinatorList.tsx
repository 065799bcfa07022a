import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoordinatorKeys } from '../../../shared/organisation/organisation';

/** Monitor side: the people this vault's bundles are encrypted to, by the names in the invitation. */
export function CoordinatorList({ coordinators }: { readonly coordinators: readonly CoordinatorKeys[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('organisation.coordinators.heading')}</h2>
      <p>{t('organisation.coordinators.explain')}</p>
      <ul className="organisation-names">
        {coordinators.map((coordinator) => (
          <li key={coordinator.signingKey}>{coordinator.name}</li>
        ))}
      </ul>
    </section>
  );
}
