import type { ShareLink, UpdateShareLinkRequest } from '@orgwise/contract';
import { isLocale } from '@orgwise/domain';
import { expiryOf } from '@orgwise/editor';
import { useCallback, useEffect, useId, useState } from 'react';
import { type Translate, translate } from '../../i18n/translate.js';
import { useMessages } from '../../i18n/use-messages.js';
import { useSessionHandle } from '../../session/session-handle.js';
import { useSession } from '../../session/session-store.js';
import { dateAndTime } from '../../ui/date-formats.js';
import { emptyAccess, type LinkAccessDraft, LinkAccessFields } from './LinkAccessFields.js';
import { messages } from './messages.js';
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
  const t = translate(messages);
  if (expiresAt === undefined) return t('pickDay');
  if (draft.password !== '' && draft.password.length < 8) return t('shortPassword');
  if (draft.password !== '') return { expiresAt, password: draft.password };
  return keepPassword ? { expiresAt } : { expiresAt, password: null };
}

function describeAccess(t: Translate<keyof (typeof messages)['en']>, link: ShareLink): string {
  const expiry =
    link.expiresAt === null
      ? t('noExpiry')
      : t(Date.parse(link.expiresAt) <= Date.now() ? 'expired' : 'expires', {
          when: dateAndTime.format(new Date(link.expiresAt)),
        });
  return t('access', {
    expiry,
    password: link.hasPassword ? t('withPassword') : t('withoutPassword'),
  });
}

/** Creating, copying, changing and revoking read-only links to the workspace. */
export function SharePanel({ workspaceId, apiKey, onClose }: SharePanelProps) {
  const t = useMessages(messages);
  const session = useSessionHandle();
  const [links, setLinks] = useState<ShareLink[] | null>(null);
  const [label, setLabel] = useState('');
  const [access, setAccess] = useState<LinkAccessDraft>(emptyAccess);
  const [editing, setEditing] = useState<{ id: string; draft: LinkAccessDraft } | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const sharedNotes = useSession((state) => state.workspace?.sharedNotes ?? '');
  const language = useSession((state) => state.workspace?.language ?? null);
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
      setMessage(t('copied'));
    } catch {
      setMessage(t('copyYourself'));
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
    setMessage(result.ok ? t('changed') : result.error.message);
    if (result.ok) setEditing(null);
    await refresh();
  };

  const removePassword = async (link: ShareLink) => {
    const result = await api.update(link.id, { password: null });
    setMessage(result.ok ? t('passwordRemoved') : result.error.message);
    await refresh();
  };

  const revoke = async (link: ShareLink) => {
    const result = await api.revoke(link.id);
    setMessage(result.ok ? t('revoked') : result.error.message);
    await refresh();
  };

  return (
    <div className="share-panel" role="dialog" aria-label={t('title')} data-testid="share-panel">
      <h2>{t('title')}</h2>
      <p>{t('intro')}</p>
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
          className="input share-notes"
          rows={2}
          maxLength={20_000}
          value={sharedNotes}
          onChange={(event) => session.updateWorkspaceDetails({ sharedNotes: event.target.value })}
          data-testid="shared-notes-input"
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${notesId}-language`}>
          {t('language')}
        </label>
        <span className="field-help" id={`${notesId}-language-help`}>
          {t('languageHelp')}
        </span>
        <select
          id={`${notesId}-language`}
          aria-describedby={`${notesId}-language-help`}
          className="input"
          value={language ?? ''}
          onChange={(event) =>
            session.updateWorkspaceDetails({
              language: isLocale(event.target.value) ? event.target.value : null,
            })
          }
          data-testid="workspace-language"
        >
          <option value="">{t('languageReaders')}</option>
          <option value="en" lang="en">
            English
          </option>
          <option value="da" lang="da">
            Dansk
          </option>
          <option value="nl" lang="nl">
            Nederlands
          </option>
        </select>
      </div>
      <h3>{t('newLink')}</h3>
      <div className="field">
        <label className="field-label" htmlFor={`${notesId}-label`}>
          {t('label')}
        </label>
        <input
          id={`${notesId}-label`}
          className="input"
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          maxLength={200}
          placeholder={t('labelPlaceholder')}
        />
      </div>
      <LinkAccessFields draft={access} onChange={setAccess} passwordLabel={t('passwordOptional')} />
      <button
        type="button"
        className="button button--primary"
        onClick={() => void create()}
        data-testid="create-share-link"
      >
        {t('create')}
      </button>
      {created !== null && (
        <input
          className="input share-url"
          readOnly
          value={created}
          data-testid="share-url"
          onFocus={(event) => event.target.select()}
          aria-label={t('theNewLink')}
        />
      )}
      {message !== null && (
        <p role="status" className="share-message">
          {message}
        </p>
      )}
      <h3>{t('links')}</h3>
      {links === null ? (
        <p>{t('loading')}</p>
      ) : links.length === 0 ? (
        <p>{t('noLinks')}</p>
      ) : (
        <ul className="share-links" data-testid="share-links">
          {links.map((link) => (
            <li key={link.id} data-testid="share-link">
              <div className="share-link-summary">
                <span>
                  {t.rich('created', {
                    label: <strong>{link.label === '' ? t('link') : link.label}</strong>,
                    when: dateAndTime.format(new Date(link.createdAt)),
                  })}
                  <br />
                  <span className="share-link-access" data-testid="share-link-access">
                    {describeAccess(t, link)}
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
                    {t('change')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => void revoke(link)}
                  >
                    {t('revoke')}
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
                    passwordLabel={link.hasPassword ? t('newPassword') : t('passwordOptional')}
                  />
                  <span className="share-link-actions">
                    <button
                      type="button"
                      className="button button--small button--primary"
                      onClick={() => void save()}
                      data-testid="save-share-link"
                    >
                      {t('save')}
                    </button>
                    {link.hasPassword && (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => void removePassword(link)}
                      >
                        {t('removePassword')}
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
        {t('close')}
      </button>
    </div>
  );
}
