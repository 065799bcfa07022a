import { dispatch, type Handlers } from '../../../main/ipc/dispatch';
import { AppError } from '../../../shared/errors/appError';

function handlers(overrides: Partial<Handlers>): Handlers {
  const unused = async (): Promise<never> => {
    throw new Error('not used in this test');
  };
  return new Proxy(overrides, { get: (target, name: string) => (target as Record<string, unknown>)[name] ?? unused }) as Handlers;
}

describe('IPC dispatch', () => {
  it('refuses a request that does not match the contract, before the handler runs', async () => {
    const seen: unknown[] = [];
    const result = await dispatch(handlers({ 'vault.unlock': async (request) => void seen.push(request) }), 'vault.unlock', { method: 'telepathy', secret: 'x' });
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_REQUEST', message: expect.stringContaining('vault.unlock') } });
    expect(seen).toEqual([]);
  });

  it('refuses oversized or wrongly typed rows', async () => {
    const result = await dispatch(handlers({}), 'records.open', { table: 'notebook', rows: [{ id: 'short', b: 'not bytes' }] });
    expect(result.ok).toBe(false);
  });

  it('passes an AppError code through, without the developer message', async () => {
    const result = await dispatch(handlers({ 'vault.lock': async () => { throw new AppError('LOCKED', 'details for developers'); } }), 'vault.lock', undefined);
    expect(result).toEqual({ ok: false, error: { code: 'LOCKED', message: 'LOCKED' } });
  });

  it('turns any other error into INTERNAL with a fixed message, and logs it for developers only', async () => {
    const logged: unknown[] = [];
    const result = await dispatch(handlers({ 'vault.lock': async () => { throw new Error('plaintext that must not leak'); } }), 'vault.lock', undefined, (_name, error) => logged.push(error));
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'internal error' } });
    expect(logged).toHaveLength(1);
  });

  it('refuses a handler response that breaks the contract', async () => {
    const result = await dispatch(handlers({ 'settings.get': async () => ({ idleLockMinutes: 7 }) as never }), 'settings.get', undefined);
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'internal error' } });
  });
});
