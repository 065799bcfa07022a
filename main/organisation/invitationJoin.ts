import { AppError } from '../../shared/errors/appError';
import type { Invitation, MembershipEvent, OrganisationProfile } from '../../shared/organisation/organisation';
import type { Sodium } from '../vault/sodium';
import { coordinatorsFingerprint } from './fingerprint';
import { decodeKey, encodeKey, readSignedFile } from './signedFile';

// Joining an organisation by its invitation file (docs/organisation.md): the checks a file must
// pass and the profile it gives. Kept apart from the service so a monitor can see the result —
// above all the fingerprint — before anything is saved (organisationService.previewInvitation).

// Any scalar works: clamping makes it a multiple of 8, which sends a low-order point to zero.
const PROBE_SCALAR = new Uint8Array(32).fill(1);

export function forbidden(message: string): AppError {
  return new AppError('FORBIDDEN', message);
}

/** A recipient no bundle may be encrypted to: a low-order point makes the age shared secret zero. */
export function checkRecipients(sodium: Sodium, recipients: readonly string[]): void {
  recipients.forEach((recipient) => {
    try {
      sodium.crypto_scalarmult(PROBE_SCALAR, decodeKey(recipient));
    } catch {
      throw new AppError('INTEGRITY', 'a bundle recipient key is unusable (a low-order point)');
    }
  });
}

function joinNew(invitation: Invitation): OrganisationProfile {
  const { organisationId, organisationName, coordinators, dropPoints } = invitation;
  return { role: 'monitor', organisationId, organisationName, coordinators, dropPoints, monitors: [], history: [], joinedVia: invitation };
}

/**
 * A later invitation of the same organisation replaces the coordinator list (it carries additions
 * and rotations), but only when signed by a coordinator this vault already trusts and newer than
 * the one it holds: anyone can copy an organisation id, and replaying an old invitation would
 * bring back a key that was rotated away.
 */
function updateFromInvitation(current: OrganisationProfile, invitation: Invitation, signer: string): OrganisationProfile {
  if (invitation.organisationId !== current.organisationId) {
    throw forbidden('this vault already belongs to another organisation');
  }
  if (!current.coordinators.some((c) => c.signingKey === signer)) {
    throw forbidden('an update of the organisation must be signed by a coordinator this vault already trusts');
  }
  const held = current.joinedVia;
  if (held !== null && Date.parse(invitation.issuedAt) <= Date.parse(held.issuedAt)) {
    throw forbidden('this invitation is not newer than the one this vault holds');
  }
  if (current.role === 'monitor') {
    const { organisationName, coordinators, dropPoints } = invitation;
    return { ...current, organisationName, coordinators, dropPoints, joinedVia: invitation };
  }
  // A vault that also coordinates keeps its own list (its history says who changed it); it only
  // learns coordinators it did not know, recorded as added by the invitation's signer.
  const added = invitation.coordinators.filter((c) => !current.coordinators.some((known) => known.signingKey === c.signingKey));
  const events = added.map((coordinator): MembershipEvent => ({ kind: 'coordinatorAdded', coordinator, at: invitation.issuedAt, by: signer }));
  return { ...current, coordinators: [...current.coordinators, ...added], history: [...current.history, ...events], joinedVia: invitation };
}

export type OpenedInvitation = { readonly invitation: Invitation; readonly signer: string; readonly fingerprint: string };

/** Signature, keys, expiry and role: everything about the file itself. */
export function openInvitation(sodium: Sodium, now: Date, current: OrganisationProfile | null, bytes: Uint8Array): OpenedInvitation {
  if (current?.role === 'coordinator') {
    throw forbidden('a coordinator vault cannot join an organisation by invitation');
  }
  const { payload: invitation, signer } = readSignedFile(sodium, 'invitation', bytes);
  checkRecipients(sodium, invitation.coordinators.map((c) => c.bundleRecipient));
  if (invitation.expiresAt !== null && Date.parse(invitation.expiresAt) <= now.getTime()) {
    throw forbidden(`this invitation expired at ${invitation.expiresAt}: ask the coordinator for a new one`);
  }
  return { invitation, signer: encodeKey(signer), fingerprint: coordinatorsFingerprint(invitation.coordinators) };
}

/** The profile this vault holds after joining by (or updating from) the invitation. */
export function joinedProfile(current: OrganisationProfile | null, opened: OpenedInvitation): OrganisationProfile {
  return current === null ? joinNew(opened.invitation) : updateFromInvitation(current, opened.invitation, opened.signer);
}
