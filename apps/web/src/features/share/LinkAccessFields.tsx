import { type ExpiryChoice, expiryChoices } from '@orgwise/editor';
import { useId } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { messages } from './messages.js';

export interface LinkAccessDraft {
  expiry: ExpiryChoice;
  day: string;
  password: string;
}

export const emptyAccess: LinkAccessDraft = { expiry: 'never', day: '', password: '' };

/** The expiry and password of a link, as typed when creating or changing it. */
export function LinkAccessFields({
  draft,
  onChange,
  passwordLabel,
}: {
  draft: LinkAccessDraft;
  onChange: (draft: LinkAccessDraft) => void;
  passwordLabel: string;
}) {
  const t = useMessages(messages);
  const id = useId();
  const choiceLabel = (choice: ExpiryChoice) =>
    choice === 'never'
      ? t('never')
      : choice === 'date'
        ? t('onDay')
        : t('inDays', { days: Number(choice) });
  return (
    <div className="share-access">
      <div className="field">
        <label className="field-label" htmlFor={`${id}-expiry`}>
          {t('expiresLabel')}
        </label>
        <select
          id={`${id}-expiry`}
          className="input"
          value={draft.expiry}
          onChange={(event) => onChange({ ...draft, expiry: event.target.value as ExpiryChoice })}
          data-testid="share-expiry"
        >
          {expiryChoices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choiceLabel(choice.value)}
            </option>
          ))}
        </select>
        {draft.expiry === 'date' && (
          <input
            type="date"
            className="input"
            aria-label={t('lastDay')}
            value={draft.day}
            onChange={(event) => onChange({ ...draft, day: event.target.value })}
            data-testid="share-expiry-day"
          />
        )}
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-password`}>
          {passwordLabel}
        </label>
        <input
          id={`${id}-password`}
          className="input"
          type="password"
          autoComplete="new-password"
          minLength={8}
          maxLength={200}
          placeholder={t('atLeast8')}
          value={draft.password}
          onChange={(event) => onChange({ ...draft, password: event.target.value })}
          data-testid="share-password"
        />
      </div>
    </div>
  );
}
