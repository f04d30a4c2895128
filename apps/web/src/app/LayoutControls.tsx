import { useEditor } from '../store/editor-store.js';

/** Layout direction and unfolding every team. */
export function LayoutControls() {
  const direction = useEditor((state) => state.direction);
  const anyCollapsed = useEditor((state) => Object.keys(state.collapsed).length > 0);
  const size = useEditor((state) => state.chart.positions.length);
  const setDirection = useEditor((state) => state.setDirection);
  return (
    <>
      <fieldset className="segmented" data-testid="layout-direction">
        <legend className="sr-only">Layout direction</legend>
        <label className={direction === 'TB' ? 'segmented-option is-active' : 'segmented-option'}>
          <input
            type="radio"
            name="direction"
            value="TB"
            checked={direction === 'TB'}
            onChange={() => setDirection('TB')}
          />
          Top-down
        </label>
        <label className={direction === 'LR' ? 'segmented-option is-active' : 'segmented-option'}>
          <input
            type="radio"
            name="direction"
            value="LR"
            checked={direction === 'LR'}
            onChange={() => setDirection('LR')}
          />
          Left-right
        </label>
      </fieldset>
      {anyCollapsed && (
        <button
          type="button"
          className="button"
          onClick={() => useEditor.getState().expandAll()}
          title={
            size > 2000
              ? `Draws all ${size.toLocaleString('en')} positions; may be slow`
              : undefined
          }
          data-testid="expand-all"
        >
          Expand all
        </button>
      )}
    </>
  );
}
