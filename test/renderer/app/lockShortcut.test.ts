import { isLockShortcut, type KeyChord } from '../../../renderer/app/lockShortcut';

const chord = (overrides: Partial<KeyChord>): KeyChord => ({ ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, code: 'KeyL', key: 'l', ...overrides });

describe('the lock shortcut', () => {
  it('is Ctrl+L, or Cmd+L on a Mac', () => {
    expect(isLockShortcut(chord({ ctrlKey: true }))).toBe(true);
    expect(isLockShortcut(chord({ metaKey: true }))).toBe(true);
  });

  it('works with a Russian or Kazakh keyboard layout active', () => {
    expect(isLockShortcut(chord({ ctrlKey: true, key: 'д' }))).toBe(true);
  });

  it('is not plain L, nor Ctrl with another key or modifier', () => {
    expect(isLockShortcut(chord({}))).toBe(false);
    expect(isLockShortcut(chord({ ctrlKey: true, code: 'KeyK', key: 'k' }))).toBe(false);
    expect(isLockShortcut(chord({ ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isLockShortcut(chord({ ctrlKey: true, altKey: true }))).toBe(false);
  });
});
