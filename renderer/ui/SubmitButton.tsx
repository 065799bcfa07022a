type SubmitButtonProps = {
  readonly label: string;
  /** Not ready (a weak passphrase, say): looks disabled but stays focusable, and submitting says why. */
  readonly blocked?: boolean;
  readonly busy?: boolean;
};

export function SubmitButton({ label, blocked = false, busy = false }: SubmitButtonProps) {
  return (
    <button type="submit" className="primary" aria-disabled={blocked || busy ? true : undefined}>
      {label}
    </button>
  );
}
