import { type ExpiryChoice, expiryChoices } from '@orgwise/editor';
import { useId } from 'react';

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
  const id = useId();
  return (
    <div className="share-access">
      <div className="field">
        <label className="field-label" htmlFor={`${id}-expiry`}>
          Expires
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
              {choice.label}
            </option>
          ))}
        </select>
        {draft.expiry === 'date' && (
          <input
            type="date"
            className="input"
            aria-label="Last day the link opens"
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
          placeholder="At least 8 characters"
          value={draft.password}
          onChange={(event) => onChange({ ...draft, password: event.target.value })}
          data-testid="share-password"
        />
      </div>
    </div>
  );
}
