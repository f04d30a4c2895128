import { type KeyboardEvent, type ReactNode, useEffect, useId, useState } from 'react';
import { translate } from '../../i18n/translate.js';
import { useMessages } from '../../i18n/use-messages.js';
import { useSessionHandle } from '../../session/session-handle.js';
import { useSession } from '../../session/session-store.js';
import { usePopup } from '../../ui/use-popup.js';
import { messages } from './messages.js';
import { RecentWorkspaces } from './RecentWorkspaces.js';

/** A text field that commits on Enter or leaving it, and goes back to the saved value on Escape. */
function CommitField({
  label,
  value,
  onCommit,
  testId,
  placeholder,
}: {
  label: string;
  value: string;
  onCommit: (text: string) => void;
  testId: string;
  placeholder?: string;
}) {
  const [draft, setDraft] = useState(value);
  const id = useId();
  useEffect(() => setDraft(value), [value]);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.currentTarget.blur();
    if (event.key === 'Escape') {
      event.stopPropagation();
      setDraft(value);
    }
  };
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input"
        value={draft}
        maxLength={200}
        placeholder={placeholder}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => {
          if (draft !== value) onCommit(draft);
        }}
        onKeyDown={onKeyDown}
        data-testid={testId}
      />
    </div>
  );
}

/**
 * The workspace in the top bar: its name, and a panel to rename it, note whom it is for, copy its
 * link, bring back a deleted option, start a new one or open a recent one. Every change is saved by itself.
 */
interface WorkspaceMenuProps {
  /** The dialog that brings back deleted options (the options feature's, given by the app). */
  deletedOptions: (onClose: () => void) => ReactNode;
}

export function WorkspaceMenu({ deletedOptions }: WorkspaceMenuProps) {
  const t = useMessages(messages);
  const session = useSessionHandle();
  const workspace = useSession((state) => state.workspace);
  const phase = useSession((state) => state.phase);
  const { open, setOpen, close, root, button } = usePopup();
  const [deletedOpen, setDeletedOpen] = useState(false);
  const panelId = useId();
  const notesId = useId();

  if (phase !== 'ready' || workspace === null) return null;

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      session.notify(translate(messages)('linkCopied'));
    } catch {
      session.notify(translate(messages)('linkNotCopied', { url: window.location.href }), 'error');
    }
  };

  return (
    <div className="menu workspace-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="workspace-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        data-testid="workspace-menu"
        title={t('workspaceTitle')}
      >
        <span className="sr-only">{t('workspaceLabel')}</span>
        <span className="workspace-menu-name" data-testid="workspace-name">
          {workspace.name}
        </span>
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <section
          id={panelId}
          className="menu-popup workspace-panel"
          aria-label={t('workspace')}
          data-native-undo
        >
          <CommitField
            label={t('workspaceName')}
            value={workspace.name}
            onCommit={(name) => session.renameWorkspace(name)}
            testId="workspace-name-input"
          />
          <CommitField
            label={t('client')}
            value={workspace.client ?? ''}
            placeholder={t('clientPlaceholder')}
            onCommit={(client) =>
              session.updateWorkspaceDetails({
                client: client.trim() === '' ? null : client.trim(),
              })
            }
            testId="workspace-client-input"
          />
          <div className="field">
            <label className="field-label" htmlFor={notesId}>
              {t('notes')}
            </label>
            <span className="field-help" id={`${notesId}-help`}>
              {t('notesHelp')}
            </span>
            <textarea
              id={notesId}
              aria-describedby={`${notesId}-help`}
              className="input workspace-notes"
              rows={3}
              maxLength={20_000}
              value={workspace.notes}
              onChange={(event) => session.updateWorkspaceDetails({ notes: event.target.value })}
              data-testid="workspace-notes-input"
            />
          </div>
          <div className="workspace-panel-actions">
            <button type="button" className="button button--small" onClick={() => void copyLink()}>
              {t('copyLink')}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                // Focus goes back to the menu button, and from the dialog back to it.
                close(true);
                setDeletedOpen(true);
              }}
              data-testid="deleted-options"
            >
              {t('deletedOptions')}
            </button>
            <a className="button button--small" href="/" data-testid="new-workspace">
              {t('newWorkspace')}
            </a>
          </div>
          <RecentWorkspaces exclude={workspace.id} heading={t('recentOther')} />
        </section>
      )}
      {deletedOpen && deletedOptions(() => setDeletedOpen(false))}
    </div>
  );
}
