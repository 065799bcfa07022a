// Loaded with `node -r` before out/main/main.js: stands in for the `electron` module (whose binary
// cannot be installed here), records what the app layer asks of it, and after start-up prints a
// JSON report of the probes the smoke test asserts on. Test code only.
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');

const recorded = { windows: [], ipcChannels: [], schemes: [], switches: [], shortcuts: [], powerEvents: [], permissionAnswers: [] };
const handlers = { ipc: new Map(), protocol: null, beforeRequest: null, permission: null, permissionCheck: null, webContentsCreated: [] };
let readyResolve;
const ready = new Promise((resolve) => (readyResolve = resolve));
const userData = process.env.AIGAQ_DATA_DIR || path.join(os.tmpdir(), 'aigaq-smoke');

class BrowserWindow {
  constructor(options) {
    recorded.windows.push(options);
    this.webContents = { sent: [], send: (name, payload) => this.webContents.sent.push([name, payload]), isDestroyed: () => false };
  }
  once() {}
  on() {}
  loadURL(url) { recorded.loadedUrl = url; return Promise.resolve(); }
}

const fake = {
  app: {
    commandLine: { appendSwitch: (name, value) => recorded.switches.push([name, value]) },
    setPath: () => undefined,
    getPath: () => userData,
    getVersion: () => '0.0.0-smoke',
    requestSingleInstanceLock: () => true,
    quit: () => undefined,
    whenReady: () => ready,
    on: (name, listener) => { if (name === 'web-contents-created') handlers.webContentsCreated.push(listener); },
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes) => recorded.schemes.push(...schemes),
    handle: (scheme, handler) => { handlers.protocol = handler; },
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler) => { handlers.permission = handler; },
      setPermissionCheckHandler: (handler) => { handlers.permissionCheck = handler; },
      setDevicePermissionHandler: () => undefined,
      setSpellCheckerDictionaryDownloadURL: (url) => { recorded.spellcheckUrl = url; },
      webRequest: { onBeforeRequest: (handler) => { handlers.beforeRequest = handler; } },
    },
  },
  BrowserWindow,
  ipcMain: { handle: (name, handler) => { recorded.ipcChannels.push(name); handlers.ipc.set(name, handler); } },
  powerMonitor: { on: (name) => recorded.powerEvents.push(name), getSystemIdleTime: () => 0 },
  globalShortcut: { register: (accelerator) => recorded.shortcuts.push(accelerator) },
  Menu: { buildFromTemplate: (template) => ({ template }), setApplicationMenu: (menu) => { recorded.menu = menu === null ? null : menu.template; } },
  dialog: { showMessageBox: () => Promise.resolve({ response: 1 }) },
  shell: { openExternal: () => Promise.resolve() },
};

const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  return request === 'electron' ? fake : originalLoad.call(this, request, parent, isMain);
};

async function probe() {
  const frame = (url, parent = null) => ({ senderFrame: { url, parent } });
  const asset = await handlers.protocol(new Request('app://aigaq/index.html'));
  const traversal = await handlers.protocol(new Request('app://aigaq/%2e%2e/%2e%2e/etc/passwd'));
  const cancelled = (url) => new Promise((resolve) => handlers.beforeRequest({ url }, (answer) => resolve(answer.cancel)));
  const ask = (permission, requestingUrl) => handlers.permission(null, permission, (granted) => recorded.permissionAnswers.push(granted), { requestingUrl });
  ask('geolocation', 'app://aigaq/index.html');
  ask('clipboard-read', 'app://aigaq/index.html');
  ask('clipboard-sanitized-write', 'https://evil.example/');
  ask('clipboard-sanitized-write', 'app://aigaq/index.html');
  const navigation = { prevented: 0, windowOpen: null };
  const contents = { on: (name, listener) => listener({ preventDefault: () => { navigation.prevented += 1; } }), setWindowOpenHandler: (handler) => { navigation.windowOpen = handler({ url: 'https://example.org' }); } };
  handlers.webContentsCreated.forEach((listener) => listener({}, contents));
  const status = handlers.ipc.get('app.status');
  return {
    recorded,
    navigation,
    asset: { status: asset.status, csp: asset.headers.get('content-security-policy'), body: (await asset.text()).slice(0, 200) },
    traversalStatus: traversal.status,
    unknownPreviewStatus: (await handlers.protocol(new Request('app://aigaq/evidence/not-a-token/AAAAAAAAAAAAAAAAAAAAAA', { headers: { range: 'bytes=0-' } }))).status,
    cancels: { remote: await cancelled('https://example.org/'), app: await cancelled('app://aigaq/index.html') },
    permissionCheck: handlers.permissionCheck(null, 'media', 'app://aigaq'),
    clipboardWriteCheck: handlers.permissionCheck(null, 'clipboard-sanitized-write', 'app://aigaq'),
    ipc: {
      trusted: await status(frame('app://aigaq/index.html'), undefined),
      iframe: await status(frame('app://aigaq/index.html', {}), undefined),
      foreign: await status(frame('https://evil.example/'), undefined),
      invalid: await handlers.ipc.get('vault.unlock')(frame('app://aigaq/index.html'), { method: 'x' }),
    },
  };
}

readyResolve();
setTimeout(() => {
  probe().then(
    (report) => { process.stdout.write(`SMOKE-REPORT ${JSON.stringify(report)}\n`); process.exit(0); },
    (error) => { process.stdout.write(`SMOKE-ERROR ${error && error.stack}\n`); process.exit(1); },
  );
}, 1500);
