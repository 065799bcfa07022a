import { z } from 'zod';

// An organisation: the coordinators who receive monitors' bundles, the monitors they accept, and the
// files that carry keys between them (docs/organisation.md; security brief §4.5–4.6). Shapes only:
// main signs, verifies and stores (main/organisation/); the renderer shows them.

export const INVITATION_FORMAT = 'aigaq-invitation';
export const ENROLMENT_FORMAT = 'aigaq-enrolment';
export const ORGANISATION_FILE_VERSION = 1;
export const MAX_COORDINATORS = 10;
export const MAX_DROP_POINTS = 10;
export const MAX_MONITORS = 1000;
export const MAX_HISTORY = 10_000;

/**
 * A 32-byte key in standard base64 with padding (44 characters), in its one canonical spelling: the
 * last character before "=" carries 2 unused bits that must be zero. Otherwise four strings would
 * name the same key, and a revoked monitor could come back under a respelling of its key.
 */
export const Base64Key = z.string().regex(/^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/, 'a 32-byte key in canonical standard base64');

/** 16 random bytes in base64url without padding (22 characters, the last with 4 zero bits). */
export const OrganisationId = z.string().regex(/^[A-Za-z0-9_-]{21}[AQgw]$/, 'an organisation id');

// Names and addresses are shown to people who decide whom to trust: no control characters (they
// could hide text or break a line in a list), no lone surrogates (not text at all) and no
// bidirectional overrides (they make a name read backwards).
const PLAIN_TEXT = /^[^\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]*$/u;
const shownText = (max: number) => z.string().min(1).max(max).regex(PLAIN_TEXT, 'no control or bidirectional-override characters');

const Timestamp = z.iso.datetime();

export const VaultRole = z.enum(['monitor', 'coordinator', 'both']);
export type VaultRole = z.infer<typeof VaultRole>;

/** One coordinator as monitors know it: the key bundles are encrypted to, and the key that signs. */
export const CoordinatorKeys = z.strictObject({
  name: shownText(100),
  /** X25519 public key: every bundle gets one age recipient stanza for it. */
  bundleRecipient: Base64Key,
  /** Ed25519 public key: signs invitations and (later) receipts. */
  signingKey: Base64Key,
});
export type CoordinatorKeys = z.infer<typeof CoordinatorKeys>;

/** Where monitors leave bundles: a folder (USB stick, shared drive) or a sync address. */
export const DropPoint = z.strictObject({
  kind: z.enum(['folder', 'sync']),
  label: shownText(100),
  address: shownText(500),
});
export type DropPoint = z.infer<typeof DropPoint>;

function uniqueKeys(coordinators: readonly CoordinatorKeys[]): boolean {
  return new Set(coordinators.map((c) => c.signingKey)).size === coordinators.length;
}

/** What a coordinator hands a monitor: whom to send bundles to and whose signatures to trust. */
export const Invitation = z
  .strictObject({
    format: z.literal(INVITATION_FORMAT),
    version: z.literal(ORGANISATION_FILE_VERSION),
    organisationId: OrganisationId,
    organisationName: shownText(200),
    coordinators: z.array(CoordinatorKeys).min(1).max(MAX_COORDINATORS).refine(uniqueKeys, 'each coordinator signing key once'),
    dropPoints: z.array(DropPoint).max(MAX_DROP_POINTS),
    /** The coordinator's clock (device-claimed). A later invitation replaces an earlier one. */
    issuedAt: Timestamp,
    expiresAt: Timestamp.nullable(),
  })
  .refine((invitation) => invitation.expiresAt === null || Date.parse(invitation.expiresAt) > Date.parse(invitation.issuedAt), 'an invitation expires after it is issued');
export type Invitation = z.infer<typeof Invitation>;

/** The monitor's answer: who it is (a name or a pseudonym) and its keys. Self-signed. */
export const Enrolment = z.strictObject({
  format: z.literal(ENROLMENT_FORMAT),
  version: z.literal(ORGANISATION_FILE_VERSION),
  organisationId: OrganisationId,
  monitorName: shownText(100),
  /** Ed25519: signs the monitor's revisions, custody logs and bundles. */
  signingKey: Base64Key,
  /** The monitor's own X25519 bundle key: bundles are also encrypted to it, so it can resend them. */
  bundleRecipient: Base64Key,
  issuedAt: Timestamp,
});
export type Enrolment = z.infer<typeof Enrolment>;

/** Coordinator-side history, append-only. `by` is the signing key of the coordinator who acted. */
export const MembershipEvent = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('approved'), monitorKey: Base64Key, monitorName: shownText(100), at: Timestamp, by: Base64Key }),
  z.strictObject({ kind: z.literal('revoked'), monitorKey: Base64Key, at: Timestamp, by: Base64Key, reason: z.string().max(500).regex(PLAIN_TEXT) }),
  z.strictObject({ kind: z.literal('coordinatorAdded'), coordinator: CoordinatorKeys, at: Timestamp, by: Base64Key }),
  z.strictObject({ kind: z.literal('coordinatorRotated'), oldSigningKey: Base64Key, coordinator: CoordinatorKeys, at: Timestamp, by: Base64Key }),
]);
export type MembershipEvent = z.infer<typeof MembershipEvent>;

export const MonitorStatus = z.enum(['pending', 'approved', 'revoked']);
export type MonitorStatus = z.infer<typeof MonitorStatus>;

export const MonitorEntry = z.strictObject({
  name: shownText(100),
  signingKey: Base64Key,
  bundleRecipient: Base64Key,
  status: MonitorStatus,
});
export type MonitorEntry = z.infer<typeof MonitorEntry>;

/** What a vault stores (sealed) about its organisation. */
export const OrganisationProfile = z.strictObject({
  role: VaultRole,
  organisationId: OrganisationId,
  organisationName: shownText(200),
  coordinators: z.array(CoordinatorKeys).min(1).max(MAX_COORDINATORS).refine(uniqueKeys, 'each coordinator signing key once'),
  dropPoints: z.array(DropPoint).max(MAX_DROP_POINTS),
  /** Coordinator side: every enrolment received, whatever became of it. */
  monitors: z.array(MonitorEntry).max(MAX_MONITORS),
  history: z.array(MembershipEvent).max(MAX_HISTORY),
  /** Monitor side: the invitation this vault last accepted (null for the vault that created it). */
  joinedVia: Invitation.nullable(),
});
export type OrganisationProfile = z.infer<typeof OrganisationProfile>;
