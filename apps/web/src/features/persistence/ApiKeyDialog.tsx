import { type FormEvent, useId, useState } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { useSessionHandle } from '../../session/session-handle.js';
import { useSession } from '../../session/session-store.js';
import { Modal } from '../../ui/Modal.js';
import { messages } from './messages.js';

/**
 * Asks for the API key when the server answers 401. The key is kept for this tab only
 * (sessionStorage) and sent as a Bearer token; waiting saves go out as soon as it is given.
 */
export function ApiKeyDialog() {
  const needed = useSession((state) => state.needsApiKey);
  if (!needed) return null;
  return <ApiKeyForm />;
}

function ApiKeyForm() {
  const session = useSessionHandle();
  const rejected = useSession((state) => state.apiKeyRejected);
  const t = useMessages(messages);
  const [key, setKey] = useState('');
  const inputId = useId();
  const helpId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (key.trim() !== '') session.submitApiKey(key);
  };
  return (
    <Modal
      className="persist-dialog"
      title={t('keyTitle')}
      testId="api-key-dialog"
      onCancel={() => session.dismissApiKey()}
      describedBy={helpId}
    >
      <form onSubmit={submit}>
        <p id={helpId} className="persist-text">
          {t('keyHelp')}
        </p>
        {rejected && (
          <p className="persist-error" role="alert" data-testid="api-key-rejected">
            {t('keyRejected')}
          </p>
        )}
        <div className="field">
          <label className="field-label" htmlFor={inputId}>
            {t('apiKey')}
          </label>
          <input
            id={inputId}
            className="input"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={key}
            onChange={(event) => setKey(event.target.value)}
            data-testid="api-key-input"
            // biome-ignore lint/a11y/noAutofocus: the dialog exists to ask for this one field
            autoFocus
          />
        </div>
        <div className="persist-actions">
          <button type="button" className="button" onClick={() => session.dismissApiKey()}>
            {t('notNow')}
          </button>
          <button type="submit" className="button button--primary" disabled={key.trim() === ''}>
            {t('useKey')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
