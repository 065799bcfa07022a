import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/organisation/organisationView';
import { FingerprintDisplay } from './FingerprintDisplay';
import { actsAsCoordinator } from './organisationRoles';

/**
 * The organisation this vault belongs to, its role, and its own fingerprint: a coordinator's is
 * what monitors compare when they open the invitation, a monitor's what the coordinator compares
 * when they open the enrolment.
 */
export function OrganisationOverview({ view }: { readonly view: OrganisationView }) {
  const { t } = useTranslation();
  const headingId = useId();
  const coordinator = actsAsCoordinator(view.role);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{view.organisationName}</h2>
      <dl className="organisation-facts">
        <dt>{t('organisation.overview.role')}</dt>
        <dd>{t(`organisation.roles.${view.role}`)}</dd>
      </dl>
      <FingerprintDisplay fingerprint={view.ownFingerprint} instruction={coordinator ? t('organisation.overview.coordinatorCompare') : t('organisation.overview.monitorCompare')} />
    </section>
  );
}
