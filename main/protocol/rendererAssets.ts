import { readFile, realpath } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/app/contentSecurityPolicy';

// Serves the built renderer for the app's own origin (app://aigaq in Electron, a routed http
// origin in the harness). Only files inside the renderer folder, never through `..`, encoded
// slashes or symlinks out of it; every response carries the CSP and no-sniff headers.

export type AssetResponse = { readonly status: number; readonly headers: Record<string, string>; readonly body: Uint8Array };

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function notFound(): AssetResponse {
  return { status: 404, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain' }, body: new TextEncoder().encode('not found') };
}

function relativePathOf(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) {
    return null;
  }
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) {
    return null;
  }
  return segments.length === 0 ? 'index.html' : segments.join('/');
}

export async function serveRendererAsset(rendererRoot: string, url: string): Promise<AssetResponse> {
  const relative = relativePathOf(new URL(url).pathname);
  const contentType = relative === null ? undefined : CONTENT_TYPES[extname(relative)];
  if (relative === null || contentType === undefined) {
    return notFound();
  }
  try {
    const root = await realpath(rendererRoot);
    const file = await realpath(join(root, relative));
    if (!file.startsWith(root + sep)) {
      return notFound();
    }
    return { status: 200, headers: { ...SECURITY_HEADERS, 'content-type': contentType }, body: new Uint8Array(await readFile(file)) };
  } catch {
    return notFound();
  }
}
