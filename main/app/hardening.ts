import { app, session, type WebContents } from 'electron';
import { ELECTRON_APP_ORIGIN } from '../../shared/app/appOrigin';

// Security brief R23–R29: no navigation away from the app, no new windows, no permissions, no
// webviews, no network from the renderer, no spellchecker downloads.
export function hardenSession(): void {
  const ses = session.defaultSession;
  // One exception: writing text to the clipboard from the app's own page (Copy SHA-256, Copy key).
  // Reading the clipboard stays refused.
  // (Node's URL gives custom schemes the origin "null", so the prefix is compared as text.)
  const allowed = (permission: string, url: string | undefined) => permission === 'clipboard-sanitized-write' && (url === ELECTRON_APP_ORIGIN || (url ?? '').startsWith(`${ELECTRON_APP_ORIGIN}/`));
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => callback(allowed(permission, details.requestingUrl)));
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowed(permission, requestingOrigin));
  ses.setDevicePermissionHandler(() => false);
  // Dictionaries would be fetched from a Google CDN: point the download at nowhere.
  ses.setSpellCheckerDictionaryDownloadURL('https://0.0.0.0/');
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith(`${ELECTRON_APP_ORIGIN}/`) || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });
}

export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
