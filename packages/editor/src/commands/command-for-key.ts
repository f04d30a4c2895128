import type { EditorCommand } from './editor-command.js';
import { editorCommands } from './editor-commands.js';
import { type KeyChord, type KeyPress, matches, type Platform } from './key-chord.js';

/** The command a key press stands for on any platform, or undefined. */
export function commandForKey(press: KeyPress): EditorCommand | undefined {
  return editorCommands.find((command) =>
    [...command.shortcuts.mac, ...command.shortcuts.other].some((chord) => matches(chord, press)),
  );
}

/** The shortcut a menu or tooltip shows for a command on a platform. */
export function primaryShortcut(command: EditorCommand, platform: Platform): KeyChord | undefined {
  return command.shortcuts[platform][0];
}
