import { screenFor, vaultIsOpenOn } from '../../../renderer/app/screens';

const status = { vault: 'locked', cryptoReady: true, locale: 'en', version: 'test' } as const;

describe('the screen chosen at start', () => {
  it('is the crypto error and nothing else when the self-test failed', () => {
    expect(screenFor({ ...status, cryptoReady: false, locale: null, vault: 'absent' })).toEqual({ kind: 'cryptoUnavailable' });
  });

  it('asks for the language on first run, remembering where to go next', () => {
    expect(screenFor({ ...status, locale: null, vault: 'absent' })).toEqual({ kind: 'chooseLanguage', vault: 'absent' });
  });

  it('follows the vault state once the language is known', () => {
    expect(screenFor({ ...status, vault: 'absent' })).toEqual({ kind: 'create' });
    expect(screenFor({ ...status, vault: 'locked' })).toEqual({ kind: 'locked' });
    expect(screenFor({ ...status, vault: 'unlocked' })).toEqual({ kind: 'unlocked' });
  });

  it('treats the recovery-key screen and the shell as open-vault screens that a lock must wipe', () => {
    expect(vaultIsOpenOn({ kind: 'recoveryKey', recoveryKey: 'K' })).toBe(true);
    expect(vaultIsOpenOn({ kind: 'unlocked' })).toBe(true);
    expect(vaultIsOpenOn({ kind: 'locked' })).toBe(false);
    expect(vaultIsOpenOn({ kind: 'create' })).toBe(false);
  });
});
