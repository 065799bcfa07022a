import { z } from 'zod';
import type { CommandName, EventName } from './channels';
import { RecordId, RecordTable, SealedRow } from '../records/recordTables';
import { Revision, RevisionVerdict } from '../revisions/revision';
import { Locale, VaultSettings } from '../settings/settings';
import { MAX_PASSPHRASE_LENGTH } from '../vault/passphrasePolicy';
import { EvidenceId, IngestJob, IngestJobId, IngestProgress, MediaKind, VerifyProgress, VerifyReport } from '../evidence/evidenceItem';
import { EvidenceSummary } from '../evidence/evidenceSummary';
import { MAX_PDF_PREVIEW_BYTES } from '../evidence/evidenceItem';
import { CustodyEntry, CustodyVerdict } from '../evidence/custodyEvent';
import { Base64Key } from '../organisation/organisation';
import { OrganisationView } from '../organisation/organisationView';
import { BundleRefusalReason } from '../bundles/bundleRefusal';
import { BundleProgress } from '../bundles/bundleProgress';
import { DeliveredRecord, RecordStub, StubRequest } from '../bundles/recordStub';
import { SummaryDocumentSchema } from '../summaries/summaryModel';
import { SummaryTemplate } from '../summaries/summaryTemplate';
import { RECORD_TYPES } from '../definitions/registry';
import { MergeDecision } from '../reports/duplicates';
import { ReportDocumentSchema } from '../reports/reportDocument';
import { ReportCompanionSchema } from '../reports/reportCompanion';
import { OfficialFigure, OfficialFigureInput } from '../reports/officialFigures';

// The one contract between renderer and main. Main validates every request against it (and checks
// the sender frame) before a handler sees it; the preload exposes one function per name.
// Rule: no .transform() or .default() here, so a schema's input type is its output type.

const Secret = z.string().min(1).max(MAX_PASSPHRASE_LENGTH);
const UnlockSecret = z.object({ method: z.enum(['passphrase', 'recoveryKey']), secret: Secret });
export type UnlockSecret = z.infer<typeof UnlockSecret>;

