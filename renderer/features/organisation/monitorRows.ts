import type { MonitorEntry, MonitorStatus, VaultRole } from '../../../shared/organisation/organisation';
import { actsAsCoordinator } from './organisationRoles';

export type MonitorAction = 'approve' | 'revoke';

/**
 * What a row of the monitors table offers. Only a coordinator vault acts on monitors. A pending
 * monitor can also be revoked: an enrolment whose fingerprint did not match should be refused for
 * good rather than left one click away from approval. A revoked monitor stays revoked (main refuses
 * to change it), so it offers nothing.
 */
export function monitorActions(status: MonitorStatus, role: VaultRole): MonitorAction[] {
  if (!actsAsCoordinator(role)) {
    return [];
  }
  switch (status) {
    case 'pending':
      return ['approve', 'revoke'];
    case 'approved':
      return ['revoke'];
    case 'revoked':
      return [];
  }
}

/** The first 8 characters of a signing key: enough to tell two rows apart, not to verify anyone. */
export function shortKey(signingKey: string): string {
  return signingKey.slice(0, 8);
}

export type EnrolmentMatch =
  | { readonly kind: 'pending'; readonly monitor: MonitorEntry }
  | { readonly kind: 'approved'; readonly monitor: MonitorEntry }
  | { readonly kind: 'missing' };

/**
 * Which monitor an enrolment file just opened was about: main answers with the enrolled key, so
 * the row is found by key in the list read again after the import (names can repeat; keys cannot).
 * A file resent by an approved monitor leaves it approved (main keeps the status).
 */
export function matchEnrolment(signingKey: string, after: readonly MonitorEntry[]): EnrolmentMatch {
  const monitor = after.find((entry) => entry.signingKey === signingKey);
  if (monitor === undefined || monitor.status === 'revoked') {
    return { kind: 'missing' };
  }
  return monitor.status === 'pending' ? { kind: 'pending', monitor } : { kind: 'approved', monitor };
}
