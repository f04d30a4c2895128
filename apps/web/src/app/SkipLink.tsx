import { useMessages } from '../i18n/use-messages.js';
import { panelMessages } from './panels.messages.js';

/**
 * "Skip to the chart": the first Tab stop, so that keyboard users reach the chart in two key
 * presses rather than thirty. It focuses the card the chart's Tab stop is on (the selected or the
 * first position), or the canvas when the chart is empty.
 */
export function SkipLink() {
  const t = useMessages(panelMessages);
  const onClick = () => {
    const canvas = document.getElementById('chart');
    const card = canvas?.querySelector<HTMLElement>('[data-testid="position-card"][tabindex="0"]');
    (card ?? canvas)?.focus();
  };
  return (
    // A button, not a link: it moves the focus, which a fragment link cannot do to a card.
    <button type="button" className="skip-link" onClick={onClick} data-testid="skip-to-chart">
      {t('skipToChart')}
    </button>
  );
}
