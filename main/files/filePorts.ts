// The native file dialogs, as ports: Electron's dialog in the app (main/app/fileDialogs.ts), fakes
// in tests. Paths are chosen in main and stay in main; the renderer only learns a file's base name.

export type OpenFileKind = 'invitation' | 'enrolment' | 'bundle' | 'receipt';
export type SaveFileKind = 'invitation' | 'enrolment' | 'receipt' | 'summaryPdf' | 'summaryMarkdown' | 'summaryHtml' | 'reportJson' | 'reportCsv';

export type FilePorts = {
  /** Evidence to attach: any number of files. */
  readonly pickFiles: () => Promise<string[]>;
  /** One file of a kind (the dialog filters by its extension); null when cancelled. */
  readonly pickFile: (kind: OpenFileKind) => Promise<string | null>;
  /** Where to save a file of a kind, proposing `defaultName`; null when cancelled. */
  readonly chooseSavePath: (kind: SaveFileKind, defaultName: string) => Promise<string | null>;
  /** A folder to write a bundle into (a USB stick); null when cancelled. */
  readonly chooseFolder: () => Promise<string | null>;
};

/** Nothing is ever chosen: the default when no dialogs are wired (tests that do not need them). */
export const NO_FILE_PORTS: FilePorts = {
  pickFiles: async () => [],
  pickFile: async () => null,
  chooseSavePath: async () => null,
  chooseFolder: async () => null,
};

export const FILE_EXTENSIONS: Record<OpenFileKind, string> = { invitation: 'aqinvite', enrolment: 'aqenrol', bundle: 'aqb', receipt: 'aqreceipt' };
export const SAVE_EXTENSIONS: Record<SaveFileKind, string> = { invitation: 'aqinvite', enrolment: 'aqenrol', receipt: 'aqreceipt', summaryPdf: 'pdf', summaryMarkdown: 'md', summaryHtml: 'html', reportJson: 'json', reportCsv: 'csv' };
