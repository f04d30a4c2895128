import {
  type KeyboardEvent as ReactKeyboardEvent,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';

/**
 * A button that opens a popup (a menu or a small panel) below it. The popup closes on a click
 * outside it or on Escape, which also gives the focus back to the button, as people expect of any
 * desktop menu. `focusOnOpen` names the element inside the popup to focus when it opens.
 */
export function usePopup(focusOnOpen?: string) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    if (focusOnOpen !== undefined) root.current?.querySelector<HTMLElement>(focusOnOpen)?.focus();
    const onMouseDown = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close(true);
    };
    document.addEventListener('mousedown', onMouseDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('mousedown', onMouseDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open, focusOnOpen, close]);

  return { open, setOpen, close, root, button };
}

/** The first item of a menu that can take the focus: what a menu focuses when it opens. */
export const FIRST_MENU_ITEM = '[role="menuitem"]:not(:disabled)';

/**
 * Keys inside a `role="menu"` popup (WAI-ARIA menu button): arrow keys, Home and End move between
 * the items that can be used, Escape closes and returns to the button, Tab closes and moves on.
 */
export function onMenuKeyDown(
  event: ReactKeyboardEvent<HTMLElement>,
  close: (returnFocus: boolean) => void,
): void {
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>(FIRST_MENU_ITEM)];
  const current = items.indexOf(document.activeElement as HTMLElement);
  const focusAt = (index: number) => items[(index + items.length) % items.length]?.focus();
  if (event.key === 'ArrowDown') focusAt(current + 1);
  else if (event.key === 'ArrowUp') focusAt(current < 0 ? -1 : current - 1);
  else if (event.key === 'Home') focusAt(0);
  else if (event.key === 'End') focusAt(items.length - 1);
  else if (event.key === 'Escape') close(true);
  else if (event.key === 'Tab') {
    close(false);
    return;
  } else return;
  event.preventDefault();
  event.stopPropagation();
}
