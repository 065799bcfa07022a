import { ipcMain, type WebContents } from 'electron';
import { ELECTRON_APP_ORIGIN } from '../../shared/app/appOrigin';
import { COMMANDS } from '../../shared/ipc/channels';
import { isTrustedSender } from '../ipc/trustedSender';
import type { MainServices } from '../mainServices';

// The only user of ipcMain. Sender first (top frame of app://aigaq), then the contract (in
// dispatch), then the handler.
export function bindIpc(services: MainServices): void {
  for (const name of COMMANDS) {
    ipcMain.handle(name, (event, raw: unknown) => {
      const frame = event.senderFrame;
      const sender = frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
      if (!isTrustedSender(sender, ELECTRON_APP_ORIGIN)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: `untrusted sender for ${name}` } };
      }
      return services.invoke(name, raw);
    });
  }
}

/** Main → renderer events go only to our own windows, and only through the typed list. */
export function forwardEvents(services: MainServices, target: () => WebContents | null): () => void {
  return services.subscribe((name, payload) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) {
      contents.send(name, payload);
    }
  });
}
