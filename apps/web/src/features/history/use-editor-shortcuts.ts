import { commandForKey } from '@orgwise/editor';
import { selectForest } from '@orgwise/layout';
import { useEffect } from 'react';
import { type ArrowKey, navigate } from '../../flow/navigate.js';
import { useEditor } from '../../store/editor-store.js';
import { isEditable, isOnChart } from './shortcut-target.js';

const arrows = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/**
 * The editor's keyboard: the shortcuts of the editor's commands (@orgwise/editor's registry) —
 * undo and redo also inside the inspector's fields, whose typing is one undo step each; Delete,
 * copy, paste and Escape on the chart — and the arrow keys between positions.
 */
export function useEditorShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const editor = useEditor.getState();
      const target = event.target;
      const command = commandForKey(event);
      if (command?.scope === 'document') {
        // Fields with their own undo (data-native-undo) and dialogs keep the key to themselves.
        const element = target instanceof HTMLElement ? target : null;
        if (element?.closest('[data-native-undo]') || element?.closest('dialog')) return;
        event.preventDefault();
        command.perform({ editor, textSelected: false });
        return;
      }
      if (isEditable(target) || !isOnChart(target)) return;
      if (command !== undefined) {
        // Text selected elsewhere on the page is what Ctrl+C copies, unless a card has the focus:
        // then the card is what the user means.
        const onCard =
          target instanceof HTMLElement && target.closest('[data-testid="position-card"]') !== null;
        const textSelected = !onCard && Boolean(window.getSelection()?.toString());
        const context = { editor, textSelected };
        if (!command.enabled(context)) return;
        if (command.keepsDefault !== true) event.preventDefault();
        command.perform(context);
        return;
      }
      const selected = editor.selectedId;
      const mod = event.ctrlKey || event.metaKey;
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
