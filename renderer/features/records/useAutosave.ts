import { useCallback, useEffect, useRef, useState } from 'react';

// Drafts are saved while the monitor types: after a short pause, and at least once a second
// during continuous typing, so a reload or a crash loses at most the last second. Only the latest
// values are written; a save in flight is never overtaken by an older one.

export const AUTOSAVE_PAUSE_MS = 300;
export const AUTOSAVE_MAX_WAIT_MS = 1000;

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

export function useAutosave<T>(save: (value: T) => Promise<void>) {
  const [state, setState] = useState<SaveState>('saved');
  const latest = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const firstPending = useRef<number | null>(null);
  const running = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    firstPending.current = null;
    const next = latest.current;
    latest.current = null;
    if (next === null) {
      return running.current;
    }
    setState('saving');
    running.current = running.current
      .then(() => save(next.value))
      .then(
        () => setState(latest.current === null ? 'saved' : 'pending'),
        () => setState('failed'),
      );
    return running.current;
  }, [save]);

  const schedule = useCallback(
    (value: T) => {
      latest.current = { value };
      setState('pending');
      const now = Date.now();
      firstPending.current ??= now;
      if (timer.current !== null) {
        clearTimeout(timer.current);
      }
      const wait = Math.max(0, Math.min(AUTOSAVE_PAUSE_MS, firstPending.current + AUTOSAVE_MAX_WAIT_MS - now));
      timer.current = setTimeout(() => void flush(), wait);
    },
    [flush],
  );

  // Leaving the editor writes what is pending.
  useEffect(() => () => void flush(), [flush]);

  return { state, schedule, flush };
}
