let reloading = false;

/**
 * Throws away the whole page: every decrypted entry, every typed secret, every React state.
 * Deliberate on each lock; nothing in the renderer survives it.
 */
export function reloadPage(): void {
  if (!reloading) {
    reloading = true;
    window.location.reload();
  }
}
