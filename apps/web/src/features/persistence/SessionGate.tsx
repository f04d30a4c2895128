import { type ReactNode, useEffect, useRef } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { useSessionHandle } from '../../session/session-handle.js';
import { useSession } from '../../session/session-store.js';
import { messages } from './messages.js';
import { RecentWorkspaces } from './RecentWorkspaces.js';

/**
 * Covers the editor while a saved workspace opens, and when it cannot be opened says why and what
 * to do, instead of an empty editor that would look like lost work.
 */
export function SessionGate() {
  const t = useMessages(messages);
  const session = useSessionHandle();
  const phase = useSession((state) => state.phase);
  const failure = useSession((state) => state.failure);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (phase === 'failed') heading.current?.focus();
  }, [phase]);

  if (phase === 'loading') {
    return (
      <Gate testId="session-loading" label={t('opening')}>
        <div className="session-card" role="status" aria-live="polite">
          <span className="session-spinner" aria-hidden="true" />
          {t('openingBusy')}
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
          {t(`failed.${failure.kind}`)}
        </h2>
        <p className="session-message" data-testid="session-failed-message">
          {failure.message}
        </p>
        <p className="session-advice">{t(`advice.${failure.kind}`)}</p>
        <div className="session-actions">
          {failure.kind === 'unauthorized' && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => session.askForApiKey()}
            >
              {t('enterTheKey')}
            </button>
          )}
          {canRetry && (
            <button
              type="button"
              className={failure.kind === 'unauthorized' ? 'button' : 'button button--primary'}
              onClick={() => session.retryLoad()}
              data-testid="session-retry"
            >
              {t('tryAgain')}
            </button>
          )}
          <a className="button" href="/" data-testid="session-start-new">
            {t('startNew')}
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
