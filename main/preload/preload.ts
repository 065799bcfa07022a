import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { COMMANDS, EVENTS } from '../../shared/ipc/channels';

// One function per command and per event, each bound to its fixed channel: the renderer can never
// name a channel itself, and never sees ipcRenderer or the event object (Electron's
// context-isolation guidance). Bundled to one CommonJS file, as a sandboxed preload must be.
const invoke = Object.fromEntries(COMMANDS.map((name) => [name, (request: unknown) => ipcRenderer.invoke(name, request)]));

const subscribe = Object.fromEntries(
  EVENTS.map((name) => [
    name,
    (listener: (payload: unknown) => void) => {
      const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
      ipcRenderer.on(name, forward);
      return () => {
        ipcRenderer.removeListener(name, forward);
      };
    },
  ]),
);

contextBridge.exposeInMainWorld('bridge', { invoke, subscribe });
