import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import type { ComparedOption } from '../../comparison/compared-option.js';
import type { OptionComparison } from '../../comparison/option-comparison.js';
import { useMessages } from '../../i18n/use-messages.js';
import { messages } from './messages.js';
import {
  asksForPassword,
  openSharedWorkspace,
  type SharedResult,
  type SharedWorkspace,
} from './share-api.js';
import './share.css';

/** The form of a link with a password: the password goes to the server, and nowhere else. */
function PasswordForm({ message, onSubmit }: { message: string; onSubmit: (p: string) => void }) {
  const t = useMessages(messages);
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password !== '') onSubmit(password);
  };
  return (
    <form className="shared-status" onSubmit={submit} data-testid="shared-password-form">
      <h1>{t('needsPassword')}</h1>
      <p role="status">{message}</p>
      <div className="shared-password">
        <label className="field">
          <span className="field-label">{t('password')}</span>
          <input
            className="input"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            data-testid="shared-password"
          />
        </label>
        <button type="submit" className="button button--primary">
          {t('open')}
        </button>
      </div>
    </form>
  );
}

/** What the compare slot is given: the app passes the compare feature's `CompareView`. */
export interface CompareSlotProps {
  workspace: SharedWorkspace['workspace'];
  options: ComparedOption[];
  onPresent: (comparisons: OptionComparison[]) => void;
}

/** What the presentation slot is given: the app passes the present feature's `Presentation`. */
export interface PresentationSlotProps {
  title: string;
  comparisons: readonly OptionComparison[];
  onExit: () => void;
}

export interface SharedPageProps {
  token: string;
  /** Draws the options side by side (a slot: the app composes the compare feature). */
  renderCompare: (props: CompareSlotProps) => ReactNode;
  /** Draws the presentation of the options (a slot: the app composes the present feature). */
  renderPresentation: (props: PresentationSlotProps) => ReactNode;
}

/** `/share/<token>`: the shared options, read-only, to look through or present. */
export function SharedPage({ token, renderCompare, renderPresentation }: SharedPageProps) {
  const t = useMessages(messages);
  const [result, setResult] = useState<SharedResult | null>(null);
  const [presenting, setPresenting] = useState<OptionComparison[] | null>(null);
  useEffect(() => {
    let live = true;
    void openSharedWorkspace(token).then((opened) => {
      if (live) setResult(opened);
    });
    return () => {
      live = false;
    };
  }, [token]);

  if (result === null) {
    return (
      <p className="shared-status" role="status">
        {t('opening')}
      </p>
    );
  }
  if (!result.ok && asksForPassword(result.error)) {
    return (
      <PasswordForm
        message={
          result.error.message.startsWith('That is not') ? result.error.message : t('askPassword')
        }
        onSubmit={(password) =>
          void openSharedWorkspace(token, undefined, password).then(setResult)
        }
      />
    );
  }
  if (!result.ok) {
    return (
      <div className="shared-status" role="alert" data-testid="shared-error">
        <h1>{t('cannotOpen')}</h1>
        <p>{result.error.message}</p>
      </div>
    );
  }
  const { workspace, options } = result.value;
  if (presenting !== null) {
    return renderPresentation({
      title: workspace.name,
      comparisons: presenting,
      onExit: () => setPresenting(null),
    });
  }
  return (
    <div className="shared-page" data-testid="shared-page">
      <header className="shared-header">
        <div className="shared-brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">Orgwise</span>
          <span className="shared-readonly">{t('readOnly')}</span>
        </div>
        <div className="shared-title">
          <h1>{workspace.name}</h1>
          {workspace.client !== null && workspace.client.trim() !== '' && (
            <p className="shared-client">{t('forClient', { client: workspace.client })}</p>
          )}
        </div>
        {workspace.sharedNotes.trim() !== '' && (
          <p className="shared-notes" data-testid="shared-notes">
            {workspace.sharedNotes}
          </p>
        )}
      </header>
      <main className="shared-main">
        {renderCompare({ workspace, options, onPresent: setPresenting })}
      </main>
    </div>
  );
}
