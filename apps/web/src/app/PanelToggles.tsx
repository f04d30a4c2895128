import { useEffect } from 'react';
import { useMessages } from '../i18n/use-messages.js';
import { panelMessages } from './panels.messages.js';
import { isPanelsShortcut, type PanelSide, usePanels } from './panels-store.js';

/** A panel drawn as a window with its left or right side filled. */
function PanelIcon({ side }: { side: PanelSide }) {
  return (
    <svg width="18" height="14" viewBox="0 0 18 14" aria-hidden="true" focusable="false">
      <rect
        x="0.75"
        y="0.75"
        width="16.5"
        height="12.5"
        rx="2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
      <rect x={side === 'left' ? 2 : 11} y="2" width="5" height="10" rx="1" fill="currentColor" />
    </svg>
  );
}

/**
 * The button that hides and shows one side panel, in the chart's corner on that side, so that
 * the chart can have the whole width.
 */
export function PanelToggle({ side }: { side: PanelSide }) {
  const t = useMessages(panelMessages);
  const shown = usePanels((state) => state[side]);
  return (
    <button
      type="button"
      className={`button button--icon panel-toggle panel-toggle--${side}`}
      aria-pressed={shown}
      aria-label={t('name', { side })}
      title={t('hint', { side })}
      aria-keyshortcuts="Control+Backslash"
      onClick={() => usePanels.getState().toggle(side)}
      data-testid={`toggle-panel-${side}`}
    >
      <PanelIcon side={side} />
    </button>
  );
}

/** Ctrl+\ (⌘\ on a Mac) hides both side panels, or shows them again. */
export function usePanelsShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isPanelsShortcut(event)) return;
      event.preventDefault();
      usePanels.getState().toggleBoth();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
