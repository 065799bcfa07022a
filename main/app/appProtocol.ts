import { protocol } from 'electron';
import { Readable } from 'node:stream';
import { APP_HOST, APP_SCHEME } from '../../shared/app/appOrigin';
import type { PreviewResponse } from '../evidence/evidencePreview';
import { PREVIEW_PATH_PREFIX } from '../evidence/evidencePreview';
import { serveRendererAsset } from '../protocol/rendererAssets';

// The renderer is served from app://aigaq, never file:// (file:// carries extra privileges).
// Evidence previews come from the same origin (app://aigaq/evidence/…), streamed: `stream: true`
// lets <video> seek with Range requests instead of loading a whole file.
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false, stream: true } }]);
}

export type PreviewSource = (url: string, range: string | null) => Promise<PreviewResponse>;

function previewToResponse(preview: PreviewResponse): Response {
  const body = preview.body === null ? null : (Readable.toWeb(preview.body) as ReadableStream<Uint8Array>);
  return new Response(body, { status: preview.status, headers: preview.headers });
}

/** `previews` is null until the services exist; preview URLs only exist after that anyway. */
export function handleAppProtocol(rendererRoot: string, previews: () => PreviewSource | null): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) {
      return new Response('not found', { status: 404 });
    }
    const preview = previews();
    if (url.pathname.startsWith(PREVIEW_PATH_PREFIX) && preview !== null) {
      return previewToResponse(await preview(request.url, request.headers.get('range')));
    }
    const asset = await serveRendererAsset(rendererRoot, request.url);
    return new Response(Buffer.from(asset.body), { status: asset.status, headers: asset.headers });
  });
}
