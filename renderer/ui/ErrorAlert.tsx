// Always in the page, so screen readers announce a message when it appears; empty when there is
// nothing to say (and then hidden by CSS).
export function ErrorAlert({ message }: { readonly message: string | null }) {
  return (
    <div role="alert" className="alert">
      {message}
    </div>
  );
}
