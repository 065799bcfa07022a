import { Menu, type MenuItemConstructorOptions } from 'electron';

// Electron's default menu reloads the window (Ctrl+R, Ctrl+Shift+R — which the narrative editor
// uses for "redact when shared") and opens DevTools (Ctrl+Shift+I). A field app needs neither:
// only the edit roles (copy, paste, undo by keyboard, needed on macOS) and window roles remain.
export function installAppMenu(): void {
  const template: MenuItemConstructorOptions[] = [...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []), { role: 'editMenu' }, { role: 'windowMenu' }];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
