import { startIdleLock } from '../../../main/session/idleLock';
import { manualTimers } from '../../fakes/manualTimers';

describe('idle auto-lock', () => {
  it('locks once the system has been idle for the configured minutes, and not before', () => {
    const timers = manualTimers();
    let idle = 0;
    let locks = 0;
    let unlocked = true;
    const stop = startIdleLock({ idle: { idleSeconds: () => idle }, timers, limitMinutes: () => 5, isUnlocked: () => unlocked, lock: () => { locks += 1; unlocked = false; } });
    idle = 299;
    timers.tick();
    expect(locks).toBe(0);
    idle = 300;
    timers.tick();
    expect(locks).toBe(1);
    timers.tick();
    expect(locks).toBe(1);
    stop();
  });

  it('never locks when the setting is 0 (never)', () => {
    const timers = manualTimers();
    let locks = 0;
    startIdleLock({ idle: { idleSeconds: () => 1e9 }, timers, limitMinutes: () => 0, isUnlocked: () => true, lock: () => { locks += 1; } });
    timers.tick();
    expect(locks).toBe(0);
  });
});
