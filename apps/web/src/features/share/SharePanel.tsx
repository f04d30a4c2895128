import { useCallback, useEffect, useState } from 'react';
import { type ShareLink, shareLinksApi } from './share-api.js';
import './share.css';

export interface SharePanelProps {
  workspaceId: string;
  apiKey: () => string | null;
  onClose: () => void;
}

/** Creating, copying and revoking read-only links to the workspace. */
export function SharePanel({ workspaceId, apiKey, onClose }: SharePanelProps) {
  const [links, setLinks] = useState<ShareLink[] | null>(null);
  const [label, setLabel] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const api = shareLinksApi(workspaceId, apiKey);

  const refresh = useCallback(async () => {
    const result = await shareLinksApi(workspaceId, apiKey).list();
    if (result.ok) setLinks(result.value.shareLinks);
    else setMessage(result.message);
  }, [workspaceId, apiKey]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const create = async () => {
    setMessage(null);
    const result = await api.create(label);
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    const url = new URL(result.value.url, window.location.origin).toString();
    setCreated(url);
    setLabel('');
    try {
      await navigator.clipboard.writeText(url);
      setMessage('Link copied. Anyone with it can view the options, but not change them.');
    } catch {
      setMessage('Copy the link below: the browser did not let Orgwise copy it for you.');
    }
    await refresh();
  };

  const revoke = async (link: ShareLink) => {
    const result = await api.revoke(link.id);
    setMessage(result.ok ? 'Link revoked: it no longer opens anything.' : result.message);
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
      <div className="share-create">
        <label>
          Label (optional){' '}
          <input
            value={label}
            onChange={(event) => setLabel(event.target.value)}
            maxLength={200}
            placeholder="Board, 14 March"
          />
        </label>
        <button type="button" onClick={() => void create()} data-testid="create-share-link">
          Create link
        </button>
      </div>
      {created !== null && (
        <input
          className="share-url"
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
            <li key={link.id}>
              {link.label === '' ? 'Link' : link.label}, created{' '}
              {new Date(link.createdAt).toLocaleString()}{' '}
              <button type="button" onClick={() => void revoke(link)}>
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
