import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { COMMANDS } from '../../shared/ipc/channels';
import { CONTENT_SECURITY_POLICY } from '../../shared/app/contentSecurityPolicy';
import { temporaryDir } from '../helpers/testVault';

// The built Electron main bundle (out/main/main.js), started under plain Node with a recording
// stand-in for `electron`: proves the thin app layer wires what the services promise.
type Report = {
  recorded: { windows: { webPreferences: Record<string, unknown> }[]; ipcChannels: string[]; schemes: { scheme: string; privileges?: Record<string, boolean> }[]; powerEvents: string[]; shortcuts: string[]; spellcheckUrl: string; loadedUrl: string; permissionAnswers: boolean[]; menu: unknown };
  navigation: { prevented: number; windowOpen: { action: string } };
  asset: { status: number; csp: string; body: string };
  traversalStatus: number;
  cancels: { remote: boolean; app: boolean };
  permissionCheck: boolean;
  unknownPreviewStatus: number;
  clipboardWriteCheck: boolean;
  ipc: Record<'trusted' | 'iframe' | 'foreign' | 'invalid', { ok: boolean; value?: { vault: string; cryptoReady: boolean }; error?: { code: string } }>;
};

describe('the Electron main process, started from the build', () => {
  let report: Report;
  beforeAll(() => {
    const root = resolve(__dirname, '../..');
    const output = execFileSync(process.execPath, ['-r', resolve(__dirname, 'fakeElectron.cjs'), resolve(root, 'out/main/main.js')], { env: { ...process.env, AIGAQ_DATA_DIR: temporaryDir('aigaq-smoke-') }, encoding: 'utf8', timeout: 60_000 });
    const line = output.split('\n').find((text) => text.startsWith('SMOKE-REPORT '));
    if (!line) {
      throw new Error(`no report from the main bundle:\n${output}`);
    }
    report = JSON.parse(line.slice('SMOKE-REPORT '.length)) as Report;
  });

  it('registers one IPC handler per channel of the contract, and nothing else', () => {
    expect([...report.recorded.ipcChannels].sort()).toEqual([...COMMANDS].sort());
  });

  it('checks the sender and the contract before any handler answers', () => {
    expect(report.ipc.trusted).toMatchObject({ ok: true, value: { vault: 'absent', cryptoReady: true } });
    expect(report.ipc.iframe).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(report.ipc.foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(report.ipc.invalid).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('opens a sandboxed, isolated window on app://aigaq', () => {
    const [window] = report.recorded.windows;
    expect(window?.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webviewTag: false, webSecurity: true, spellcheck: false });
    expect(report.recorded.loadedUrl).toBe('app://aigaq/index.html');
    expect(report.recorded.schemes.map((scheme) => scheme.scheme)).toEqual(['app']);
    // Streamed, so a <video> seeks by Range requests instead of loading a whole file.
    expect(report.recorded.schemes[0]).toMatchObject({ privileges: { standard: true, secure: true, stream: true, supportFetchAPI: false, corsEnabled: false } });
  });

  it('serves the built renderer with the CSP header, and 404 for a path out of it', () => {
    expect(report.asset.status).toBe(200);
    expect(report.asset.csp).toBe(CONTENT_SECURITY_POLICY);
    expect(report.asset.body.toLowerCase()).toContain('<!doctype html>');
    expect(report.traversalStatus).toBe(404);
    // Evidence previews share the origin; a URL main never handed out is a plain 404.
    expect(report.unknownPreviewStatus).toBe(404);
  });

  it('denies navigation, new windows, permissions and every request that is not the app', () => {
    expect(report.navigation.prevented).toBeGreaterThanOrEqual(3);
    expect(report.navigation.windowOpen).toEqual({ action: 'deny' });
    // Geolocation, clipboard reading, and writing from a foreign page: refused. Writing text to the
    // clipboard from the app's own page (Copy SHA-256, Copy key): allowed, the one exception.
    expect(report.recorded.permissionAnswers).toEqual([false, false, false, true]);
    expect(report.permissionCheck).toBe(false);
    expect(report.clipboardWriteCheck).toBe(true);
    expect(report.cancels).toEqual({ remote: true, app: false });
    expect(report.recorded.spellcheckUrl).toBe('https://0.0.0.0/');
  });

  it('replaces the default menu: no reload, no DevTools, the edit roles kept', () => {
    const roles = JSON.stringify(report.recorded.menu);
    expect(roles).toContain('editMenu');
    expect(roles).not.toMatch(/reload|forceReload|toggleDevTools|viewMenu/i);
  });

  it('locks on screen lock, suspend and user switch, and has a quick-lock shortcut', () => {
    expect(report.recorded.powerEvents).toEqual(expect.arrayContaining(['lock-screen', 'suspend', 'user-did-resign-active']));
    expect(report.recorded.shortcuts).toContain('CommandOrControl+Shift+L');
  });
});
