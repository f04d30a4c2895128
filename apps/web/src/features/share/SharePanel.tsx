import type { ShareLink, UpdateShareLinkRequest } from '@orgwise/contract';
import { expiryOf } from '@orgwise/editor';
import { useCallback, useEffect, useId, useState } from 'react';
import { useSessionHandle } from '../../session/session-handle.js';
import { useSession } from '../../session/session-store.js';
import { dateAndTime } from '../../ui/date-formats.js';
import { emptyAccess, type LinkAccessDraft, LinkAccessFields } from './LinkAccessFields.js';
import { shareLinksApi } from './share-api.js';
import './share.css';

export interface SharePanelProps {
  workspaceId: string;
  apiKey: () => string | null;
  onClose: () => void;
}

/** The expiry and password of a draft as the API takes them; a message when one is not ready. */
function settingsOf(
  draft: LinkAccessDraft,
  keepPassword: boolean,
): UpdateShareLinkRequest | string {
  const expiresAt = expiryOf(draft.expiry, draft.day, new Date());
  if (expiresAt === undefined) return 'Pick the last day the link opens.';
  if (draft.password !== '' && draft.password.length < 8) {
    return 'A password needs at least 8 characters.';
  }
  if (draft.password !== '') return { expiresAt, password: draft.password };
  return keepPassword ? { expiresAt } : { expiresAt, password: null };
}

function describeAccess(link: ShareLink): string {
  const expiry =
    link.expiresAt === null
      ? 'no expiry'
      : Date.parse(link.expiresAt) <= Date.now()
        ? `expired ${dateAndTime.format(new Date(link.expiresAt))}`
        : `expires ${dateAndTime.format(new Date(link.expiresAt))}`;
  return `${expiry}, ${link.hasPassword ? 'password' : 'no password'}`;
}

/** Creating, copying, changing and revoking read-only links to the workspace. */
export function SharePanel({ workspaceId, apiKey, onClose }: SharePanelProps) {
  const session = useSessionHandle();
  const [links, setLinks] = useState<ShareLink[] | null>(null);
  const [label, setLabel] = useState('');
  const [access, setAccess] = useState<LinkAccessDraft>(emptyAccess);
  const [editing, setEditing] = useState<{ id: string; draft: LinkAccessDraft } | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const sharedNotes = useSession((state) => state.workspace?.sharedNotes ?? '');
  const notesId = useId();
  const api = shareLinksApi(workspaceId, apiKey);

  const refresh = useCallback(async () => {
    const result = await shareLinksApi(workspaceId, apiKey).list();
    if (result.ok) setLinks(result.value.shareLinks);
    else setMessage(result.error.message);
  }, [workspaceId, apiKey]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const create = async () => {
    setMessage(null);
    const settings = settingsOf(access, false);
    if (typeof settings === 'string') {
      setMessage(settings);
      return;
    }
    const result = await api.create({ ...settings, ...(label.trim() === '' ? {} : { label }) });
    if (!result.ok) {
      setMessage(result.error.message);
      return;
    }
    const url = new URL(result.value.url, window.location.origin).toString();
    setCreated(url);
    setLabel('');
    setAccess(emptyAccess);
    try {
      await navigator.clipboard.writeText(url);
      setMessage('Link copied. Anyone with it can view the options, but not change them.');
    } catch {
      setMessage('Copy the link below: the browser did not let Orgwise copy it for you.');
    }
    await refresh();
  };

  const save = async () => {
    if (editing === null) return;
    const settings = settingsOf(editing.draft, true);
    if (typeof settings === 'string') {
      setMessage(settings);
      return;
    }
    const result = await api.update(editing.id, settings);
    setMessage(
      result.ok ? 'Link changed: the same address follows the new settings.' : result.error.message,
    );
    if (result.ok) setEditing(null);
    await refresh();
  };

  const removePassword = async (link: ShareLink) => {
    const result = await api.update(link.id, { password: null });
    setMessage(result.ok ? 'Password removed: the link opens without one.' : result.error.message);
    await refresh();
  };

  const revoke = async (link: ShareLink) => {
    const result = await api.revoke(link.id);
    setMessage(result.ok ? 'Link revoked: it no longer opens anything.' : result.error.message);
    await refresh();
  };

  return (
    <div
      className="share-panel"
      role="dialog"
      aria-label="Share read-only links"
      data-testid="share-panel"
    >
      <h2>Share read-only links</h2>
      <p>People with a link see the options and can present them; they cannot edit anything.</p>
      <div className="field">
        <label className="field-label" htmlFor={notesId}>
          Note for viewers
        </label>
        <span className="field-help" id={`${notesId}-help`}>
          Shown to everyone who opens a link. The workspace’s private notes never are.
        </span>
        <textarea
          id={notesId}
          aria-describedby={`${notesId}-help`}
          className="input share-notes"
          rows={2}
          maxLength={20_000}
          value={sharedNotes}
          onChange={(event) => session.updateWorkspaceDetails({ sharedNotes: event.target.value })}
          data-testid="shared-notes-input"
        />
      </div>
      <h3>New link</h3>
      <div className="field">
        <label className="field-label" htmlFor={`${notesId}-label`}>
          Label (optional)
        </label>
        <input
          id={`${notesId}-label`}
          className="input"
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          maxLength={200}
          placeholder="Board, 14 March"
        />
      </div>
      <LinkAccessFields draft={access} onChange={setAccess} passwordLabel="Password (optional)" />
      <button
        type="button"
        className="button button--primary"
        onClick={() => void create()}
        data-testid="create-share-link"
      >
        Create link
      </button>
      {created !== null && (
        <input
          className="input share-url"
          readOnly
          value={created}
          data-testid="share-url"
          onFocus={(event) => event.target.select()}
          aria-label="The new link"
        />
      )}
      {message !== null && (
        <p role="status" className="share-message">
          {message}
        </p>
      )}
      <h3>Links</h3>
      {links === null ? (
        <p>Loading…</p>
      ) : links.length === 0 ? (
        <p>No links yet.</p>
      ) : (
        <ul className="share-links" data-testid="share-links">
          {links.map((link) => (
            <li key={link.id} data-testid="share-link">
              <div className="share-link-summary">
                <span>
                  <strong>{link.label === '' ? 'Link' : link.label}</strong>, created{' '}
                  {dateAndTime.format(new Date(link.createdAt))}
                  <br />
                  <span className="share-link-access" data-testid="share-link-access">
                    {describeAccess(link)}
                  </span>
                </span>
                <span className="share-link-actions">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() =>
                      setEditing(
                        editing?.id === link.id ? null : { id: link.id, draft: emptyAccess },
                      )
                    }
                  >
                    Change…
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => void revoke(link)}
                  >
                    Revoke
                  </button>
                </span>
              </div>
              {editing?.id === link.id && (
                <div
                  className="share-link-edit"
                  data-testid="share-link-edit"
                  // On a short window the panel scrolls: bring the fields just opened into view.
                  ref={(element) => element?.scrollIntoView({ block: 'nearest' })}
                >
                  <LinkAccessFields
                    draft={editing.draft}
                    onChange={(draft) => setEditing({ id: link.id, draft })}
                    passwordLabel={
                      link.hasPassword ? 'New password (empty: keep it)' : 'Password (optional)'
                    }
                  />
                  <span className="share-link-actions">
                    <button
                      type="button"
                      className="button button--small button--primary"
                      onClick={() => void save()}
                      data-testid="save-share-link"
                    >
                      Save
                    </button>
                    {link.hasPassword && (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => void removePassword(link)}
                      >
                        Remove password
                      </button>
                    )}
                  </span>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
