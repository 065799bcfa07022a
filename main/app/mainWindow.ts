import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { ELECTRON_APP_ORIGIN } from '../../shared/app/appOrigin';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 640,
    show: false,
    title: 'Aigaq',
    webPreferences: {
      preload: join(preloadPath),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      devTools: !process.env.AIGAQ_RELEASE,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${ELECTRON_APP_ORIGIN}/index.html`);
  return window;
}
