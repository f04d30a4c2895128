import { type ReactNode, useEffect, useId, useRef } from 'react';
import { keepFocusInside } from './keep-focus-inside.js';

interface ModalProps {
  title: string;
  children: ReactNode;
  testId: string;
  /** Escape calls this; without it, Escape does nothing (a choice must be made). */
  onCancel?: () => void;
  /** Describes the dialog for screen readers (the id of its main text). */
  describedBy?: string;
  /** The feature's own class for its look, beside the shared `dialog`. */
  className: string;
}

/**
 * A modal on the native <dialog>: showModal() makes the page behind inert and moves focus in, Tab
 * stays inside, and focus returns to where it was when the dialog closes. Escape goes to onCancel
 * (the cancel event is stopped, so React decides whether it is open by rendering it or not). Ctrl+Z
 * inside undoes typing, not the chart behind.
 */
export function Modal({ title, children, testId, onCancel, describedBy, className }: ModalProps) {
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
      className={`dialog ${className}`}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      data-testid={testId}
      data-native-undo
      onKeyDown={keepFocusInside}
      onCancel={(event) => {
        event.preventDefault();
        onCancel?.();
      }}
    >
      <div className="dialog-header">
        <h2 id={titleId}>{title}</h2>
      </div>
      {children}
    </dialog>
  );
}
