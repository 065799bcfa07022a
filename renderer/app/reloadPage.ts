let reloading = false;

/**
 * Throws away the whole page: every decrypted entry, every typed secret, every React state.
 * Deliberate on each lock; nothing in the renderer survives it.
 */
export function reloadPage(): void {
  if (!reloading) {
    reloading = true;
    // Which record was open survives a plain reload (crash recovery), never a lock.
    window.sessionStorage.clear();
    window.location.reload();
  }
}
