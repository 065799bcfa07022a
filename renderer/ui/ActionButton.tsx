import type { ReactNode } from 'react';

type ActionButtonProps = {
  readonly busy: boolean;
  /** Started only when not busy: a second press while main works is ignored, not queued. */
  readonly onActivate: () => Promise<void>;
  readonly className?: string;
  readonly children: ReactNode;
};

/**
 * A button that starts one piece of work in main (open a file, save one). While it runs the button
 * looks disabled but keeps its focus (aria-disabled, not disabled), as SubmitButton does for forms.
 */
export function ActionButton({ busy, onActivate, className, children }: ActionButtonProps) {
  return (
    <button
      type="button"
      {...(className ? { className } : {})}
      aria-disabled={busy ? true : undefined}
      onClick={() => {
        if (!busy) {
          void onActivate();
        }
      }}
    >
      {children}
    </button>
  );
}
