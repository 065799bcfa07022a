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
  /** Several pending monitors carry this name and the file did not add a new key: no guessing. */
  | { readonly kind: 'ambiguous' }
  | { readonly kind: 'missing' };

/**
 * Which monitor an enrolment file just opened was about. Main answers with the name and the
 * fingerprint, not the key, so the key is found in the list read again after the import: the
 * pending monitor of that name, or, when several share it, the one whose key the list did not hold
 * before. A file resent by an approved monitor leaves it approved (main keeps the status).
 */
export function matchEnrolment(name: string, before: readonly MonitorEntry[], after: readonly MonitorEntry[]): EnrolmentMatch {
  const named = after.filter((monitor) => monitor.name === name);
  const pending = named.filter((monitor) => monitor.status === 'pending');
  const known = new Set(before.map((monitor) => monitor.signingKey));
  const fresh = pending.filter((monitor) => !known.has(monitor.signingKey));
  const single = pending.length === 1 ? pending[0] : fresh.length === 1 ? fresh[0] : undefined;
  if (single !== undefined) {
    return { kind: 'pending', monitor: single };
  }
  if (pending.length > 1) {
    return { kind: 'ambiguous' };
  }
  const approved = named.filter((monitor) => monitor.status === 'approved');
  return approved.length === 1 && approved[0] !== undefined ? { kind: 'approved', monitor: approved[0] } : { kind: 'missing' };
}
