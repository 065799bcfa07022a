import type { MonitorEntry } from '../../../../shared/organisation/organisation';
import type { OrganisationView } from '../../../../shared/organisation/organisationView';

// Invented people and keys in the canonical spelling main writes (44 characters, last before "=" from
// the 16 that leave the unused bits zero).
export const key = (letter: string): string => `${letter.repeat(42)}A=`;

export const monitor = (overrides: Partial<MonitorEntry> = {}): MonitorEntry => ({ name: 'Aida', signingKey: key('M'), bundleRecipient: key('N'), status: 'pending', ...overrides });

export const FINGERPRINT = '96830 17227 16548 72317 94120 68696';

export const view = (overrides: Partial<OrganisationView> = {}): OrganisationView => ({
  role: 'coordinator',
  organisationId: 'InventedOrganisationAA',
  organisationName: 'Invented Monitoring Group',
  coordinators: [{ name: 'Coordinator A', signingKey: key('C'), bundleRecipient: key('D') }],
  dropPoints: [],
  monitors: [],
  ownFingerprint: FINGERPRINT,
  ownSigningKey: key('C'),
  ...overrides,
});
