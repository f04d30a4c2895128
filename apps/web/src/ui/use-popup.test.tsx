// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_MENU_ITEM, onMenuKeyDown, usePopup } from './use-popup.js';

/** A menu button as the editor's menus build it, with one item that cannot be used. */
function Menu() {
  const { open, setOpen, close, root, button } = usePopup(FIRST_MENU_ITEM);
  return (
    <div>
      <div ref={root}>
        <button ref={button} type="button" onClick={() => setOpen((value) => !value)}>
          Options
        </button>
        {open && (
          <div role="menu" tabIndex={-1} onKeyDown={(event) => onMenuKeyDown(event, close)}>
            <button type="button" role="menuitem" disabled>
              Unavailable
            </button>
            <button type="button" role="menuitem">
              First
            </button>
            <button type="button" role="menuitem">
              Second
            </button>
          </div>
        )}
      </div>
      <p>Outside</p>
    </div>
  );
}

const openMenu = () => {
  render(<Menu />);
  fireEvent.click(screen.getByRole('button', { name: 'Options' }));
  return screen.getByRole('menu');
};
const item = (name: string) => screen.getByRole('menuitem', { name });

afterEach(cleanup);

describe('usePopup with a menu', () => {
  it('focuses the first usable item when it opens', () => {
    openMenu();
    expect(document.activeElement).toBe(item('First'));
  });

  it('moves between usable items with the arrow keys, Home and End, wrapping around', () => {
    const menu = openMenu();
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(item('Second'));
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(item('First'));
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(item('Second'));
    fireEvent.keyDown(menu, { key: 'Home' });
    expect(document.activeElement).toBe(item('First'));
    fireEvent.keyDown(menu, { key: 'End' });
    expect(document.activeElement).toBe(item('Second'));
  });

  it('closes on Escape and gives the focus back to its button', () => {
    const menu = openMenu();
    fireEvent.keyDown(menu, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Options' }));
  });

  it('closes on Escape pressed anywhere on the page', () => {
    openMenu();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('closes on Tab without taking the focus back', () => {
    const menu = openMenu();
    fireEvent.keyDown(menu, { key: 'Tab' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).not.toBe(screen.getByRole('button', { name: 'Options' }));
  });

  it('closes on a click outside it, and stays open on a click inside it', () => {
    openMenu();
    fireEvent.mouseDown(item('Second'));
    expect(screen.queryByRole('menu')).not.toBeNull();
    fireEvent.mouseDown(screen.getByText('Outside'));
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
