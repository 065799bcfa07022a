import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { HARNESS_APP_ORIGIN } from '../../shared/app/appOrigin';
import { COMMANDS, EVENTS, type CommandName } from '../../shared/ipc/channels';
import type { Locale } from '../../shared/settings/settings';
import { isTrustedSender } from '../../main/ipc/trustedSender';
import { createMainServices, type MainServices, type MainServicesOptions } from '../../main/mainServices';
import { serveRendererAsset } from '../../main/protocol/rendererAssets';
import { PREVIEW_PATH_PREFIX } from '../../main/evidence/evidencePreview';
import type { Readable } from 'node:stream';
import type { FilePorts } from '../../main/files/filePorts';
import { createPreferencesStore } from '../../main/settings/preferencesStore';
import { KDF_FLOOR } from '../../main/vault/kdfParams';
import { decodeFromPage, encodeForPage, PAGE_CODEC_SOURCE } from './bridgeCodec';

// The real app minus Electron's transport: the built renderer (out/renderer) in Debian's Chromium,
// its window.bridge wired to the real main services running in this Node process. What Electron's
// preload and ipcMain do, this does with an init script and a Playwright binding; everything else
// (dispatch, validation, the sender check, the vault, the CSP header) is the product's own code.

export const CHROMIUM_PATH = process.env.AIGAQ_CHROMIUM ?? '/usr/bin/chromium';
export const RENDERER_DIR = resolve(__dirname, '../../out/renderer');

export type LaunchOptions = {
  /** Everything the app writes goes under here: main's files and Chromium's profile (IndexedDB). */
  readonly dataDir: string;
  /** Preset the interface language, as if chosen at first run. Omit to see the first-run chooser. */
  readonly locale?: Locale;
  /** Argon2id parameters for new keyslots; tests default to the floor (64 MiB) to stay quick. */
  readonly kdfParams?: MainServicesOptions['kdfParams'];
  readonly idle?: MainServicesOptions['idle'];
  readonly timers?: MainServicesOptions['timers'];
  /** Stands in for the native open-file dialog: the paths "chosen" when Attach files… is pressed. */
  readonly pickFiles?: () => Promise<string[]>;
  /** Stand in for the other native dialogs (open an invitation, choose a folder for a bundle…). */
  readonly files?: Partial<FilePorts>;
  /** Stands in for Electron's webUtils: a file dropped on the page is taken to be <dropDir>/<name>. */
  readonly dropDir?: string;
};

export type LaunchedApp = {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly services: MainServices;
  /** Requests the page tried to make to anywhere but the app's own origin. */
  readonly foreignRequests: readonly string[];
  /** Messages from the console, CSP violations included. */
  readonly consoleMessages: readonly string[];
  close(): Promise<void>;
};

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-features=AutofillServerCommunication'];

function bridgeInitScript(dropDir: string | undefined): string {
  return `(() => {
    ${PAGE_CODEC_SOURCE}
    const listeners = new Map(${JSON.stringify(EVENTS)}.map((name) => [name, new Set()]));
    window.__aigaqEmit = (name, payload) => { for (const listener of listeners.get(name) ?? []) listener(decode(payload)); };
    const invoke = Object.fromEntries(${JSON.stringify(COMMANDS)}.map((name) => [name, async (request) => decode(JSON.parse(await window.__aigaqInvoke(name, JSON.stringify(encode(request) ?? null))))]));
    const subscribe = Object.fromEntries(${JSON.stringify(EVENTS)}.map((name) => [name, (listener) => { listeners.get(name).add(listener); return () => listeners.get(name).delete(listener); }]));
    const dropDir = ${JSON.stringify(dropDir ?? null)};
    const filePaths = (files) => files.map((file) => (dropDir === null ? '' : dropDir + '/' + file.name));
    Object.defineProperty(window, 'bridge', { value: Object.freeze({ invoke: Object.freeze(invoke), subscribe: Object.freeze(subscribe), filePaths }), enumerable: false });
  })();`;
}

