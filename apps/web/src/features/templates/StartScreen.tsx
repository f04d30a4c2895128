import { validate } from '@orgwise/domain';
import { chartTemplates } from '@orgwise/editor';
import { useMemo, useState } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { useEditor } from '../../store/editor-store.js';
import { messages, templateText } from './messages.js';
import './templates.css';

/** Shown on an empty canvas: start from a template, or from nothing. */
export function StartScreen() {
  const t = useMessages(messages);
  const [dismissed, setDismissed] = useState(false);
  const summaries = useMemo(
    () =>
      new Map(chartTemplates.map((template) => [template.id, validate(template.chart).summary])),
    [],
  );
  if (dismissed) {
    return (
      <div className="empty-hint" data-testid="empty-hint">
        {t('emptyHint')}
      </div>
    );
  }
  return (
    <section className="start-screen" aria-labelledby="start-heading" data-testid="start-screen">
      <h2 id="start-heading">{t('heading')}</h2>
      <p className="start-lead">{t('lead')}</p>
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
              <span className="start-option-name">{templateText(t, template, 'name')}</span>
              <span className="start-option-description">
                {templateText(t, template, 'description')}
              </span>
              {summary !== undefined && (
                <span className="start-option-meta">
                  {t('meta', {
                    positions: template.chart.positions.length,
                    findings: summary.errors + summary.warnings + summary.infos,
                  })}
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
          <span className="start-option-name">{t('emptyName')}</span>
          <span className="start-option-description">{t('emptyDescription')}</span>
        </button>
      </div>
    </section>
  );
}
