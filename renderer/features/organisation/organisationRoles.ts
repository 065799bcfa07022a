import type { VaultRole } from '../../../shared/organisation/organisation';

// A 'both' vault is a coordinator who also documents cases: it gets both sets of tools.

export function actsAsCoordinator(role: VaultRole): boolean {
  return role === 'coordinator' || role === 'both';
}

export function actsAsMonitor(role: VaultRole): boolean {
  return role === 'monitor' || role === 'both';
}

/** What organisation.create takes for the "I also document cases myself" checkbox. */
export function roleForNewOrganisation(alsoDocuments: boolean): 'coordinator' | 'both' {
  return alsoDocuments ? 'both' : 'coordinator';
}
