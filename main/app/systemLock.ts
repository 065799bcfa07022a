import { powerMonitor } from 'electron';
import type { IdleSource } from '../session/idleLock';

// The OS tells us when the screen locks, the machine sleeps or the user switches: the vault locks
// with it (R32). The idle timer reads the OS's own idle time.
export function lockOnSystemEvents(lock: () => void): void {
  powerMonitor.on('lock-screen', lock);
  powerMonitor.on('suspend', lock);
  powerMonitor.on('user-did-resign-active', lock);
}

export const systemIdle: IdleSource = { idleSeconds: () => powerMonitor.getSystemIdleTime() };
