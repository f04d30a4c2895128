import {
  chordAria,
  chordText,
  type EditorCommand,
  editorCommand,
  type Platform,
  primaryShortcut,
} from '@orgwise/editor';
import { useEditor } from '../../store/editor-store.js';

const platform: Platform =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? 'mac' : 'other';

function CommandButton({ command }: { command: EditorCommand }) {
  const enabled = useEditor((state) => command.enabled({ editor: state, textSelected: false }));
  const shortcut = primaryShortcut(command, platform);
  return (
    <button
      type="button"
      className="button"
      disabled={!enabled}
      onClick={() => command.perform({ editor: useEditor.getState(), textSelected: false })}
      title={
        shortcut === undefined
          ? command.label
          : `${command.label} (${chordText(shortcut, platform)})`
      }
      aria-keyshortcuts={command.shortcuts[platform]
        .map((chord) => chordAria(chord, platform))
        .join(' ')}
      data-testid={command.id}
    >
      {command.label}
    </button>
  );
}

/** Undo and redo, from the editor's command registry; enabled only when there is something to do. */
export function HistoryButtons() {
  return (
    <fieldset className="button-group">
      <legend className="sr-only">History</legend>
      <CommandButton command={editorCommand('undo')} />
      <CommandButton command={editorCommand('redo')} />
    </fieldset>
  );
}