export const VaultState = z.enum(['absent', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof VaultState>;

export const AppStatus = z.object({
  vault: VaultState,
  /** False when the crypto self-test failed at start: the app then refuses to create or unlock. */
  cryptoReady: z.boolean(),
  locale: Locale.nullable(),
  version: z.string(),
});
export type AppStatus = z.infer<typeof AppStatus>;

export const OpenedRecord = z.discriminatedUnion('ok', [
  z.object({ id: RecordId, ok: z.literal(true), record: z.unknown() }),
  // One damaged row must not stop the vault from opening (R8): it is reported, not thrown.
  z.object({ id: RecordId, ok: z.literal(false), error: z.literal('INTEGRITY') }),
]);
export type OpenedRecord = z.infer<typeof OpenedRecord>;

export const LockReason = z.enum(['user', 'idle', 'system']);
export type LockReason = z.infer<typeof LockReason>;

type CommandSpec = { readonly request: z.ZodType; readonly response: z.ZodType };

export const commands = {
  'app.status': { request: z.undefined(), response: AppStatus },
  'vault.create': {
    request: z.object({ passphrase: Secret }),
    response: z.object({ recoveryKey: z.string() }),
  },
  // The monitor has written the recovery key down: idle auto-lock, paused since creation so it
  // cannot wipe the only showing of the key, starts counting.
  'vault.confirmRecoveryKey': { request: z.undefined(), response: z.undefined() },
  'vault.unlock': { request: UnlockSecret, response: z.undefined() },
  'vault.lock': { request: z.undefined(), response: z.undefined() },
  'vault.changePassphrase': {
    request: z.object({ current: UnlockSecret, next: Secret }),
    response: z.undefined(),
  },
  'records.seal': {
    request: z.object({ table: RecordTable, id: RecordId, record: z.unknown() }),
    response: SealedRow,
  },
  'records.open': {
    request: z.object({ table: RecordTable, rows: z.array(SealedRow).max(2000) }),
    response: z.array(OpenedRecord),
  },
  // Finalise: main checks the record is final with no gaps and the chain so far verifies, then signs.
  'revisions.seal': {
    request: z.object({ recordId: RecordId, record: z.unknown(), chain: z.array(z.unknown()).max(1000) }),
    response: Revision,
  },
  'revisions.verify': {
    request: z.object({ recordId: RecordId, chain: z.array(z.unknown()).max(1000) }),
    response: RevisionVerdict,
  },
  // A narrative's link: main checks it is https, asks in a native dialog, then opens the browser.
  'links.open': { request: z.object({ url: z.string().max(2048) }), response: z.object({ opened: z.boolean() }) },
  // Evidence: files never cross IPC, only their summaries. Paths come from the native file dialog
  // (evidence.pick) or from a drop (the preload turns dropped File objects into paths).
  'evidence.list': { request: z.object({ recordId: RecordId }), response: z.array(EvidenceSummary) },
  'evidence.pick': { request: z.object({ recordId: RecordId }), response: z.array(IngestJob) },
  'evidence.ingest': {
    request: z.object({ recordId: RecordId, paths: z.array(z.string().min(1).max(4096)).min(1).max(500) }),
    response: z.array(IngestJob),
  },
  'evidence.cancel': { request: z.object({ jobId: IngestJobId }), response: z.undefined() },
  // Main verifies the whole file (authentication and SHA-256) before it hands out a URL to it.
  'evidence.preview': { request: z.object({ id: EvidenceId }), response: z.object({ url: z.string().max(512), mediaType: z.string(), kind: MediaKind }) },
  // A PDF is drawn by pdf.js inside the renderer (no plugin, no frame): it needs the bytes, which
  // main releases only after the whole file verified. Large scans are refused (MAX_PDF_PREVIEW_BYTES).
  'evidence.pdfBytes': {
    request: z.object({ id: EvidenceId }),
    response: z.custom<Uint8Array>((value) => value instanceof Uint8Array && value.length <= MAX_PDF_PREVIEW_BYTES, 'PDF bytes'),
  },
  'evidence.custody': { request: z.object({ id: EvidenceId }), response: z.object({ entries: z.array(CustodyEntry), verdict: CustodyVerdict }) },
  'evidence.verifyAll': { request: z.undefined(), response: VerifyReport },
  'evidence.delete': { request: z.object({ id: EvidenceId }), response: z.undefined() },
  // A working copy without EXIF/GPS; the original stays as it was (R15).
  'evidence.deriveClean': { request: z.object({ id: EvidenceId }), response: EvidenceSummary },
  // Disaster recovery: the age identity that opens every evidence file, only against the passphrase.
  'evidence.exportIdentity': { request: z.object({ passphrase: Secret }), response: z.object({ identity: z.string(), recipient: z.string() }) },
  // Organisation (docs/organisation.md). Files cross by the native open/save dialogs in main: the
  // renderer never names a path. `opened`/`saved` false means the monitor cancelled the dialog.
  'organisation.get': { request: z.undefined(), response: OrganisationView.nullable() },
  'organisation.create': {
    request: z.object({ name: z.string().min(1).max(200), coordinatorName: z.string().min(1).max(100), role: z.enum(['coordinator', 'both']) }),
    response: OrganisationView,
  },
  'organisation.saveInvitation': { request: z.object({ expiresInDays: z.number().int().min(1).max(365).nullable() }), response: z.object({ saved: z.boolean() }) },
  // Opening only checks the invitation and shows who sent it and the fingerprint; nothing is saved
  // until the monitor has compared the number and joins with the token (valid while the app runs).
  'organisation.openInvitation': { request: z.undefined(), response: z.object({ opened: z.boolean(), view: OrganisationView.nullable(), fingerprint: z.string().nullable(), token: z.string().nullable() }) },
  'organisation.joinInvitation': { request: z.object({ token: z.string().max(64) }), response: OrganisationView },
  'organisation.saveEnrolment': { request: z.object({ monitorName: z.string().min(1).max(100) }), response: z.object({ saved: z.boolean() }) },
  'organisation.openEnrolment': { request: z.undefined(), response: z.object({ opened: z.boolean(), monitorName: z.string().nullable(), fingerprint: z.string().nullable(), signingKey: Base64Key.nullable() }) },
  'organisation.approveMonitor': { request: z.object({ signingKey: Base64Key }), response: OrganisationView },
  'organisation.revokeMonitor': { request: z.object({ signingKey: Base64Key, reason: z.string().min(1).max(500) }), response: OrganisationView },
  // Bundles (docs/bundle-format.md). The renderer hands over the records it chose, as it holds them.
  'bundles.export': {
    // Records are sealed documents (shared/bundles/bundledRecord.ts); main checks each is wholly its own.
    request: z.object({ records: z.array(z.object({ id: RecordId, document: z.unknown() })).max(10_000), evidenceIds: z.array(EvidenceId).max(10_000), includeOriginals: z.boolean(), onlyUndelivered: z.boolean() }),
    response: z.object({ saved: z.boolean(), bundleId: z.string().nullable(), fileName: z.string().nullable(), records: z.number().int().nonnegative(), evidence: z.number().int().nonnegative(), nothingToSend: z.boolean() }),
  },
  'bundles.cancelExport': { request: z.undefined(), response: z.undefined() },
  'bundles.import': {
    request: z.undefined(),
    response: z.object({
      opened: z.boolean(),
      refused: BundleRefusalReason.nullable(),
      result: z
        .object({
          bundleId: z.string(),
          monitorName: z.string(),
          continuity: z.enum(['first', 'continues', 'gap', 'duplicate', 'older']),
          records: z.array(z.object({ id: RecordId, document: z.unknown() })),
          evidenceAdded: z.array(EvidenceId),
          evidenceKnown: z.array(EvidenceId),
          /** null: the import is done, but the receipt could not be written beside the bundle (a full stick). */
          receiptFileName: z.string().nullable(),
        })
        .nullable(),
    }),
  },
  'bundles.openReceipt': { request: z.undefined(), response: z.object({ opened: z.boolean(), bundleId: z.string().nullable(), evidenceIds: z.array(EvidenceId), recordIds: z.array(RecordId) }) },
  'bundles.sent': {
    request: z.undefined(),
    response: z.array(z.object({ bundleId: z.string(), seq: z.number().int(), at: z.string(), items: z.number().int(), delivered: z.boolean(), recordIds: z.array(z.string()), evidenceIds: z.array(z.string()), originalIds: z.array(z.string()) })),
  },
  'bundles.purgeDelivered': { request: z.object({ evidenceIds: z.array(EvidenceId).max(10_000) }), response: z.object({ purged: z.array(EvidenceId) }) },
  // Removing delivered records (shared/bundles/recordStub.ts): main keeps a stub first, the renderer then removes the rows.
  'bundles.deliveredRecords': { request: z.undefined(), response: z.array(DeliveredRecord) },
  'bundles.stubRecords': { request: z.object({ records: z.array(StubRequest).max(10_000) }), response: z.object({ stubbed: z.array(RecordId) }) },
  'bundles.stubs': { request: z.undefined(), response: z.array(RecordStub) },
  // The summary the person previewed, saved where they choose; main renders the file (PDF by Chromium).
  'summaries.save': {
    request: z.object({ reference: z.string().regex(/^[A-Z]{2}-\d{4}-[0-9A-Z]{4}$/), format: z.enum(['pdf', 'markdown', 'html']), document: SummaryDocumentSchema }),
    response: z.object({ saved: z.boolean(), fileName: z.string().nullable() }),
  },
  // Summary templates a coordinator adjusted (sealed in main); a type without one uses the default.
  'summaries.templates': { request: z.undefined(), response: z.partialRecord(z.enum(RECORD_TYPES), SummaryTemplate) },
  'summaries.saveTemplate': { request: z.object({ type: z.enum(RECORD_TYPES), template: SummaryTemplate.nullable() }), response: z.partialRecord(z.enum(RECORD_TYPES), SummaryTemplate) },
  // Duplicate decisions (sealed in main) and saving a report: main signs its JSON companion.
  'reports.decisions': { request: z.undefined(), response: z.array(MergeDecision) },
  'reports.decide': { request: MergeDecision.omit({ decidedAt: true }), response: z.array(MergeDecision) },
  'reports.save': {
    request: z.object({ format: z.enum(['pdf', 'html', 'markdown', 'json', 'csv']), name: z.string().regex(/^[A-Za-z0-9-]{1,80}$/), document: ReportDocumentSchema, companion: ReportCompanionSchema }),
    response: z.object({ saved: z.boolean(), fileName: z.string().nullable() }),
  },
  'reports.officialFigures': { request: z.undefined(), response: z.array(OfficialFigure) },
  'reports.addOfficialFigure': { request: OfficialFigureInput, response: z.array(OfficialFigure) },
  'reports.removeOfficialFigure': { request: z.object({ id: z.string().max(64) }), response: z.array(OfficialFigure) },
  'settings.get': { request: z.undefined(), response: VaultSettings },
  'settings.update': { request: VaultSettings, response: VaultSettings },
  'preferences.setLocale': { request: z.object({ locale: Locale }), response: z.undefined() },
} satisfies Record<CommandName, CommandSpec>;

export const events = {
  'vault.locked': z.object({ reason: LockReason }),
  'evidence.progress': IngestProgress,
  'evidence.verifyProgress': VerifyProgress,
  'bundles.progress': BundleProgress,
} satisfies Record<EventName, z.ZodType>;

export type CommandRequest<C extends CommandName> = z.infer<(typeof commands)[C]['request']>;
export type CommandResponse<C extends CommandName> = z.infer<(typeof commands)[C]['response']>;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
