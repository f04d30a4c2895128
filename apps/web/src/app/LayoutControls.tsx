import { useMessages } from '../i18n/use-messages.js';
import { useEditor } from '../store/editor-store.js';
import { messages } from './messages.js';

/** Layout direction and unfolding every team. */
export function LayoutControls() {
  const t = useMessages(messages);
  const direction = useEditor((state) => state.direction);
  const anyCollapsed = useEditor((state) => Object.keys(state.collapsed).length > 0);
  const size = useEditor((state) => state.chart.positions.length);
  const setDirection = useEditor((state) => state.setDirection);
  return (
    <>
      <fieldset className="segmented" data-testid="layout-direction">
        <legend className="sr-only">{t('layoutDirection')}</legend>
        <label className={direction === 'TB' ? 'segmented-option is-active' : 'segmented-option'}>
          <input
            type="radio"
            name="direction"
            value="TB"
            checked={direction === 'TB'}
            onChange={() => setDirection('TB')}
          />
          {t('topDown')}
        </label>
        <label className={direction === 'LR' ? 'segmented-option is-active' : 'segmented-option'}>
          <input
            type="radio"
            name="direction"
            value="LR"
            checked={direction === 'LR'}
            onChange={() => setDirection('LR')}
          />
          {t('leftRight')}
        </label>
      </fieldset>
      {anyCollapsed && (
        <button
          type="button"
          className="button"
          onClick={() => useEditor.getState().expandAll()}
          title={size > 2000 ? t('expandAllSlow', { count: size }) : undefined}
          data-testid="expand-all"
        >
          {t('expandAll')}
        </button>
      )}
    </>
  );
}
