import { type KeyboardEvent, useRef, useState } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { moveScenario, renameScenario, switchScenario } from '../../session/scenario-commands.js';
import { useSessionHandle } from '../../session/session-handle.js';
import { useSession } from '../../session/session-store.js';
import { messages } from './messages.js';
import { ScenarioTab } from './ScenarioTab.js';

interface ScenarioTabsProps {
  renamingId: string | null;
  setRenamingId: (id: string | null) => void;
}

/**
 * The workspace's options as tabs, in their saved order. Arrow keys (and Home, End) move between
 * tabs; Enter or Space opens one (opening loads a chart, so it waits for a choice); F2 renames;
 * Alt+Shift+Arrow moves the option left or right in the order.
 */
export function ScenarioTabs({ renamingId, setRenamingId }: ScenarioTabsProps) {
  const t = useMessages(messages);
  const session = useSessionHandle();
  const scenarios = useSession((state) => state.scenarios);
  const currentId = useSession((state) => state.currentId);
  const busy = useSession((state) => state.busy);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const list = useRef<HTMLDivElement>(null);

  const focusTab = (id: string) => {
    setFocusedId(id);
    list.current
      ?.querySelector<HTMLElement>(`[data-testid="scenario-tab"][data-id="${CSS.escape(id)}"]`)
      ?.focus();
  };

  const onKeyDown = (index: number, id: string) => (event: KeyboardEvent<HTMLButtonElement>) => {
    const last = scenarios.length - 1;
    if (
      event.altKey &&
      event.shiftKey &&
      (event.key === 'ArrowLeft' || event.key === 'ArrowRight')
    ) {
      event.preventDefault();
      if (moveScenario(session, id, event.key === 'ArrowLeft' ? -1 : +1)) {
        // The tab moved: keep focus on it once React has re-rendered the list.
        requestAnimationFrame(() => focusTab(id));
      }
      return;
    }
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = index === last ? 0 : index + 1;
    else if (event.key === 'ArrowLeft') next = index === 0 ? last : index - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else if (event.key === 'F2') {
      event.preventDefault();
      setRenamingId(id);
      return;
    }
    if (next !== null) {
      event.preventDefault();
      focusTab(scenarios[next]!.id);
    }
  };

  const focusable = scenarios.some((s) => s.id === focusedId) ? focusedId : currentId;

  return (
    <div
      ref={list}
      role="tablist"
      aria-label={t('tabs')}
      className="scenario-tabs"
      data-testid="scenario-tabs"
    >
      {scenarios.map((scenario, index) => (
        <ScenarioTab
          key={scenario.id}
          scenario={scenario}
          selected={scenario.id === currentId}
          focusable={scenario.id === focusable}
          renaming={scenario.id === renamingId}
          disabled={busy !== null}
          onOpen={() => {
            setFocusedId(scenario.id);
            void switchScenario(session, scenario.id);
          }}
          onStartRename={() => setRenamingId(scenario.id)}
          onEndRename={(name) => {
            setRenamingId(null);
            if (name !== null) renameScenario(session, scenario.id, name);
            requestAnimationFrame(() => focusTab(scenario.id));
          }}
          onKeyDown={onKeyDown(index, scenario.id)}
        />
      ))}
    </div>
  );
}
