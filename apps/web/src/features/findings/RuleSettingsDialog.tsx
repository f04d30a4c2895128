import type { RuleDescription, RuleLevel } from '@orgwise/domain';
import { splitSetting } from '@orgwise/editor';
import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { useEditor } from '../../store/editor-store.js';
import { TextWithCode } from '../../ui/TextWithCode.js';
import { messages } from './messages.js';
import { RuleOptionsForm } from './RuleOptionsForm.js';
import { ruleDescriptions } from './rule-descriptions.js';

/**
 * Turns rules off, changes their severity and edits their options (a form from each rule's
 * options schema, JSON for the rest; checked by the domain's parseRuleSettings). Settings are
 * part of the document: undoable and saved with it.
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
  const [issues, setIssues] = useState<string[]>([]);

  /** Saves a level and options; returns the problems in words, empty when saved. */
  const save = (
    nextLevel: RuleLevel | undefined,
    nextOptions: Record<string, unknown> | undefined,
  ) => {
    const store = useEditor.getState();
    return nextLevel === undefined && nextOptions === undefined
      ? store.setRuleSetting(rule.id, undefined)
      : store.setRuleSetting(
          rule.id,
          nextOptions === undefined
            ? (nextLevel ?? rule.defaultSeverity)
            : [nextLevel ?? rule.defaultSeverity, nextOptions],
        );
  };

  const levelId = `rule-level-${rule.id}`;
  return (
    <li className="rule-row" data-testid="rule-row" data-rule={rule.id}>
      <div className="rule-row-head">
        <div>
          <code className="rule-id">{rule.id}</code>
          <p className="rule-description">
            <TextWithCode text={rule.description} />
          </p>
        </div>
        <label className="sr-only" htmlFor={levelId}>
          {t('severityOf', { id: rule.id })}
        </label>
        <select
          id={levelId}
          className="input input--compact"
          value={level ?? ''}
          onChange={(event) =>
            setIssues(
              save(
                event.target.value === '' ? undefined : (event.target.value as RuleLevel),
                options,
              ),
            )
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
      {issues.length > 0 && (
        <ul className="field-error" role="alert">
          {issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
      {rule.options !== null && (
        <RuleOptionsForm
          // Drawn anew when the saved options change (applied, undone, back to the defaults).
          key={JSON.stringify(options ?? null)}
          ruleId={rule.id}
          schema={rule.options}
          options={options ?? rule.defaults ?? {}}
          customised={options !== undefined}
          save={(next) => save(level, next)}
        />
      )}
    </li>
  );
}
