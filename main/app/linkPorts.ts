import { BrowserWindow, dialog, shell } from 'electron';
import type { LinkPorts } from '../links/linkOpener';

/** The link dialog as a native, modal message box over the app's window; the system browser. */
export const electronLinkPorts: LinkPorts = {
  async confirm(text) {
    const options = { type: 'warning' as const, title: text.title, message: text.message, detail: text.detail, buttons: [text.open, text.cancel], defaultId: 1, cancelId: 1, noLink: true };
    const window = BrowserWindow.getFocusedWindow();
    const { response } = window === null ? await dialog.showMessageBox(options) : await dialog.showMessageBox(window, options);
    return response === 0;
  },
  openExternal: (url) => shell.openExternal(url),
};
