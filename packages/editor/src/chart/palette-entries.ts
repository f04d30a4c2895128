import type { PositionTemplate } from './new-position.js';

/** A palette entry: what the new position starts as, and the label and hint the palette shows. */
export interface PaletteEntry extends PositionTemplate {
  key: string;
  label: string;
  hint: string;
}

// The contract's roles, in the order people think of a leadership team: governance, the CEO, the
// C-suite, then technology leadership below it, and a plain box for anything else.
export const paletteEntries: readonly PaletteEntry[] = [
  {
    key: 'board',
    role: 'board',
    title: 'Board of Directors',
    label: 'Board',
    hint: 'Board of directors or owners',
  },
  { key: 'ceo', role: 'ceo', title: 'CEO', label: 'CEO', hint: 'Chief Executive Officer' },
  { key: 'cfo', role: 'cfo', title: 'CFO', label: 'CFO', hint: 'Chief Financial Officer' },
  { key: 'coo', role: 'coo', title: 'COO', label: 'COO', hint: 'Chief Operating Officer' },
  { key: 'cio', role: 'cio', title: 'CIO', label: 'CIO', hint: 'Chief Information Officer' },
  { key: 'cto', role: 'cto', title: 'CTO', label: 'CTO', hint: 'Chief Technology Officer' },
  {
    key: 'ciso',
    role: 'ciso',
    title: 'CISO',
    label: 'CISO',
    hint: 'Chief Information Security Officer',
  },
  {
    key: 'chro',
    role: 'chro',
    title: 'CHRO',
    label: 'CHRO',
    hint: 'Chief Human Resources / People Officer',
  },
  { key: 'cmo', role: 'cmo', title: 'CMO', label: 'CMO', hint: 'Chief Marketing Officer' },
  { key: 'cpo', role: 'cpo', title: 'CPO', label: 'CPO', hint: 'Chief Product Officer' },
  {
    key: 'general-counsel',
    role: 'general-counsel',
    title: 'General Counsel',
    label: 'General Counsel',
    hint: 'Head of legal',
  },
  {
    key: 'vp-engineering',
    role: 'vp-engineering',
    title: 'VP Engineering',
    label: 'VP Engineering',
    hint: 'Runs the engineering organisation',
  },
  {
    key: 'it-director',
    role: 'it-director',
    title: 'IT Director',
    label: 'IT director',
    hint: 'Runs IT operations',
  },
  {
    key: 'it-manager',
    role: 'it-manager',
    title: 'IT Manager',
    label: 'IT manager',
    hint: 'Manages day-to-day IT',
  },
  {
    key: 'position',
    role: null,
    title: 'New position',
    label: 'Position',
    hint: 'Any other position; name it in the inspector',
  },
];

/** The HTML drag-and-drop type that carries a palette entry's key. */
export const PALETTE_DRAG_TYPE = 'application/x-orgwise-role';
