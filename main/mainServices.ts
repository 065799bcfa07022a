import { mkdirSync } from 'node:fs';
import type { EventName } from '../shared/ipc/channels';
import type { EventPayload } from '../shared/ipc/contract';
import { dispatch, type ErrorLog, type Handlers } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import { createRecordService } from './records/recordService';
import { createRevisionService } from './revisions/revisionService';
import { createLinkOpener, NO_LINK_PORTS, type LinkPorts } from './links/linkOpener';
import { createEvidenceService } from './evidence/evidenceService';
import { createDeliveryService } from './bundles/deliveryService';
import type { PdfPrinter } from './summaries/pdfPrinter';
import { createSummaryExport } from './summaries/summaryExport';
import { createTemplateStore } from './summaries/templateStore';
import { packageFontsDir } from './summaries/summaryFonts';
import { createReportExport } from './reports/reportExport';
import { createReportStore } from './reports/reportStore';
import { NO_FILE_PORTS, type FilePorts } from './files/filePorts';
import type { PreviewResponse } from './evidence/evidencePreview';
import { startIdleLock, systemTimers, type IdleSource, type Timers } from './session/idleLock';
import { createPreferencesStore } from './settings/preferencesStore';
import { createSettingsStore } from './settings/settingsStore';
import { KDF_DEFAULT, type KdfParams } from './vault/kdfParams';
import { createArgon2idKdf, type PassphraseKdf } from './vault/passphraseKdf';
import { runCryptoSelfTest } from './vault/selfTest';
import { loadSodium, type Sodium } from './vault/sodium';
import { createVaultService } from './vault/vaultService';
import type { CommandName } from '../shared/ipc/channels';

// The composition root of the main process's services: plain Node, no Electron. main/app/ binds it
// to ipcMain; the test harness binds the very same object to a Chromium page.

export type MainServicesOptions = {
  readonly dataDir: string;
  readonly version?: string;
  readonly kdfParams?: KdfParams;
  /** Replaces Argon2id only in tests that count or memoise calls. */
  readonly kdf?: (real: PassphraseKdf) => PassphraseKdf;
  readonly sodium?: Sodium;
  readonly idle?: IdleSource;
  readonly timers?: Timers;
  readonly log?: ErrorLog;
  /** The native link dialog and the system browser (Electron); nothing opens without them. */
  readonly links?: LinkPorts;
  /** The native file dialogs (Electron); tests give fakes that return chosen paths. */
  readonly files?: Partial<FilePorts>;
  /** Chromium's print to PDF (Electron's webContents, or the harness's page); without it, no PDF. */
  readonly printPdf?: PdfPrinter;
  /** The bundled fonts (out/fonts in the app); from the npm package when running from source. */
  readonly fontsDir?: string;
};

export type EventListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

export type MainServices = {
  readonly handlers: Handlers;
  invoke(name: CommandName, raw: unknown): ReturnType<typeof dispatch>;
  subscribe(listener: EventListener): () => void;
  lock(reason: 'user' | 'idle' | 'system'): void;
  /** Answers a request for an evidence preview URL (app://aigaq/evidence/… or the harness route). */
  previewEvidence(url: string, range: string | null): Promise<PreviewResponse>;
  dispose(): void;
};

