import { AppError, ERROR_CODES, type ErrorCode } from '../../shared/errors/appError';
import type { CommandName, EventName } from '../../shared/ipc/channels';
import type { CommandRequest, CommandResponse, EventPayload } from '../../shared/ipc/contract';
import type { IpcError, IpcResult } from '../../shared/ipc/result';

// The one door from the renderer to main. The preload (or the test harness) exposes one function
// per channel returning a Result envelope; this turns the envelope back into a value or an
// AppError, so components write `await api.call(...)` and catch errors by code. Main validates
// every request and every response against shared/ipc/contract.ts, so nothing is re-parsed here.

export type RawBridge = {
  readonly invoke: { readonly [C in CommandName]: (request: unknown) => Promise<IpcResult<unknown>> };
  readonly subscribe: { readonly [E in EventName]: (listener: (payload: unknown) => void) => () => void };
  /** The paths of files dropped on the page (Electron's webUtils in the preload); '' when unknown. */
  readonly filePaths?: (files: readonly File[]) => string[];
};

export type Api = {
  call<C extends CommandName>(name: C, request: CommandRequest<C>): Promise<CommandResponse<C>>;
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Paths of dropped files; empty strings for files that have none (then they cannot be attached). */
  filePaths(files: readonly File[]): string[];
};

function knownCode(code: unknown): ErrorCode {
  return ERROR_CODES.find((known) => known === code) ?? 'INTERNAL';
}

function unwrap(result: unknown): unknown {
  if (result === null || typeof result !== 'object' || !('ok' in result)) {
    throw new AppError('INTERNAL', 'the bridge answered without a result envelope');
  }
  const envelope = result as IpcResult<unknown>;
  if (envelope.ok) {
    return envelope.value;
  }
  const error: Partial<IpcError> | undefined = envelope.error;
  throw new AppError(knownCode(error?.code), typeof error?.message === 'string' ? error.message : 'bridge error');
}

export function createApi(raw: RawBridge): Api {
  return {
    async call<C extends CommandName>(name: C, request: CommandRequest<C>): Promise<CommandResponse<C>> {
      const invoke = raw.invoke[name];
      if (typeof invoke !== 'function') {
        throw new AppError('INTERNAL', `the bridge has no command ${name}`);
      }
      return unwrap(await invoke(request)) as CommandResponse<C>;
    },
    on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void {
      return raw.subscribe[name]((payload) => listener(payload as EventPayload<E>));
    },
    filePaths(files: readonly File[]): string[] {
      return raw.filePaths ? raw.filePaths(files) : files.map(() => '');
    },
  };
}
