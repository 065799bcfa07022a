import type { z } from 'zod';
import { AppError } from '../../shared/errors/appError';
import { ENROLMENT_FORMAT, Enrolment, INVITATION_FORMAT, Invitation } from '../../shared/organisation/organisation';
import { canonicalJson } from '../../shared/records/canonicalJson';
import { BundleReceipt, RECEIPT_FORMAT } from '../../shared/bundles/bundleReceipt';
import { signSsh, verifySsh } from '../bundles/sshSignature';
import type { SigningKey } from '../revisions/revisionChain';
import type { Sodium } from '../vault/sodium';

// One format for every small signed file that travels between vaults (docs/organisation.md,
// "The signed file"): invitations, enrolments and bundle receipts.
//
//   file      = canonical({ "payload": payload, "signature": armored SSHSIG })
//   signature = SSHSIG (main/bundles/sshSignature.ts) over canonical(payload), UTF-8, in the kind's namespace
//
// OpenSSH's framing, so anyone can check a file with `ssh-keygen -Y verify`; a namespace per kind,
// so an enrolment's signature can never pass for an invitation's (nor for a bundle's, or git's).
// A file has exactly one valid spelling (canonical JSON, canonical armor): what was checked is
// byte for byte what was received.

export const SIGNED_FILE_MAX_BYTES = 64 * 1024;

export type SignedPayloads = { invitation: Invitation; enrolment: Enrolment; receipt: BundleReceipt };
export type SignedFileKind = keyof SignedPayloads;

type Spec<K extends SignedFileKind> = {
  readonly namespace: string;
  readonly format: string;
  readonly schema: z.ZodType<SignedPayloads[K]>;
  /** Who may sign a file of this kind, given its (already validated) payload. */
  readonly signerAllowed: (payload: SignedPayloads[K], signer: string) => boolean;
  readonly signerRule: string;
};

const SPECS: { [K in SignedFileKind]: Spec<K> } = {
  invitation: {
    namespace: 'aigaq-invitation-v1@aigaq.org',
    format: INVITATION_FORMAT,
    schema: Invitation,
    signerAllowed: (payload, signer) => payload.coordinators.some((coordinator) => coordinator.signingKey === signer),
    signerRule: 'an invitation must be signed by one of the coordinators it lists',
  },
  enrolment: {
    namespace: 'aigaq-enrolment-v1@aigaq.org',
    format: ENROLMENT_FORMAT,
    schema: Enrolment,
    // Self-signed: the signature proves the sender holds the private key it enrols.
    signerAllowed: (payload, signer) => payload.signingKey === signer,
    signerRule: 'an enrolment must be signed by the key it enrols',
  },
  receipt: {
    namespace: 'aigaq-receipt-v1@aigaq.org',
    format: RECEIPT_FORMAT,
    schema: BundleReceipt,
    // Whether that coordinator belongs to the monitor's organisation is the monitor's check.
    signerAllowed: (payload, signer) => payload.coordinatorKey === signer,
    signerRule: 'a receipt must be signed by the coordinator it names',
  },
};

export const SIGNED_FILE_NAMESPACES: { readonly [K in SignedFileKind]: string } = { invitation: SPECS.invitation.namespace, enrolment: SPECS.enrolment.namespace, receipt: SPECS.receipt.namespace };

function spec<K extends SignedFileKind>(kind: K): Spec<K> {
  return SPECS[kind];
}

/** Keys are written in standard base64 with padding, as the bundle manifest and custody log write them. */
export function encodeKey(key: Uint8Array): string {
  return Buffer.from(key).toString('base64');
}

/** The bytes of a key already checked against Base64Key (canonical, 44 characters). */
export function decodeKey(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}

/** Where a payload first fails its schema ("coordinators.0.name"): field names, never values. */
export function issuePath(error: z.ZodError): string {
  return error.issues[0]?.path.map(String).join('.') || 'payload';
}

function refused(why: string): AppError {
  return new AppError('INTEGRITY', why);
}

