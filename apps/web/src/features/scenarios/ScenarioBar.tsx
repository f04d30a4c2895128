import { useState } from 'react';
import { duplicateScenario } from '../../session/scenario-commands.js';
import { useSessionHandle } from '../../session/session-handle.js';
import { useSession } from '../../session/session-store.js';
import { DeletedOptionsDialog } from './DeletedOptionsDialog.js';
import { OptionActions } from './OptionActions.js';
import { RevisionsDialog } from './RevisionsDialog.js';
import { ScenarioRationale } from './ScenarioRationale.js';
import { ScenarioTabs } from './ScenarioTabs.js';
import './scenarios.css';
import { useMessages } from '../../i18n/use-messages.js';
import { messages } from './messages.js';

/**
 * Above the canvas: the options of the workspace ("Current", "Option A: split CIO and CTO", …) as
 * tabs, a button to add one as a copy of the open one, its actions, and its rationale.
 */
export function ScenarioBar() {
  const t = useMessages(messages);
  const session = useSessionHandle();
  const phase = useSession((state) => state.phase);
  const busy = useSession((state) => state.busy);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [deletedOpen, setDeletedOpen] = useState(false);
  if (phase !== 'ready') return null;

  const newOption = async () => {
    const id = await duplicateScenario(session);
    if (id !== undefined) setRenamingId(id);
  };

  return (
    <div className="scenario-bar" data-testid="scenario-bar">
      <div className="scenario-bar-row">
        <ScenarioTabs renamingId={renamingId} setRenamingId={setRenamingId} />
        <button
          type="button"
          className="button button--small scenario-new"
          onClick={() => void newOption()}
          disabled={busy !== null}
          title={t('newOptionTitle')}
          data-testid="scenario-new"
        >
          <span aria-hidden="true">+</span> {t('newOption')}
        </button>
        <OptionActions
          onRename={() => setRenamingId(useSession.getState().currentId)}
          onHistory={() => setHistoryOpen(true)}
          onDeleted={() => setDeletedOpen(true)}
        />
        {busy !== null && (
          <span className="scenario-busy muted small" role="status" data-testid="scenario-busy">
            {busy}
          </span>
        )}
      </div>
      <ScenarioRationale />
      {historyOpen && <RevisionsDialog onClose={() => setHistoryOpen(false)} />}
      {deletedOpen && <DeletedOptionsDialog onClose={() => setDeletedOpen(false)} />}
    </div>
  );
}
