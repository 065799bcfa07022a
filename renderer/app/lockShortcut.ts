export type KeyChord = Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'code' | 'key'>;

/**
 * Ctrl+L, or Cmd+L on a Mac. `code` names the physical key, so the shortcut also works while a
 * Russian or Kazakh layout is active (where `key` would be "д").
 */
export function isLockShortcut(chord: KeyChord): boolean {
  return (chord.ctrlKey || chord.metaKey) && !chord.altKey && !chord.shiftKey && (chord.code === 'KeyL' || chord.key.toLowerCase() === 'l');
}
