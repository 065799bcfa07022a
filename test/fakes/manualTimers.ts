import type { Timers } from '../../main/session/idleLock';

/** Timers that fire only when a test says so: idle-lock tests never wait on a clock. */
export function manualTimers(): Timers & { tick(): void } {
  const callbacks = new Set<() => void>();
  return {
    setInterval: (callback) => (callbacks.add(callback), callback),
    clearInterval: (handle) => void callbacks.delete(handle as () => void),
    tick: () => callbacks.forEach((callback) => callback()),
  };
}
