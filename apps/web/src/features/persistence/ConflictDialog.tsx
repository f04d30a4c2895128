import { useId, useState } from 'react';
import type { Translate } from '../../i18n/translate.js';
import { useMessages } from '../../i18n/use-messages.js';
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
import { messages } from './messages.js';

interface Choice {
  id: string;
  label: string;
  explanation: string;
  run: () => Promise<void>;
}

type T = Translate<keyof typeof messages.en>;

function choicesFor(
  t: T,
  session: Session,
  conflict: ConflictView,
  isCurrent: boolean,
  combine: CombineCheck | null,
): Choice[] {
  const mineAsOption: Choice = {
    id: 'save-as-option',
    label: t('saveMineAsOption'),
    explanation: t(conflict.kind === 'gone' ? 'saveMineGone' : 'saveMineBeside', {
      name: conflict.name,
    }),
    run: () => saveMineAsOption(session),
  };
  if (conflict.kind === 'gone') {
    return [
      ...(isCurrent ? [mineAsOption] : []),
      {
        id: 'load-theirs',
        label: t('discardMine'),
        explanation: t('discardMineExplanation'),
        run: () => loadTheirs(session),
      },
    ];
  }
  return [
    ...(combine?.ok
      ? [
          {
            id: 'combine',
            label: t('combine'),
            explanation: t('combineExplanation'),
            run: () => combineBoth(session),
          },
        ]
      : []),
    {
      id: 'load-theirs',
      label: t('loadTheirs'),
      explanation: t('loadTheirsExplanation', { target: conflict.target.kind }),
      run: () => loadTheirs(session),
    },
    {
      id: 'keep-mine',
      label: t('keepMine'),
      explanation: t(conflict.target.kind === 'workspace' ? 'keepMineWorkspace' : 'keepMineOption'),
      run: () => keepMine(session),
    },
    ...(isCurrent ? [mineAsOption] : []),
  ];
}

function headingOf(t: T, conflict: ConflictView): string {
  const name = { name: conflict.name };
  if (conflict.kind === 'gone') return t('headingGone', name);
  return t(conflict.target.kind === 'workspace' ? 'headingWorkspace' : 'headingOption', name);
}

function explanationOf(t: T, conflict: ConflictView): string {
  if (conflict.kind === 'gone') return t('explainGone');
  const version = { version: conflict.theirVersion === null ? 'none' : conflict.theirVersion };
  return t(conflict.target.kind === 'workspace' ? 'explainWorkspace' : 'explainOption', version);
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
  const t = useMessages(messages);
  const session = useSessionHandle();
  const busy = useSession((state) => state.busy);
  const [running, setRunning] = useState(false);
  const textId = useId();
  // Only the open option's edits are in the editor, so only they can be combined with theirs.
  const combine =
    conflict.kind === 'conflict' && conflict.target.kind === 'scenario' && isCurrent
      ? combineCheck(session)
      : null;
  const choices = choicesFor(t, session, conflict, isCurrent, combine);
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
      title={headingOf(t, conflict)}
      testId="conflict-dialog"
      describedBy={textId}
    >
      <p id={textId} className="persist-text">
        {explanationOf(t, conflict)}
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
            {t('downloadMine')}
          </button>{' '}
          <span className="muted small">{t('importReadsIt')}</span>
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
