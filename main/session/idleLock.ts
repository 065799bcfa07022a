// Locks the vault after the configured idle time. Where idleness comes from is a port: the
// Electron layer reads the operating system's idle time (powerMonitor), tests pass a fake.
export type IdleSource = { idleSeconds(): number };
export type Timers = {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
};

const CHECK_EVERY_MS = 5_000;

export function startIdleLock(deps: {
  idle: IdleSource;
  timers: Timers;
  limitMinutes: () => number;
  isUnlocked: () => boolean;
  lock: () => void;
}): () => void {
  const handle = deps.timers.setInterval(() => {
    const minutes = deps.limitMinutes();
    if (minutes > 0 && deps.isUnlocked() && deps.idle.idleSeconds() >= minutes * 60) {
      deps.lock();
    }
  }, CHECK_EVERY_MS);
  return () => deps.timers.clearInterval(handle);
}

export const systemTimers: Timers = {
  setInterval: (callback, ms) => {
    const handle = setInterval(callback, ms);
    handle.unref?.();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};
