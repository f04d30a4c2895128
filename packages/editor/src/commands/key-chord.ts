/**
 * A key with its modifiers, as a keyboard event names it. `mod` is Ctrl or ⌘ (either is taken on
 * every platform, so a Mac user on a PC keyboard and the reverse both work).
 */
export interface KeyChord {
  /** KeyboardEvent.key, lower-cased for letters: 'z', 'Delete', 'Escape'. */
  key: string;
  mod?: boolean;
  shift?: boolean;
}

/** What of a keyboard event a chord is matched against. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export type Platform = 'mac' | 'other';

export function matches(chord: KeyChord, press: KeyPress): boolean {
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  return (
    key === chord.key &&
    (press.ctrlKey || press.metaKey) === (chord.mod ?? false) &&
    press.shiftKey === (chord.shift ?? false) &&
    !press.altKey
  );
}

const keyName = (key: string) => (key.length === 1 ? key.toUpperCase() : key);

/** As menus and tooltips show it: ⇧⌘Z on a Mac, Ctrl+Shift+Z elsewhere. */
export function chordText(chord: KeyChord, platform: Platform): string {
  if (platform === 'mac')
    return `${chord.shift ? '⇧' : ''}${chord.mod ? '⌘' : ''}${keyName(chord.key)}`;
  return [chord.mod && 'Ctrl', chord.shift && 'Shift', keyName(chord.key)]
    .filter(Boolean)
    .join('+');
}

/** As the aria-keyshortcuts attribute wants it: Meta+Shift+Z, Control+Y. */
export function chordAria(chord: KeyChord, platform: Platform): string {
  const mod = platform === 'mac' ? 'Meta' : 'Control';
  return [chord.mod && mod, chord.shift && 'Shift', keyName(chord.key)].filter(Boolean).join('+');
}
