import type { ComponentProps, ReactNode } from 'react';

interface MenuItemProps
  extends Omit<ComponentProps<'button'>, 'children' | 'type' | 'role' | 'name'> {
  /** What the item does, in a word or two. */
  label: ReactNode;
  /** The line under it: what it affects, or why it is disabled. */
  description: ReactNode;
  /** Deleting and the like: drawn in the danger colour. */
  danger?: boolean;
}

/** One item of a menu (New, Option, Export): its name over a line of description. */
export function MenuItem({ label, description, danger = false, ...button }: MenuItemProps) {
  return (
    <button
      type="button"
      role="menuitem"
      className={danger ? 'menu-item menu-item--danger' : 'menu-item'}
      {...button}
    >
      <span className="menu-item-name">{label}</span>
      <span className="menu-item-description">{description}</span>
    </button>
  );
}
