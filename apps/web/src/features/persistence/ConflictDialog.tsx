import { useId, useState } from 'react';
import {
  type CombineCheck,
  combineBoth,
  combineCheck,
  downloadMine,
  keepMine,
  loadTheirs,
  myVersion,
  saveMineAsOption,
} from '../../session/conflict-commands.js';
import type { Session } from '../../session/session.js';
import { useSessionHandle } from '../../session/session-handle.js';
import { type ConflictView, useSession } from '../../session/session-store.js';
import { Modal } from '../../ui/Modal.js';

interface Choice {
  id: string;
  label: string;
  explanation: string;
  run: () => Promise<void>;
}

function choicesFor(
  session: Session,
  conflict: ConflictView,
  isCurrent: boolean,
  combine: CombineCheck | null,
): Choice[] {
  const mineAsOption: Choice = {
    id: 'save-as-option',
    label: 'Save mine as a new option',
    explanation:
      conflict.kind === 'gone'
        ? `Saves your version as “${conflict.name} (your version)” and keeps working on it.`
        : `“${conflict.name}” keeps their version; yours is saved as “${conflict.name} (your version)”, next to it.`,
    run: () => saveMineAsOption(session),
  };
  if (conflict.kind === 'gone') {
    return [
      ...(isCurrent ? [mineAsOption] : []),
      {
        id: 'load-theirs',
        label: 'Discard my changes',
        explanation: 'Your unsaved changes are dropped; download them first if you may want them.',
        run: () => loadTheirs(session),
      },
    ];
  }
  const what = conflict.target.kind === 'workspace' ? 'the workspace' : 'this option';
  return [
    ...(combine?.ok
      ? [
          {
            id: 'combine',
            label: 'Combine both',
            explanation:
              'Adds your changes on top of theirs and saves the result. Where you both changed the same thing, theirs stays; your changes can still be undone.',
            run: () => combineBoth(session),
          },
        ]
      : []),
    {
      id: 'load-theirs',
      label: 'Load their version',
      explanation: `Shows ${what} as they saved it. Your changes are discarded; download them first if you may want them.`,
      run: () => loadTheirs(session),
    },
    {
      id: 'keep-mine',
      label: 'Keep mine',
      explanation:
        conflict.target.kind === 'workspace'
          ? 'Saves your name, details, rule settings and order of options over theirs.'
          : 'Saves your version over theirs. Theirs stays in the option’s history, so it can be restored.',
      run: () => keepMine(session),
    },
    ...(isCurrent ? [mineAsOption] : []),
  ];
}

function headingOf(conflict: ConflictView): string {
  if (conflict.kind === 'gone') return `“${conflict.name}” was deleted elsewhere`;
  return conflict.target.kind === 'workspace'
    ? `Someone else changed the workspace “${conflict.name}”`
    : `Someone else saved “${conflict.name}”`;
}

function explanationOf(conflict: ConflictView): string {
  const version =
    conflict.theirVersion === null ? '' : ` (it is now at version ${conflict.theirVersion})`;
  if (conflict.kind === 'gone') {
    return 'Someone deleted this option while you were editing it. Your latest changes are not saved.';
  }
  if (conflict.target.kind === 'workspace') {
    return `Its name, details, rule settings or order of options were saved somewhere else${version}. Your latest change to them is not saved yet, and nothing is overwritten until you choose.`;
  }
  return `While you were editing, this option was saved somewhere else${version}, for example in another tab or by a colleague. Your latest changes are not saved yet, and nothing is overwritten until you choose.`;
}

/**
 * Shown when a save finds that someone else saved first (or deleted the option): the user picks
 * whose version wins, or keeps both. It cannot be dismissed without a choice, because every
 * other way forward would overwrite one of the two versions.
 */
export function ConflictDialog() {
  const conflict = useSession((state) => state.conflict);
  const currentId = useSession((state) => state.currentId);
  if (conflict === null) return null;
  const isCurrent = conflict.target.kind === 'scenario' && conflict.target.scenarioId === currentId;
  return <ConflictChoices conflict={conflict} isCurrent={isCurrent} />;
}

function ConflictChoices({ conflict, isCurrent }: { conflict: ConflictView; isCurrent: boolean }) {
  const session = useSessionHandle();
  const busy = useSession((state) => state.busy);
  const [running, setRunning] = useState(false);
  const textId = useId();
  // Only the open option's edits are in the editor, so only they can be combined with theirs.
  const combine =
    conflict.kind === 'conflict' && conflict.target.kind === 'scenario' && isCurrent
      ? combineCheck(session)
      : null;
  const choices = choicesFor(session, conflict, isCurrent, combine);
  const canDownload = conflict.target.kind === 'scenario' && myVersion(session) !== undefined;

  const choose = async (choice: Choice) => {
    setRunning(true);
    try {
      await choice.run();
    } finally {
      setRunning(false);
    }
  };

  return (
    <Modal
      className="persist-dialog"
      title={headingOf(conflict)}
      testId="conflict-dialog"
      describedBy={textId}
    >
      <p id={textId} className="persist-text">
        {explanationOf(conflict)}
      </p>
      <div className="conflict-choices" data-kind={conflict.kind}>
        {choices.map((choice) => (
          <button
            key={choice.id}
            type="button"
            className="conflict-choice"
            data-testid={`conflict-${choice.id}`}
            disabled={running || busy !== null}
            onClick={() => void choose(choice)}
          >
            <span className="conflict-choice-label">{choice.label}</span>
            <span className="conflict-choice-explanation">{choice.explanation}</span>
          </button>
        ))}
      </div>
      {combine !== null && !combine.ok && (
        <p className="muted small" data-testid="conflict-no-combine">
          {combine.reason}
        </p>
      )}
      {canDownload && (
        <p className="persist-text">
          <button
            type="button"
            className="link-button"
            data-testid="conflict-download"
            onClick={() => downloadMine(session)}
          >
            Download my version (JSON)
          </button>{' '}
          <span className="muted small">Import reads it back.</span>
        </p>
      )}
      {busy !== null && (
        <p className="muted small" role="status">
          {busy}
        </p>
      )}
    </Modal>
  );
}
