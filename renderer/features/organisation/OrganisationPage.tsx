import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';
import { DeliveriesPanel } from '../delivery/DeliveriesPanel';
import { NoOrganisation } from './NoOrganisation';
import { OrganisationSections } from './OrganisationSections';
import { useOrganisation } from './useOrganisation';

/** Navigation › Organisation: join or run one, and (below) deliver bundles within it. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  const { state } = organisation;
  return (
    <div className="page">
      <h1>{t('organisation.heading')}</h1>
      <StatusMessage message={state.kind === 'loading' ? t('organisation.loading') : null} />
      <ErrorAlert message={state.kind === 'failed' ? t(`errors.${state.code}`) : null} />
      {state.kind !== 'ready' ? null : state.view === null ? <NoOrganisation onJoined={organisation.show} /> : <OrganisationSections view={state.view} organisation={organisation} />}
      {state.kind === 'ready' && state.view !== null ? <DeliveriesPanel role={state.view.role} /> : null}
    </div>
  );
}
