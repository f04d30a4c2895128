import {
  chordAria,
  chordText,
  type EditorCommand,
  editorCommand,
  type Platform,
  primaryShortcut,
} from '@orgwise/editor';
import { useMessages } from '../../i18n/use-messages.js';
import { useEditor } from '../../store/editor-store.js';
import { messages } from './messages.js';

const platform: Platform =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? 'mac' : 'other';

function CommandButton({ command, name }: { command: EditorCommand; name: 'undo' | 'redo' }) {
  const t = useMessages(messages);
  const label = t(name);
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
          ? label
          : t('withShortcut', { label, shortcut: chordText(shortcut, platform) })
      }
      aria-keyshortcuts={command.shortcuts[platform]
        .map((chord) => chordAria(chord, platform))
        .join(' ')}
      data-testid={command.id}
    >
      {label}
    </button>
  );
}

/** Undo and redo, from the editor's command registry; enabled only when there is something to do. */
export function HistoryButtons() {
  const t = useMessages(messages);
  return (
    <fieldset className="button-group">
      <legend className="sr-only">{t('history')}</legend>
      <CommandButton command={editorCommand('undo')} name="undo" />
      <CommandButton command={editorCommand('redo')} name="redo" />
    </fieldset>
  );
}
