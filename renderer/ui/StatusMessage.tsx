/** A polite live region for progress and success messages; empty when there is nothing to say. */
export function StatusMessage({ message }: { readonly message: string | null }) {
  return (
    <div role="status" className="status">
      {message}
    </div>
  );
}
