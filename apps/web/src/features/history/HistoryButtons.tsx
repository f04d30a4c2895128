import { useEditor } from '../../store/editor-store.js';

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = mac ? '⌘' : 'Ctrl+';

/** Undo and redo, enabled only when there is something to undo or redo. */
export function HistoryButtons() {
  const canUndo = useEditor((state) => state.history.past.length > 0);
  const canRedo = useEditor((state) => state.history.future.length > 0);
  return (
    <fieldset className="button-group">
      <legend className="sr-only">History</legend>
      <button
        type="button"
        className="button"
        disabled={!canUndo}
        onClick={() => useEditor.getState().undo()}
        title={`Undo (${mod}Z)`}
        aria-keyshortcuts={mac ? 'Meta+Z' : 'Control+Z'}
        data-testid="undo"
      >
        Undo
      </button>
      <button
        type="button"
        className="button"
        disabled={!canRedo}
        onClick={() => useEditor.getState().redo()}
        title={`Redo (${mac ? '⇧⌘Z' : 'Ctrl+Y'})`}
        aria-keyshortcuts={mac ? 'Meta+Shift+Z' : 'Control+Y Control+Shift+Z'}
        data-testid="redo"
      >
        Redo
      </button>
    </fieldset>
  );
}
