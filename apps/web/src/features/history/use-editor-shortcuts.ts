import { useEffect } from 'react';
import { type ArrowKey, navigate } from '../../flow/navigate.js';
import { selectForest } from '../../layout/select-forest.js';
import { useEditor } from '../../store/editor-store.js';
import { isEditable, isOnChart } from './shortcut-target.js';

const arrows = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/**
 * The editor's keyboard: undo and redo (also inside the inspector's fields, whose typing is one
 * undo step each), and on the chart Delete, copy, paste, Escape and the arrow keys.
 */
export function useEditorShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const editor = useEditor.getState();
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const target = event.target;
      const nativeUndo =
        target instanceof HTMLElement && target.closest('[data-native-undo]') !== null;

      if (mod && !event.altKey && (key === 'z' || key === 'y') && !nativeUndo) {
        if (target instanceof HTMLElement && target.closest('dialog') !== null) return;
        event.preventDefault();
        if (key === 'y' || event.shiftKey) editor.redo();
        else editor.undo();
        return;
      }
      if (isEditable(target) || !isOnChart(target)) return;

      const selected = editor.selectedId;
      if ((event.key === 'Delete' || event.key === 'Backspace') && selected !== null) {
        event.preventDefault();
        editor.removePosition(selected);
        return;
      }
      if (mod && key === 'c' && selected !== null) {
        if (window.getSelection()?.toString()) return; // copying text someone selected
        event.preventDefault();
        editor.copyPosition(selected);
        return;
      }
      if (mod && key === 'v') {
        event.preventDefault();
        editor.paste(selected);
        return;
      }
      if (event.key === 'Escape' && selected !== null) {
        editor.select(null);
        return;
      }
      if (arrows.has(event.key) && !mod && !event.altKey) {
        const forest = selectForest(editor);
        if (forest.size === 0) return;
        event.preventDefault();
        const from = selected === null ? undefined : forest.keyIndex.get(selected);
        const next =
          from === undefined
            ? forest.roots[0]
            : navigate(
                forest,
                from,
                event.key as ArrowKey,
                editor.direction,
                (index) => editor.collapsed[forest.analysis.id(index)] === true,
              );
        if (next !== undefined) editor.focusPosition(forest.analysis.id(next));
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
