import { app, globalShortcut, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { createMainServices, type MainServices } from '../mainServices';
import { electronPdfPrinter } from './pdfPrinter';
import { installAppMenu } from './appMenu';
import { electronLinkPorts } from './linkPorts';
import { electronFileDialogs } from './fileDialogs';
import { handleAppProtocol, registerAppScheme } from './appProtocol';
import { hardenSession, hardenWebContents } from './hardening';
import { bindIpc, forwardEvents } from './ipcBinding';
import { createMainWindow } from './mainWindow';
import { lockOnSystemEvents, systemIdle } from './systemLock';

// Electron's entry: wiring only. Every decision lives in the plain-Node services it wires.

// crashReporter is deliberately never started: a minidump would hold plaintext and keys (R33).
app.commandLine.appendSwitch('disable-features', 'SpellcheckService,AutofillServerCommunication');
if (process.env.AIGAQ_DATA_DIR) {
  app.setPath('userData', process.env.AIGAQ_DATA_DIR);
}
registerAppScheme();
hardenWebContents();

if (!app.requestSingleInstanceLock()) {
  app.quit();
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession();
  installAppMenu();
  let ready: MainServices | null = null;
  handleAppProtocol(join(__dirname, '../renderer'), () => (ready === null ? null : ready.previewEvidence));
  const services = await createMainServices({
    dataDir: app.getPath('userData'),
    version: app.getVersion(),
    idle: systemIdle,
    links: electronLinkPorts,
    files: electronFileDialogs,
    printPdf: electronPdfPrinter,
    fontsDir: join(__dirname, '../fonts'),
  });
  ready = services;
  bindIpc(services);
  let window: BrowserWindow | null = createMainWindow(join(__dirname, '../preload/preload.js'));
  forwardEvents(services, () => window?.webContents ?? null);
  lockOnSystemEvents(() => services.lock('system'));
  globalShortcut.register('CommandOrControl+Shift+L', () => services.lock('user'));
  window.on('closed', () => {
    window = null;
  });
  app.on('window-all-closed', () => {
    services.dispose();
    app.quit();
  });
}

void start();
