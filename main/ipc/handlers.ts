import { AppError } from '../../shared/errors/appError';
import type { Handlers } from './dispatch';
import type { PreferencesStore } from '../settings/preferencesStore';
import type { SettingsStore } from '../settings/settingsStore';
import type { RecordService } from '../records/recordService';
import type { RevisionService } from '../revisions/revisionService';
import type { LinkOpener } from '../links/linkOpener';
import type { EvidenceService } from '../evidence/evidenceService';
import type { DeliveryService } from '../bundles/deliveryService';
import type { SummaryExport } from '../summaries/summaryExport';
import type { TemplateStore } from '../summaries/templateStore';
import type { ReportExport } from '../reports/reportExport';
import type { ReportStore } from '../reports/reportStore';
import type { SelfTestResult } from '../vault/selfTest';
import type { VaultService } from '../vault/vaultService';

export type HandlerDeps = {
  readonly version: string;
  readonly selfTest: SelfTestResult;
  readonly vault: VaultService;
  readonly records: RecordService;
  readonly revisions: RevisionService;
  readonly links: LinkOpener;
  readonly evidence: EvidenceService;
  readonly delivery: DeliveryService;
  readonly summaries: SummaryExport;
  readonly templates: TemplateStore;
  readonly reports: { readonly store: ReportStore; readonly export: ReportExport };
  readonly settings: SettingsStore;
  readonly preferences: PreferencesStore;
  /** Called after unlock, so the idle timer uses the vault's own setting. */
  readonly onUnlocked: () => Promise<void>;
  /** The recovery key is on screen (true) or was written down (false): idle lock waits meanwhile. */
  readonly onRecoveryKeyShown: (shown: boolean) => void;
};

// One handler per channel; the mapped type Handlers makes a missing one a compile error.
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app.status': async () => ({
      vault: await deps.vault.state(),
      cryptoReady: deps.selfTest.ok,
      locale: await deps.preferences.readLocale(),
      version: deps.version,
    }),
    'vault.create': async ({ passphrase }) => {
      const recoveryKey = await deps.vault.create(passphrase);
      await deps.onUnlocked();
      deps.onRecoveryKeyShown(true);
      return { recoveryKey };
    },
    'vault.confirmRecoveryKey': async () => {
      deps.onRecoveryKeyShown(false);
    },
    'vault.unlock': async (credential) => {
      await deps.vault.unlock(credential);
      await deps.onUnlocked();
    },
    'vault.lock': async () => {
      deps.vault.lock('user');
    },
    'vault.changePassphrase': async ({ current, next }) => {
      if (current.secret === next) {
        throw new AppError('INVALID_REQUEST', 'the new passphrase equals the current one');
      }
      await deps.vault.changePassphrase(current, next);
    },
    'records.seal': async ({ table, id, record }) => deps.records.seal(table, id, record),
    'records.open': async ({ table, rows }) => deps.records.open(table, rows),
    'revisions.seal': async ({ recordId, record, chain }) => deps.revisions.seal(recordId, record, chain),
    'revisions.verify': async ({ recordId, chain }) => deps.revisions.verify(recordId, chain),
    'links.open': async ({ url }) => deps.links.open(url),
    'evidence.list': async ({ recordId }) => deps.evidence.list(recordId),
    'evidence.pick': async ({ recordId }) => deps.evidence.pick(recordId),
    'evidence.ingest': async ({ recordId, paths }) => deps.evidence.ingest(recordId, paths),
    'evidence.cancel': async ({ jobId }) => {
      deps.evidence.cancel(jobId);
    },
    'evidence.preview': async ({ id }) => deps.evidence.preview(id),
    'evidence.pdfBytes': async ({ id }) => deps.evidence.pdfBytes(id),
    'evidence.custody': async ({ id }) => deps.evidence.custody(id),
    'evidence.verifyAll': async () => deps.evidence.verifyAll(),
    'evidence.delete': async ({ id }) => {
      await deps.evidence.remove(id);
    },
    'evidence.deriveClean': async ({ id }) => deps.evidence.deriveClean(id),
    'evidence.exportIdentity': async ({ passphrase }) => deps.evidence.exportIdentity(passphrase),
    'organisation.get': async () => deps.delivery.get(),
    'organisation.create': async ({ name, coordinatorName, role }) => deps.delivery.create(name, coordinatorName, role),
    'organisation.saveInvitation': async ({ expiresInDays }) => deps.delivery.saveInvitation(expiresInDays),
    'organisation.openInvitation': async () => deps.delivery.openInvitation(),
    'organisation.joinInvitation': async ({ token }) => deps.delivery.joinInvitation(token),
    'organisation.saveEnrolment': async ({ monitorName }) => deps.delivery.saveEnrolment(monitorName),
    'organisation.openEnrolment': async () => deps.delivery.openEnrolment(),
    'organisation.approveMonitor': async ({ signingKey }) => deps.delivery.approveMonitor(signingKey),
    'organisation.revokeMonitor': async ({ signingKey, reason }) => deps.delivery.revokeMonitor(signingKey, reason),
    'bundles.export': async (choice) => deps.delivery.exportBundle(choice),
    'summaries.save': async ({ reference, format, document }) => deps.summaries.save(document, reference, format),
    'summaries.templates': async () => deps.templates.templates(),
    'summaries.saveTemplate': async ({ type, template }) => deps.templates.save(type, template),
    'reports.decisions': async () => deps.reports.store.decisions(),
    'reports.decide': async (decision) => deps.reports.store.decide({ ...decision, decidedAt: new Date().toISOString() }),
    'reports.officialFigures': async () => deps.reports.store.officialFigures(),
    'reports.addOfficialFigure': async (input) => deps.reports.store.addOfficialFigure(input, new Date()),
    'reports.removeOfficialFigure': async ({ id }) => deps.reports.store.removeOfficialFigure(id),
    'reports.save': async ({ format, name, document, companion }) => deps.reports.export.save(format, document, companion, name),
    'bundles.cancelExport': async () => {
      deps.delivery.cancelExport();
      return undefined;
    },
    'bundles.import': async () => deps.delivery.importBundle(),
    'bundles.openReceipt': async () => deps.delivery.openReceipt(),
    'bundles.sent': async () => deps.delivery.sent(),
    'bundles.purgeDelivered': async ({ evidenceIds }) => deps.delivery.purgeDelivered(evidenceIds),
    'bundles.deliveredRecords': async () => deps.delivery.deliveredRecords(),
    'bundles.stubRecords': async ({ records }) => deps.delivery.stubRecords(records),
    'bundles.stubs': async () => deps.delivery.stubs(),
    'settings.get': async () => deps.settings.read(),
    'settings.update': async (settings) => deps.settings.write(settings),
    'preferences.setLocale': async ({ locale }) => {
      await deps.preferences.writeLocale(locale);
    },
  };
}
