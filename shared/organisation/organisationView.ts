import { z } from 'zod';
import { Base64Key, CoordinatorKeys, DropPoint, MonitorEntry, OrganisationId, VaultRole } from './organisation';

// What the renderer is shown of the organisation: the profile without its history, plus the
// fingerprint this vault's people read aloud to compare with the other side.
export const OrganisationView = z.object({
  role: VaultRole,
  organisationId: OrganisationId,
  organisationName: z.string(),
  coordinators: z.array(CoordinatorKeys),
  dropPoints: z.array(DropPoint),
  monitors: z.array(MonitorEntry),
  /** Coordinator side: the invitation's fingerprint. Monitor side: this vault's enrolment fingerprint. */
  ownFingerprint: z.string(),
  ownSigningKey: Base64Key,
});
export type OrganisationView = z.infer<typeof OrganisationView>;
