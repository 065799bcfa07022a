import { BrowserWindow, session } from 'electron';
import type { PdfPrinter } from '../summaries/pdfPrinter';

// A summary printed to PDF by Electron's Chromium: a hidden window with JavaScript off, in its own
// in-memory session that may load nothing but the data: page it is given (the app's session only
// allows app://). The window is destroyed once the PDF is made; nothing is written to disk here.

const PRINT_PARTITION = 'aigaq-print';

function printSession(): Electron.Session {
  const printing = session.fromPartition(PRINT_PARTITION, { cache: false });
  printing.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }));
  printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  return printing;
}

let prepared: Electron.Session | null = null;

export const electronPdfPrinter: PdfPrinter = async (html) => {
  prepared ??= printSession();
  const window = new BrowserWindow({ show: false, webPreferences: { session: prepared, javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, spellcheck: false } });
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, margins: { top: 0.6, bottom: 0.6, left: 0.6, right: 0.6 } });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
  }
};
