import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
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

// Dropped files: the renderer holds File objects, main needs paths. Electron 32+ removed File.path;
// webUtils is the supported way, and it only works here, in the preload.
const filePaths = (files: readonly File[]): string[] => files.map((file) => webUtils.getPathForFile(file));

contextBridge.exposeInMainWorld('bridge', { invoke, subscribe, filePaths });
