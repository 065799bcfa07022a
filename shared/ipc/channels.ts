// Names only, so the preload bundle stays tiny and free of zod. contract.ts pairs every name with
// its schemas; `satisfies Record<CommandName, …>` there makes a name without a schema a compile error.
export const COMMANDS = [
  'app.status',
  'vault.create',
  'vault.confirmRecoveryKey',
  'vault.unlock',
  'vault.lock',
  'vault.changePassphrase',
  'records.seal',
  'records.open',
  'revisions.seal',
  'revisions.verify',
  'links.open',
  'evidence.list',
  'evidence.pick',
  'evidence.ingest',
  'evidence.cancel',
  'evidence.preview',
  'evidence.pdfBytes',
  'evidence.custody',
  'evidence.verifyAll',
  'evidence.delete',
  'evidence.deriveClean',
  'evidence.exportIdentity',
  'settings.get',
  'settings.update',
  'preferences.setLocale',
] as const;
export type CommandName = (typeof COMMANDS)[number];

export const EVENTS = ['vault.locked', 'evidence.progress', 'evidence.verifyProgress'] as const;
export type EventName = (typeof EVENTS)[number];
