import { useEditor } from '../store/editor-store.js';

declare global {
  interface Window {
    /**
     * The editor's store, for scripts and tests driving the page (like tldraw's `window.editor`):
     * `window.orgwise.editor.getState().replaceChart(chart)` loads a chart of any size without
     * going through a file dialog. It grants nothing the page's own user cannot already do.
     */
    orgwise?: { editor: typeof useEditor };
  }
}

export function exposeForAutomation(): void {
  window.orgwise = { editor: useEditor };
}
