import { useId, useState } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { describeScenario } from '../../session/scenario-commands.js';
import { useSessionHandle } from '../../session/session-handle.js';
import { useSession } from '../../session/session-store.js';
import { messages } from './messages.js';

/**
 * The open option's rationale: why it is worth considering, in a few lines, saved with it as its
 * description (shown to clients next to the chart). Folded to its first line until opened.
 */
export function ScenarioRationale() {
  const t = useMessages(messages);
  const session = useSessionHandle();
  const currentId = useSession((state) => state.currentId);
  const current = useSession((state) => state.scenarios.find((s) => s.id === state.currentId));
  const [open, setOpen] = useState(false);
  const fieldId = useId();
  if (current === undefined || currentId === null) return null;

  const firstLine = current.description.split('\n', 1)[0]?.trim() ?? '';
  return (
    <div
      id="scenario-panel"
      role="tabpanel"
      aria-labelledby={`scenario-tab-${current.id}`}
      className="scenario-rationale"
      data-testid="scenario-rationale"
    >
      <button
        type="button"
        className="scenario-rationale-toggle"
        aria-expanded={open}
        aria-controls={fieldId}
        onClick={() => setOpen((value) => !value)}
        data-testid="rationale-toggle"
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('rationale')}
        {!open && (
          <span
            className={
              firstLine === '' ? 'scenario-rationale-preview muted' : 'scenario-rationale-preview'
            }
          >
            {firstLine === '' ? t('rationaleEmpty') : firstLine}
          </span>
        )}
      </button>
      {open && (
        <div className="scenario-rationale-field" data-native-undo>
          <label className="sr-only" htmlFor={fieldId}>
            {t('rationaleFor', { name: current.name })}
          </label>
          <textarea
            id={fieldId}
            className="input scenario-rationale-input"
            rows={3}
            maxLength={5000}
            placeholder={t('rationalePlaceholder')}
            value={current.description}
            onChange={(event) => describeScenario(session, current.id, event.target.value)}
            data-testid="rationale-input"
          />
        </div>
      )}
    </div>
  );
}
