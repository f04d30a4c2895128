import { type ReactNode, useEffect, useId, useRef } from 'react';
import { keepFocusInside } from '../../ui/keep-focus-inside.js';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId: string;
  wide?: boolean;
}

/**
 * A modal dialog on the native <dialog> element: showModal() makes the rest of the page inert and
 * moves focus inside, Tab stays inside, and Escape closes it (through the cancel event, routed to
 * onClose so that React owns whether it is open). Focus returns to where it was when it closes.
 */
export function Dialog({ title, onClose, children, testId, wide = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement;
    if (dialog !== null && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog ie-dialog ie-dialog--wide' : 'dialog ie-dialog'}
      aria-labelledby={titleId}
      data-testid={testId}
      onKeyDown={keepFocusInside}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-header">
        <h2 id={titleId}>{title}</h2>
      </div>
      {children}
    </dialog>
  );
}
