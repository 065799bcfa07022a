import type { ErrorCode } from '../errors/appError';

// Why an envelope: an error thrown through ipcMain.handle reaches the renderer as a bare message,
// and contextBridge cannot carry prototypes. The renderer rebuilds AppError from { code, message }.
export type IpcError = { readonly code: ErrorCode; readonly message: string };
export type IpcResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: IpcError };
