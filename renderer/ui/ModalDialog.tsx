import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

type ModalDialogProps = {
  readonly title: string;
  /** The button that closes the dialog without doing anything ("Close", "Cancel"). */
  readonly closeLabel: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** Buttons shown before the close button (a confirmation, say). */
  readonly actions?: ReactNode;
  readonly className?: string;
  /** Start on the close button: for a destructive confirmation, the safe choice is the default. */
  readonly focusClose?: boolean;
};

/**
 * A native modal dialog: the browser keeps focus inside it, Escape closes it and the page behind is
 * inert. Focus returns to the control that opened it even when the dialog is removed rather than
 * closed (the browser restores focus only on close()).
 */
export function ModalDialog({ title, closeLabel, onClose, children, actions, className, focusClose = false }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  // Read in the first render, before showModal moves focus into the dialog.
  const [opener] = useState(() => (typeof document === 'undefined' ? null : document.activeElement));

  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) {
      element.showModal();
    }
    if (focusClose) {
      closeButton.current?.focus();
    }
  }, [focusClose]);

  useEffect(
    () => () => {
      if (opener instanceof HTMLElement && opener.isConnected) {
        opener.focus();
      }
    },
    [opener],
  );

  return (
    <dialog ref={dialog} className={['modal-dialog', className].filter(Boolean).join(' ')} aria-labelledby={headingId} onClose={onClose}>
      <h2 id={headingId} className="modal-dialog-title">
        {title}
      </h2>
      {children}
      <div className="actions">
        {actions}
        <button type="button" ref={closeButton} onClick={() => dialog.current?.close()}>
          {closeLabel}
        </button>
      </div>
    </dialog>
  );
}
