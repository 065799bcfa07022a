import type { OrganisationView } from '../../../shared/organisation/organisationView';
import { CoordinatorList } from './CoordinatorList';
import { MonitorsSection } from './MonitorsSection';
import { OrganisationOverview } from './OrganisationOverview';
import { actsAsCoordinator, actsAsMonitor } from './organisationRoles';
import { SaveEnrolment } from './SaveEnrolment';
import { SaveInvitation } from './SaveInvitation';
import type { Organisation } from './useOrganisation';

type OrganisationSectionsProps = {
  readonly view: OrganisationView;
  readonly organisation: Pick<Organisation, 'show' | 'reload'>;
};

/** Everything shown once the vault has a role; each role sees only the tools it may use. */
export function OrganisationSections({ view, organisation }: OrganisationSectionsProps) {
  return (
    <>
      <OrganisationOverview view={view} />
      {actsAsCoordinator(view.role) ? <SaveInvitation /> : null}
      {actsAsCoordinator(view.role) ? <MonitorsSection view={view} show={organisation.show} reload={organisation.reload} /> : null}
      {actsAsMonitor(view.role) ? <SaveEnrolment /> : null}
      {actsAsMonitor(view.role) ? <CoordinatorList coordinators={view.coordinators} /> : null}
    </>
  );
}
