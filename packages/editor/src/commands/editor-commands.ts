import type { EditorCommand } from './editor-command.js';

// Every editor command, in the order help text lists them. Arrow-key navigation is not here: it is
// movement over the laid-out chart, which the web app owns.

const undo: EditorCommand = {
  id: 'undo',
  label: 'Undo',
  shortcuts: { mac: [{ key: 'z', mod: true }], other: [{ key: 'z', mod: true }] },
  scope: 'document',
  enabled: ({ editor }) => editor.history.past.length > 0,
  perform: ({ editor }) => editor.undo(),
};

const redo: EditorCommand = {
  id: 'redo',
  label: 'Redo',
  shortcuts: {
    mac: [{ key: 'z', mod: true, shift: true }],
    other: [
      { key: 'y', mod: true },
      { key: 'z', mod: true, shift: true },
    ],
  },
  scope: 'document',
  enabled: ({ editor }) => editor.history.future.length > 0,
  perform: ({ editor }) => editor.redo(),
};

const deletePosition: EditorCommand = {
  id: 'delete-position',
  label: 'Delete the selected position',
  shortcuts: {
    mac: [{ key: 'Delete' }, { key: 'Backspace' }],
    other: [{ key: 'Delete' }, { key: 'Backspace' }],
  },
  scope: 'chart',
  enabled: ({ editor }) => editor.selectedId !== null,
  perform: ({ editor }) => editor.removePosition(editor.selectedId!),
};

const copyPosition: EditorCommand = {
  id: 'copy-position',
  label: 'Copy the selected position with its team',
  shortcuts: { mac: [{ key: 'c', mod: true }], other: [{ key: 'c', mod: true }] },
  scope: 'chart',
  enabled: ({ editor, textSelected }) => editor.selectedId !== null && !textSelected,
  perform: ({ editor }) => editor.copyPosition(editor.selectedId!),
};

const paste: EditorCommand = {
  id: 'paste',
  label: 'Paste under the selected position',
  shortcuts: { mac: [{ key: 'v', mod: true }], other: [{ key: 'v', mod: true }] },
  scope: 'chart',
  // Always: with nothing copied, the status line says how to copy.
  enabled: () => true,
  perform: ({ editor }) => editor.paste(editor.selectedId),
};

const clearSelection: EditorCommand = {
  id: 'clear-selection',
  label: 'Clear the selection',
  shortcuts: { mac: [{ key: 'Escape' }], other: [{ key: 'Escape' }] },
  scope: 'chart',
  enabled: ({ editor }) => editor.selectedId !== null,
  perform: ({ editor }) => editor.select(null),
  keepsDefault: true,
};

export const editorCommands: readonly EditorCommand[] = [
  undo,
  redo,
  deletePosition,
  copyPosition,
  paste,
  clearSelection,
];

const byId = new Map(editorCommands.map((command) => [command.id, command] as const));

export function editorCommand(id: string): EditorCommand {
  const command = byId.get(id);
  if (command === undefined) throw new Error(`No editor command has the id "${id}"`);
  return command;
}
