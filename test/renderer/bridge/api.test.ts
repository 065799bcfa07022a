import { AppError } from '../../../shared/errors/appError';
import { COMMANDS, EVENTS } from '../../../shared/ipc/channels';
import { createApi, type RawBridge } from '../../../renderer/bridge/api';

type Answer = (name: string, request: unknown) => Promise<unknown>;

function rawBridge(answer: Answer): RawBridge & { emit(payload: unknown): void; listeners: number } {
  const listeners = new Set<(payload: unknown) => void>();
  const bridge = {
    invoke: Object.fromEntries(COMMANDS.map((name) => [name, (request: unknown) => answer(name, request)])),
    subscribe: Object.fromEntries(
      EVENTS.map((name) => [
        name,
        (listener: (payload: unknown) => void) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      ]),
    ),
    emit: (payload: unknown) => listeners.forEach((listener) => listener(payload)),
    get listeners() {
      return listeners.size;
    },
  };
  return bridge as unknown as RawBridge & { emit(payload: unknown): void; listeners: number };
}

describe('the renderer api over the bridge', () => {
  it('passes the request to the named command and returns the value of an ok result', async () => {
    const seen: unknown[] = [];
    const api = createApi(rawBridge(async (name, request) => {
      seen.push([name, request]);
      return { ok: true, value: { vault: 'locked', cryptoReady: true, locale: 'kk', version: '1' } };
    }));
    await expect(api.call('app.status', undefined)).resolves.toEqual({ vault: 'locked', cryptoReady: true, locale: 'kk', version: '1' });
    await api.call('vault.unlock', { method: 'passphrase', secret: 'invented secret' });
    expect(seen).toEqual([['app.status', undefined], ['vault.unlock', { method: 'passphrase', secret: 'invented secret' }]]);
  });

  it('throws an AppError carrying the code of a failed result', async () => {
    const api = createApi(rawBridge(async () => ({ ok: false, error: { code: 'WRONG_SECRET', message: 'no' } })));
    const failure = await api.call('vault.unlock', { method: 'passphrase', secret: 'x' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'WRONG_SECRET', message: 'no' });
  });

  it('turns an unknown error code or a malformed answer into INTERNAL', async () => {
    const unknownCode = createApi(rawBridge(async () => ({ ok: false, error: { code: 'SOMETHING_ELSE', message: 'x' } })));
    await expect(unknownCode.call('vault.lock', undefined)).rejects.toMatchObject({ code: 'INTERNAL' });
    const malformed = createApi(rawBridge(async () => 'not an envelope'));
    await expect(malformed.call('vault.lock', undefined)).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('delivers events to a listener until it unsubscribes', () => {
    const raw = rawBridge(async () => ({ ok: true, value: undefined }));
    const api = createApi(raw);
    const heard: unknown[] = [];
    const stop = api.on('vault.locked', (payload) => heard.push(payload.reason));
    raw.emit({ reason: 'idle' });
    stop();
    raw.emit({ reason: 'system' });
    expect(heard).toEqual(['idle']);
    expect(raw.listeners).toBe(0);
  });
});
