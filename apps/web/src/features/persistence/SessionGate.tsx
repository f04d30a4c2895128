import { type ReactNode, useEffect, useRef } from 'react';
import { useSessionHandle } from '../../session/session-handle.js';
import { type LoadFailure, useSession } from '../../session/session-store.js';
import { RecentWorkspaces } from './RecentWorkspaces.js';

const headings: Record<LoadFailure['kind'], string> = {
  'bad-link': 'This link does not open a workspace',
  'not-found': 'This workspace was not found',
  network: 'The Orgwise server cannot be reached',
  unauthorized: 'This server needs an API key',
  problem: 'The workspace could not be opened',
};

const advice: Record<LoadFailure['kind'], string> = {
  'bad-link': 'Check that the whole link was copied, or start a new chart.',
  'not-found': 'Check the link, open a recent workspace, or start a new chart.',
  network:
    'Nothing was lost: the workspace is saved on the server. Check your connection, or that the server is running, and try again.',
  unauthorized: 'Ask whoever runs this Orgwise server for the key, then try again.',
  problem: 'Try again; if it keeps happening, start a new chart and tell whoever runs the server.',
};

/**
 * Covers the editor while a saved workspace opens, and when it cannot be opened says why and what
 * to do, instead of an empty editor that would look like lost work.
 */
export function SessionGate() {
  const session = useSessionHandle();
  const phase = useSession((state) => state.phase);
  const failure = useSession((state) => state.failure);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (phase === 'failed') heading.current?.focus();
  }, [phase]);

  if (phase === 'loading') {
    return (
      <Gate testId="session-loading" label="Opening the workspace">
        <div className="session-card" role="status" aria-live="polite">
          <span className="session-spinner" aria-hidden="true" />
          Opening the workspace…
        </div>
      </Gate>
    );
  }
  if (phase !== 'failed' || failure === null) return null;

  const canRetry =
    failure.kind === 'network' || failure.kind === 'problem' || failure.kind === 'unauthorized';
  return (
    <Gate testId="session-failed" kind={failure.kind} labelledBy="session-failed-heading">
      <section
        className="session-card session-card--failed"
        aria-labelledby="session-failed-heading"
      >
        <h2 id="session-failed-heading" ref={heading} tabIndex={-1}>
          {headings[failure.kind]}
        </h2>
        <p className="session-message" data-testid="session-failed-message">
          {failure.message}
        </p>
        <p className="session-advice">{advice[failure.kind]}</p>
        <div className="session-actions">
          {failure.kind === 'unauthorized' && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => session.askForApiKey()}
            >
              Enter the API key
            </button>
          )}
          {canRetry && (
            <button
              type="button"
              className={failure.kind === 'unauthorized' ? 'button' : 'button button--primary'}
              onClick={() => session.retryLoad()}
              data-testid="session-retry"
            >
              Try again
            </button>
          )}
          <a className="button" href="/" data-testid="session-start-new">
            Start a new chart
          </a>
        </div>
        <RecentWorkspaces />
      </section>
    </Gate>
  );
}

interface GateProps {
  testId: string;
  children: ReactNode;
  kind?: string;
  label?: string;
  labelledBy?: string;
}

/**
 * A modal <dialog> over the whole editor: what is behind it is inert (no typing into a chart that
 * is not loaded), and Escape does not close it (there is nothing to go back to).
 */
function Gate({ testId, children, kind, label, labelledBy }: GateProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="session-gate"
      data-testid={testId}
      data-kind={kind}
      aria-label={label}
      aria-labelledby={labelledBy}
      onCancel={(event) => event.preventDefault()}
    >
      {children}
    </dialog>
  );
}
