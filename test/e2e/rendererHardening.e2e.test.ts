import { temporaryDir } from '../helpers/testVault';
import { launchApp, type LaunchedApp } from './launchApp';

// What hostile content in the renderer could reach: no Node, no network, no inline script.
describe('the renderer is a locked-down page', () => {
  let app: LaunchedApp;
  beforeAll(async () => {
    app = await launchApp({ dataDir: temporaryDir('aigaq-e2e-hardening-'), locale: 'en' });
    await app.page.waitForLoadState('load');
  });
  afterAll(async () => {
    await app.close();
  });

  it('has no Node: require, process and module are undefined', async () => {
    expect(await app.page.evaluate(() => [typeof (window as never as Record<string, unknown>).require, typeof (globalThis as Record<string, unknown>).process, typeof (globalThis as Record<string, unknown>).module])).toEqual(['undefined', 'undefined', 'undefined']);
  });

  it('cannot fetch any host: the CSP blocks it before a request leaves', async () => {
    const outcome = await app.page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
      const attempts = await Promise.all(['https://example.org/x', 'http://127.0.0.1:9/', 'http://app.localhost.evil/'].map((url) => fetch(url).then(() => 'fetched', () => 'blocked')));
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { attempts, violations };
    });
    expect(outcome.attempts).toEqual(['blocked', 'blocked', 'blocked']);
    expect(outcome.violations).toContain('connect-src');
    expect(app.foreignRequests).toEqual([]);
  });

  it('runs no inline script and loads no remote image', async () => {
    const outcome = await app.page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.appendChild(script);
      const image = document.createElement('img');
      image.src = 'https://example.org/pixel.png';
      document.body.appendChild(image);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { ran: (window as never as Record<string, unknown>).__inlineRan === true, violations };
    });
    expect(outcome.ran).toBe(false);
    expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'img-src']));
    expect(app.foreignRequests).toEqual([]);
  });

  // eval is not probed here: code run through DevTools (page.evaluate) is exempt from CSP's eval
  // check, so such a probe would measure the harness. The CSP's lack of 'unsafe-eval' is asserted
  // in test/main/protocol/rendererAssets.test.ts.
  it('cannot compile WebAssembly: the renderer does no crypto, so its CSP forbids it', async () => {
    const outcome = await app.page.evaluate(async () => {
      // The smallest valid module: magic number and version.
      const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
      return WebAssembly.compile(bytes).then(() => 'compiled', (error: Error) => `blocked: ${error.message}`);
    });
    expect(outcome).toMatch(/^blocked: .*Content Security Policy/);
  });

  it('cannot open frames, and the bridge cannot be replaced', async () => {
    const outcome = await app.page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
      const frame = document.createElement('iframe');
      frame.src = 'https://example.org/';
      document.body.appendChild(frame);
      let replaced = true;
      try {
        (window as never as Record<string, unknown>).bridge = {};
        replaced = (window as never as { bridge: { invoke?: unknown } }).bridge.invoke === undefined;
      } catch {
        replaced = false;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { violations, replaced };
    });
    expect(outcome.violations).toContain('frame-src');
    expect(outcome.replaced).toBe(false);
  });

  it('answers a request that breaks the IPC contract with INVALID_REQUEST', async () => {
    const result = await app.page.evaluate(() => (window as never as { bridge: { invoke: Record<string, (r: unknown) => Promise<unknown>> } }).bridge.invoke['vault.unlock']?.({ method: 'passphrase', secret: 42 }));
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });
});
