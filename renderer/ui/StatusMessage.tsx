/**
 * A polite live region for progress and success messages; empty when there is nothing to say. A
 * `notice` is a success the person must still act on (a receipt that could not be saved): it is
 * marked like the other notices, not muted.
 */
export function StatusMessage({ message, notice = false }: { readonly message: string | null; readonly notice?: boolean }) {
  return (
    <div role="status" className={notice ? 'status notice' : 'status'}>
      {message}
    </div>
  );
}