/** Signs `payload` with the vault's Ed25519 key. Refuses a payload its own reader would refuse. */
export function writeSignedFile<K extends SignedFileKind>(sodium: Sodium, signingKeys: SigningKey, kind: K, payload: SignedPayloads[K]): Uint8Array {
  const { schema, namespace, signerAllowed, signerRule } = spec(kind);
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new AppError('INVALID_REQUEST', `not a valid ${kind}: ${issuePath(parsed.error)} does not match the format`);
  }
  if (!signerAllowed(parsed.data, encodeKey(signingKeys.publicKey))) {
    throw new AppError('INVALID_REQUEST', signerRule);
  }
  const payloadBytes = new TextEncoder().encode(canonicalJson(parsed.data));
  const signature = signSsh(sodium, signingKeys, namespace, payloadBytes);
  const file = new TextEncoder().encode(canonicalJson({ payload: parsed.data, signature }));
  if (file.length > SIGNED_FILE_MAX_BYTES) {
    throw new AppError('INVALID_REQUEST', `a signed ${kind} file is at most ${SIGNED_FILE_MAX_BYTES} bytes`);
  }
  return file;
}

function decodeJson(bytes: Uint8Array): unknown {
  if (bytes.length > SIGNED_FILE_MAX_BYTES) {
    throw refused(`file too large: a signed file is at most ${SIGNED_FILE_MAX_BYTES} bytes`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw refused('not a signed file: not UTF-8 text');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw refused('not a signed file: not JSON');
  }
}

type Envelope = { readonly payload: Record<string, unknown>; readonly signature: string };

function envelope(value: unknown): Envelope {
  const isObject = (candidate: unknown): candidate is Record<string, unknown> => typeof candidate === 'object' && candidate !== null && !Array.isArray(candidate);
  if (!isObject(value) || Object.keys(value).length !== 2 || !isObject(value.payload) || typeof value.signature !== 'string') {
    throw refused('not a signed file: expected exactly a payload and a signature');
  }
  return { payload: value.payload, signature: value.signature };
}

function checkKind(kind: SignedFileKind, payload: Record<string, unknown>): void {
  const other = (Object.keys(SPECS) as SignedFileKind[]).find((candidate) => candidate !== kind && SPECS[candidate].format === payload.format);
  if (other !== undefined) {
    throw refused(`wrong kind of file: expected ${kind}, found ${other}`);
  }
}

const ARMOR_BEGIN = '-----BEGIN SSH SIGNATURE-----';
const ARMOR_END = '-----END SSH SIGNATURE-----';

/**
 * The armor exactly as signSsh writes it: lines of 70 base64 characters, canonical base64 (unused
 * bits zero), one final newline. Anything else would be a second spelling of the same signature.
 */
function checkArmor(signature: string): void {
  const body = signature.split('\n').slice(1, -2).join('');
  const rebuilt = [ARMOR_BEGIN, ...(body.match(/.{1,70}/g) ?? []), ARMOR_END, ''].join('\n');
  const canonical = /^[A-Za-z0-9+/]+={0,2}$/.test(body) && Buffer.from(body, 'base64').toString('base64') === body;
  if (signature !== rebuilt || !canonical) {
    throw refused('signature refused: not in the one armored form this format allows');
  }
}

/**
 * Reads a signed file of the given kind. Checks, in order: size, UTF-8, JSON, shape, kind, payload
 * schema, canonical form, signature, and who signed. Every failure is AppError('INTEGRITY').
 */
export function readSignedFile<K extends SignedFileKind>(sodium: Sodium, kind: K, bytes: Uint8Array): { payload: SignedPayloads[K]; signer: Uint8Array } {
  const { schema, namespace, signerAllowed, signerRule } = spec(kind);
  const file = envelope(decodeJson(bytes));
  checkKind(kind, file.payload);
  const parsed = schema.safeParse(file.payload);
  if (!parsed.success) {
    throw refused(`not a valid ${kind}: ${issuePath(parsed.error)} does not match the format`);
  }
  // Only validated (bounded, shallow) data is re-serialised; the signature covers these exact bytes.
  const payloadText = canonicalJson(parsed.data);
  if (!Buffer.from(bytes).equals(Buffer.from(canonicalJson({ payload: parsed.data, signature: file.signature }), 'utf8'))) {
    throw refused('not a signed file in canonical form (RFC 8785): it was edited or rewritten');
  }
  checkArmor(file.signature);
  const signer = verifySsh(sodium, file.signature, namespace, new TextEncoder().encode(payloadText));
  if (!signerAllowed(parsed.data, encodeKey(signer))) {
    throw refused(`signature refused: ${signerRule}`);
  }
  return { payload: parsed.data, signer };
}
