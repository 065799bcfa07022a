import { BrowserWindow, dialog } from 'electron';
import type { FilePickerPort } from '../evidence/evidenceService';

/** The native open dialog, modal over the app's window. Paths stay in main; the renderer gets jobs. */
export const electronFilePicker: FilePickerPort = {
  async pickFiles() {
    const options = { properties: ['openFile' as const, 'multiSelections' as const] };
    const window = BrowserWindow.getFocusedWindow();
    const result = window === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options);
    return result.canceled ? [] : result.filePaths;
  },
};