export async function createMainServices(options: MainServicesOptions): Promise<MainServices> {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const sodium = options.sodium ?? (await loadSodium());
  const selfTest = runCryptoSelfTest(sodium);
  const realKdf = createArgon2idKdf(sodium);
  const kdf = options.kdf ? options.kdf(realKdf) : realKdf;
  const vault = createVaultService({ dataDir: options.dataDir, sodium, kdf, kdfParams: options.kdfParams ?? KDF_DEFAULT, selfTest });
  const settings = createSettingsStore({ dataDir: options.dataDir, sodium, vault });
  const listeners = new Set<EventListener>();
  let idleLimitMinutes = 0;
  let recoveryKeyOnScreen = false;

  const files: FilePorts = { ...NO_FILE_PORTS, ...options.files };
  const emit: EventListener = (name, payload) => listeners.forEach((listener) => listener(name, payload));
  const evidence = createEvidenceService({
    sodium,
    dataDir: options.dataDir,
    keys: () => vault.requireKeys(),
    checkPassphrase: (passphrase) => vault.checkPassphrase(passphrase),
    picker: files,
    onProgress: (progress) => emit('evidence.progress', progress),
    onVerifyProgress: (progress) => emit('evidence.verifyProgress', progress),
  });
  let locks = 0;
  vault.onLocked((reason) => {
    locks += 1;
    evidence.onLocked();
    emit('vault.locked', { reason });
  });
  // A lock wipes the keys in place, so a command still reading with them can fail authentication.
  // That is not damage and must not be reported as such ("it may have been altered"): a command
  // that failed INTEGRITY while the vault locked is answered LOCKED. Real damage stays: the same
  // read after unlocking fails again.
  async function invoke(name: CommandName, raw: unknown): ReturnType<typeof dispatch> {
    const locksBefore = locks;
    const result = await dispatch(handlers, name, raw, options.log);
    return !result.ok && result.error.code === 'INTEGRITY' && locks !== locksBefore ? { ok: false, error: { code: 'LOCKED', message: 'LOCKED' } } : result;
  }
  const stopIdleLock = options.idle
    ? startIdleLock({
        idle: options.idle,
        timers: options.timers ?? systemTimers,
        // Never while the recovery key is shown: a lock would wipe the only showing of it.
        limitMinutes: () => (recoveryKeyOnScreen ? 0 : idleLimitMinutes),
        isUnlocked: () => vault.requireKeysOrNull() !== null,
        lock: () => vault.lock('idle'),
      })
    : () => undefined;

  const preferences = createPreferencesStore(options.dataDir);
  const delivery = createDeliveryService({ sodium, dataDir: options.dataDir, keys: () => vault.requireKeys(), store: evidence.store, files, app: options.version ?? '0.0.0', onProgress: (progress) => emit('bundles.progress', progress) });
  vault.onLocked(() => delivery.onLocked());
  const handlers = createHandlers({
    version: options.version ?? '0.0.0',
    selfTest,
    vault,
    records: createRecordService({ sodium, vault }),
    revisions: createRevisionService({ sodium, vault, knownAuthors: () => delivery.knownAuthors() }),
    links: createLinkOpener({ ports: options.links ?? NO_LINK_PORTS, locale: () => preferences.readLocale() }),
    evidence,
    delivery,
    summaries: createSummaryExport({ files, printPdf: options.printPdf ?? null, fontsDir: () => options.fontsDir ?? packageFontsDir() }),
    templates: createTemplateStore({ sodium, dataDir: options.dataDir, keys: () => vault.requireKeys() }),
    reports: {
      store: createReportStore({ sodium, dataDir: options.dataDir, keys: () => vault.requireKeys() }),
      export: createReportExport({ sodium, keys: () => vault.requireKeys(), files, printPdf: options.printPdf ?? null, fontsDir: () => options.fontsDir ?? packageFontsDir() }),
    },
    settings: {
      read: () => settings.read(),
      write: async (next) => {
        idleLimitMinutes = next.idleLockMinutes;
        return settings.write(next);
      },
    },
    preferences,
    onUnlocked: async () => {
      idleLimitMinutes = (await settings.read()).idleLockMinutes;
      await evidence.afterUnlock();
    },
    onRecoveryKeyShown: (shown) => {
      recoveryKeyOnScreen = shown;
    },
  });

  return {
    handlers,
    invoke,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    lock: (reason) => vault.lock(reason),
    previewEvidence: (url, range) => evidence.previewServer.respond(url, range),
    dispose() {
      stopIdleLock();
      vault.lock('system');
      listeners.clear();
    },
  };
}
