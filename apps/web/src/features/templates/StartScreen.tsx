import { validate } from '@orgwise/domain';
import { chartTemplates } from '@orgwise/editor';
import { useMemo, useState } from 'react';
import { useEditor } from '../../store/editor-store.js';
import './templates.css';

/** Shown on an empty canvas: start from a template, or from nothing. */
export function StartScreen() {
  const [dismissed, setDismissed] = useState(false);
  const summaries = useMemo(
    () =>
      new Map(chartTemplates.map((template) => [template.id, validate(template.chart).summary])),
    [],
  );
  if (dismissed) {
    return (
      <div className="empty-hint" data-testid="empty-hint">
        Drag a role from the palette onto the canvas, or press one, to add the first position.
      </div>
    );
  }
  return (
    <section className="start-screen" aria-labelledby="start-heading" data-testid="start-screen">
      <h2 id="start-heading">Start a chart</h2>
      <p className="start-lead">
        Pick a template to see Orgwise at work, or start empty and build from the palette.
      </p>
      <div className="start-options">
        {chartTemplates.map((template) => {
          const summary = summaries.get(template.id);
          return (
            <button
              key={template.id}
              type="button"
              className="start-option"
              data-testid="template-option"
              data-template={template.id}
              onClick={() => useEditor.getState().replaceChart(template.chart)}
            >
              <span className="start-option-name">{template.name}</span>
              <span className="start-option-description">{template.description}</span>
              {summary !== undefined && (
                <span className="start-option-meta">
                  {template.chart.positions.length} positions ·{' '}
                  {summary.errors + summary.warnings + summary.infos} findings
                </span>
              )}
            </button>
          );
        })}
        <button
          type="button"
          className="start-option start-option--empty"
          data-testid="template-option"
          data-template="empty"
          onClick={() => setDismissed(true)}
        >
          <span className="start-option-name">Empty chart</span>
          <span className="start-option-description">Start from a blank canvas.</span>
        </button>
      </div>
    </section>
  );
}
