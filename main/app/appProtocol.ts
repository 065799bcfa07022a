import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../../shared/app/appOrigin';
import { serveRendererAsset } from '../protocol/rendererAssets';

// The renderer is served from app://aigaq, never file:// (file:// carries extra privileges).
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false, stream: false } }]);
}

export function handleAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (new URL(request.url).host !== APP_HOST) {
      return new Response('not found', { status: 404 });
    }
    const asset = await serveRendererAsset(rendererRoot, request.url);
    return new Response(Buffer.from(asset.body), { status: asset.status, headers: asset.headers });
  });
}
