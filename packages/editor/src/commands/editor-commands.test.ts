import { describe, expect, it, vi } from 'vitest';
import { commandForKey, primaryShortcut } from './command-for-key.js';
import type { CommandContext, CommandTarget } from './editor-command.js';
import { editorCommand, editorCommands } from './editor-commands.js';
import { chordAria, chordText } from './key-chord.js';

const press = (key: string, modifiers: { mod?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key,
  ctrlKey: modifiers.mod ?? false,
  metaKey: false,
  shiftKey: modifiers.shift ?? false,
  altKey: modifiers.alt ?? false,
});

function context(selectedId: string | null, textSelected = false): CommandContext {
  const editor: CommandTarget = {
    selectedId,
    history: { past: [1], future: [] },
    undo: vi.fn(),
    redo: vi.fn(),
    removePosition: vi.fn(),
    copyPosition: vi.fn(),
    paste: vi.fn(),
    select: vi.fn(),
  };
  return { editor, textSelected };
}

describe('the editor commands', () => {
  it('have unique ids, and every shortcut names one command', () => {
    expect(new Set(editorCommands.map((c) => c.id)).size).toBe(editorCommands.length);
    for (const command of editorCommands) {
      for (const chord of [...command.shortcuts.mac, ...command.shortcuts.other]) {
        const found = commandForKey(
          press(chord.key, { mod: chord.mod ?? false, shift: chord.shift ?? false }),
        );
        expect(found?.id).toBe(command.id);
      }
    }
  });

  it('find the command of a key press, with Ctrl or ⌘, never with Alt', () => {
    expect(commandForKey(press('Z', { mod: true }))?.id).toBe('undo');
    expect(commandForKey({ ...press('z'), metaKey: true })?.id).toBe('undo');
    expect(commandForKey(press('z', { mod: true, shift: true }))?.id).toBe('redo');
    expect(commandForKey(press('y', { mod: true }))?.id).toBe('redo');
    expect(commandForKey(press('Backspace'))?.id).toBe('delete-position');
    expect(commandForKey(press('z', { mod: true, alt: true }))).toBeUndefined();
    expect(commandForKey(press('z'))).toBeUndefined();
  });

  it('act on the selection, and are disabled without one', () => {
    const selected = context('cto');
    editorCommand('delete-position').perform(selected);
    expect(selected.editor.removePosition).toHaveBeenCalledWith('cto');
    expect(editorCommand('delete-position').enabled(context(null))).toBe(false);
    expect(editorCommand('copy-position').enabled(context('cto', true))).toBe(false);
    expect(editorCommand('redo').enabled(selected)).toBe(false);
    expect(editorCommand('undo').enabled(selected)).toBe(true);
  });

  it('say their shortcuts as each platform writes them', () => {
    const redo = editorCommand('redo');
    expect(chordText(primaryShortcut(redo, 'mac')!, 'mac')).toBe('⇧⌘Z');
    expect(chordText(primaryShortcut(redo, 'other')!, 'other')).toBe('Ctrl+Y');
    expect(redo.shortcuts.other.map((chord) => chordAria(chord, 'other')).join(' ')).toBe(
      'Control+Y Control+Shift+Z',
    );
    expect(chordAria(primaryShortcut(redo, 'mac')!, 'mac')).toBe('Meta+Shift+Z');
  });
});
