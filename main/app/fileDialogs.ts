import { BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { FILE_EXTENSIONS, SAVE_EXTENSIONS, type FilePorts } from '../files/filePorts';

// The native dialogs, modal over the app's window. Paths stay in main; the renderer gets results.

async function open(options: OpenDialogOptions): Promise<string[]> {
  const window = BrowserWindow.getFocusedWindow();
  const result = window === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options);
  return result.canceled ? [] : result.filePaths;
}

async function save(options: SaveDialogOptions): Promise<string | null> {
  const window = BrowserWindow.getFocusedWindow();
  const result = window === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(window, options);
  return result.canceled || result.filePath === undefined ? null : result.filePath;
}

export const electronFileDialogs: FilePorts = {
  pickFiles: () => open({ properties: ['openFile', 'multiSelections'] }),
  pickFile: async (kind) => (await open({ properties: ['openFile'], filters: [{ name: kind, extensions: [FILE_EXTENSIONS[kind]] }] }))[0] ?? null,
  chooseSavePath: (kind, defaultName) => save({ defaultPath: defaultName, filters: [{ name: kind, extensions: [SAVE_EXTENSIONS[kind]] }] }),
  chooseFolder: async () => (await open({ properties: ['openDirectory', 'createDirectory'] }))[0] ?? null,
};
