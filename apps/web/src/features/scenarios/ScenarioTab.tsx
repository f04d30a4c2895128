import type { ScenarioSummary } from '@orgwise/contract';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { messages } from './messages.js';

interface ScenarioTabProps {
  scenario: ScenarioSummary;
  selected: boolean;
  /** The tab that takes focus with Tab (roving tabindex). */
  focusable: boolean;
  renaming: boolean;
  disabled: boolean;
  onOpen: () => void;
  onStartRename: () => void;
  /** Called with the new name, or null when renaming was cancelled. */
  onEndRename: (name: string | null) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

/** One option's tab; while renaming, an inline text field in its place. */
export function ScenarioTab({
  scenario,
  selected,
  focusable,
  renaming,
  disabled,
  onOpen,
  onStartRename,
  onEndRename,
  onKeyDown,
}: ScenarioTabProps) {
  const t = useMessages(messages);
  const [draft, setDraft] = useState(scenario.name);
  const input = useRef<HTMLInputElement>(null);
  const ended = useRef(false);

  useEffect(() => {
    if (!renaming) return;
    ended.current = false;
    setDraft(scenario.name);
    input.current?.focus();
    input.current?.select();
  }, [renaming, scenario.name]);

  const end = (name: string | null) => {
    if (ended.current) return;
    ended.current = true;
    onEndRename(name);
  };

  if (renaming) {
    return (
      <span className="scenario-tab scenario-tab--renaming" role="presentation" data-native-undo>
        <input
          ref={input}
          className="scenario-name-input"
          aria-label={t('newName', { name: scenario.name })}
          value={draft}
          maxLength={200}
          size={Math.max(8, Math.min(40, draft.length + 2))}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => end(draft)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              end(draft);
            } else if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              end(null);
            }
          }}
          data-testid="scenario-name-input"
        />
      </span>
    );
  }

  return (
    <button
      type="button"
      role="tab"
      id={`scenario-tab-${scenario.id}`}
      className="scenario-tab"
      aria-selected={selected}
      aria-controls="scenario-panel"
      aria-keyshortcuts="F2 Alt+Shift+ArrowLeft Alt+Shift+ArrowRight"
      tabIndex={focusable ? 0 : -1}
      disabled={disabled && !selected}
      title={[
        t('tabTitle', { name: scenario.name, count: scenario.positionCount }),
        scenario.description.trim(),
      ]
        .filter((line) => line !== '')
        .join('\n')}
      onClick={onOpen}
      onDoubleClick={onStartRename}
      onKeyDown={onKeyDown}
      data-testid="scenario-tab"
      data-id={scenario.id}
      data-selected={selected}
    >
      <span className="scenario-tab-name">{scenario.name}</span>
    </button>
  );
}
