import type { CommandName } from '../../shared/ipc/channels';
import { commands, type CommandRequest, type CommandResponse } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { isAppError } from '../../shared/errors/appError';

// Pure, so it runs under Jest and in the browser harness exactly as in Electron: validate the
// request against the contract, call the handler, validate the response, wrap the outcome.

export type Handlers = { readonly [C in CommandName]: (request: CommandRequest<C>) => Promise<CommandResponse<C>> };

/** Developer-facing; never contains plaintext (handlers throw AppErrors with fixed texts). */
export type ErrorLog = (name: CommandName, error: unknown) => void;

export async function dispatch(handlers: Handlers, name: CommandName, raw: unknown, log?: ErrorLog): Promise<IpcResult<unknown>> {
  const spec = commands[name];
  const parsed = spec.request.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: { code: 'INVALID_REQUEST', message: `${name}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}` } };
  }
  try {
    const handler = handlers[name] as (request: unknown) => Promise<unknown>;
    const value = spec.response.parse(await handler(parsed.data));
    return { ok: true, value };
  } catch (error) {
    if (isAppError(error)) {
      return { ok: false, error: { code: error.code, message: error.code } };
    }
    log?.(name, error);
    // The message of an unexpected error could echo anything: it stays in the developer log.
    return { ok: false, error: { code: 'INTERNAL', message: 'internal error' } };
  }
}

export function isCommandName(value: unknown): value is CommandName {
  return typeof value === 'string' && Object.hasOwn(commands, value);
}
