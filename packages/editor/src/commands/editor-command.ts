import type { KeyChord, Platform } from './key-chord.js';

/** What the editor's commands act on: the web app's store provides it. */
export interface CommandTarget {
  selectedId: string | null;
  history: { past: readonly unknown[]; future: readonly unknown[] };
  undo(): void;
  redo(): void;
  removePosition(positionId: string): void;
  copyPosition(positionId: string): void;
  paste(managerId: string | null): void;
  select(positionId: string | null): void;
}

/** Where a command runs from. */
export interface CommandContext {
  editor: CommandTarget;
  /** Text is selected on the page (copying it must stay the browser's). */
  textSelected: boolean;
}

/**
 * One editor command, as Excalidraw registers its actions: the menus and buttons, the keyboard and
 * the help text all read the same record.
 */
export interface EditorCommand {
  id: string;
  label: string;
  /** The shortcuts shown on each platform, the first one first; every one of them works anywhere. */
  shortcuts: Record<Platform, readonly KeyChord[]>;
  /**
   * 'document': also while typing in a field (undo, redo); 'chart': only on the chart, where
   * Delete or Ctrl+C mean the selected position rather than text.
   */
  scope: 'document' | 'chart';
  enabled: (context: CommandContext) => boolean;
  perform: (context: CommandContext) => void;
  /** The key's own effect stays (Escape also closes what the browser closes). */
  keepsDefault?: true;
}