async function wireBridge(context: BrowserContext, services: MainServices, dropDir: string | undefined): Promise<void> {
  // Messages cross as one JSON string each way: Playwright carries a string far faster than the
  // same data as nested objects (10,000 rows: ~0.05 s instead of ~4 s).
  await context.exposeBinding('__aigaqInvoke', async (source, name: unknown, payload: unknown) => {
    const frame = { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() };
    if (!isTrustedSender(frame, HARNESS_APP_ORIGIN) || !COMMANDS.includes(name as CommandName) || typeof payload !== 'string') {
      return JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: 'untrusted sender' } });
    }
    const request = decodeFromPage(JSON.parse(payload)) ?? undefined;
    return JSON.stringify(encodeForPage(await services.invoke(name as CommandName, request)));
  });
  await context.addInitScript(bridgeInitScript(dropDir));
}

async function bodyBytes(body: Readable | null): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of body ?? []) {
    parts.push(part as Buffer);
  }
  return Buffer.concat(parts);
}

async function serveRenderer(context: BrowserContext, services: MainServices, foreignRequests: string[]): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${HARNESS_APP_ORIGIN}/`)) {
      foreignRequests.push(url);
      return route.abort('blockedbyclient');
    }
    // What protocol.handle does for app://aigaq/evidence/… in Electron (main/app/appProtocol.ts).
    if (new URL(url).pathname.startsWith(PREVIEW_PATH_PREFIX)) {
      const preview = await services.previewEvidence(url, (await route.request().headerValue('range')) ?? null);
      return route.fulfill({ status: preview.status, headers: preview.headers, body: await bodyBytes(preview.body) });
    }
    const asset = await serveRendererAsset(RENDERER_DIR, url);
    return route.fulfill({ status: asset.status, headers: asset.headers, body: Buffer.from(asset.body) });
  });
}

function forwardEvents(page: Page, services: MainServices): () => void {
  return services.subscribe((name, payload) => {
    void page.evaluate(([event, data]) => (window as unknown as { __aigaqEmit(n: unknown, p: unknown): void }).__aigaqEmit(event, data), [name, encodeForPage(payload)] as const).catch(() => undefined);
  });
}

/** What Electron's printToPDF does in the app (main/app/pdfPrinter.ts): the same Chromium, a page of its own. */
async function printWithChromium(context: BrowserContext | null, html: string): Promise<Uint8Array> {
  if (context === null) {
    throw new Error('the browser is not started');
  }
  const page = await context.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } }));
  } finally {
    await page.close();
  }
}

export async function launchApp(options: LaunchOptions): Promise<LaunchedApp> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install chromium)`);
  }
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` first');
  }
  mkdirSync(options.dataDir, { recursive: true });
  if (options.locale !== undefined && (await createPreferencesStore(options.dataDir).readLocale()) === null) {
    await createPreferencesStore(options.dataDir).writeLocale(options.locale);
  }
  // The browser starts after the services, which need it only to print: the port looks it up then.
  let browser: BrowserContext | null = null;
  const services = await createMainServices({
    dataDir: options.dataDir,
    kdfParams: options.kdfParams ?? KDF_FLOOR,
    version: 'test',
    ...(options.idle ? { idle: options.idle } : {}),
    ...(options.timers ? { timers: options.timers } : {}),
    files: { ...(options.pickFiles ? { pickFiles: options.pickFiles } : {}), ...options.files },
    printPdf: (html) => printWithChromium(browser, html),
  });
  const context = await chromium.launchPersistentContext(join(options.dataDir, 'chromium-profile'), { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 800 } });
  browser = context;
  const foreignRequests: string[] = [];
  const consoleMessages: string[] = [];
  await serveRenderer(context, services, foreignRequests);
  await wireBridge(context, services, options.dropDir);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
  const stopEvents = forwardEvents(page, services);
  await page.goto(`${HARNESS_APP_ORIGIN}/index.html`);
  return {
    page,
    context,
    services,
    foreignRequests,
    consoleMessages,
    async close() {
      stopEvents();
      services.dispose();
      await context.close();
    },
  };
}
