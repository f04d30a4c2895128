import type { RuleDescription, RuleLevel } from '@orgwise/domain';
import { parseOptionsJson, splitSetting } from '@orgwise/editor';
import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { useEditor } from '../../store/editor-store.js';
import { messages } from './messages.js';
import { ruleDescriptions } from './rule-descriptions.js';

/**
 * Turns rules off, changes their severity and edits their options (as JSON, checked by the
 * domain's parseRuleSettings). Settings are part of the document: undoable and saved with it.
 */
export function RuleSettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useMessages(messages);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="dialog rule-settings"
      aria-labelledby="rule-settings-heading"
      onClose={onClose}
      data-testid="rule-settings"
    >
      <div className="dialog-header">
        <h2 id="rule-settings-heading">{t('settingsHeading')}</h2>
        <button
          type="button"
          className="button"
          onClick={onClose}
          data-testid="rule-settings-close"
        >
          {t('done')}
        </button>
      </div>
      <p className="muted">{t('settingsIntro')}</p>
      {open && (
        <ul className="rule-list">
          {ruleDescriptions(t.locale).map((rule) => (
            <RuleRow key={rule.id} rule={rule} />
          ))}
        </ul>
      )}
    </dialog>
  );
}

function RuleRow({ rule }: { rule: RuleDescription }) {
  const t = useMessages(messages);
  const setting = useEditor((state) => state.ruleSettings[rule.id]);
  const { level, options } = splitSetting(setting);
  const [draft, setDraft] = useState(() => JSON.stringify(options ?? rule.defaults ?? {}, null, 1));
  const [issues, setIssues] = useState<string[]>([]);

  const save = (
    nextLevel: RuleLevel | undefined,
    nextOptions: Record<string, unknown> | undefined,
  ) => {
    const store = useEditor.getState();
    const result =
      nextLevel === undefined && nextOptions === undefined
        ? store.setRuleSetting(rule.id, undefined)
        : store.setRuleSetting(
            rule.id,
            nextOptions === undefined
              ? (nextLevel ?? rule.defaultSeverity)
              : [nextLevel ?? rule.defaultSeverity, nextOptions],
          );
    setIssues(result);
    return result.length === 0;
  };

  const levelId = `rule-level-${rule.id}`;
  const optionsId = `rule-options-${rule.id}`;
  return (
    <li className="rule-row" data-testid="rule-row" data-rule={rule.id}>
      <div className="rule-row-head">
        <div>
          <code className="rule-id">{rule.id}</code>
          <p className="rule-description">{rule.description}</p>
        </div>
        <label className="sr-only" htmlFor={levelId}>
          {t('severityOf', { id: rule.id })}
        </label>
        <select
          id={levelId}
          className="input input--compact"
          value={level ?? ''}
          onChange={(event) =>
            save(event.target.value === '' ? undefined : (event.target.value as RuleLevel), options)
          }
          data-testid="rule-level"
        >
          <option value="">{t('default', { severity: rule.defaultSeverity })}</option>
          <option value="off">{t('off')}</option>
          <option value="error">{t('error')}</option>
          <option value="warning">{t('warning')}</option>
          <option value="info">{t('info')}</option>
        </select>
      </div>
      {rule.options !== null && (
        <div className="rule-options">
          <label className="field-label" htmlFor={optionsId}>
            {t('options')}
          </label>
          <textarea
            id={optionsId}
            className="input input--code"
            rows={Math.min(6, draft.split('\n').length)}
            value={draft}
            spellCheck={false}
            data-native-undo
            aria-invalid={issues.length > 0}
            aria-describedby={issues.length > 0 ? `${optionsId}-issues` : undefined}
            onChange={(event) => setDraft(event.target.value)}
            data-testid="rule-options"
          />
          <div className="field-row">
            <button
              type="button"
              className="button"
              onClick={() => {
                const parsed = parseOptionsJson(draft);
                if (!parsed.ok) setIssues([parsed.message]);
                else save(level, parsed.options);
              }}
              data-testid="rule-options-save"
            >
              {t('applyOptions')}
            </button>
            {options !== undefined && (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  if (save(level, undefined))
                    setDraft(JSON.stringify(rule.defaults ?? {}, null, 1));
                }}
              >
                {t('defaults')}
              </button>
            )}
          </div>
          {issues.length > 0 && (
            <ul
              className="field-error"
              id={`${optionsId}-issues`}
              role="alert"
              data-testid="rule-options-error"
            >
              {issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}
