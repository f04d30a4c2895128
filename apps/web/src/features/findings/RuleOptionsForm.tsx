import { parseOptionsJson } from '@orgwise/editor';
import { useId, useState } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { messages } from './messages.js';
import { type OptionField, optionFields, typedLines, typedNumber } from './option-fields.js';
import { ruleOptionMessages } from './rule-options.messages.js';

type Row = Record<string, string>;
type Draft = Record<string, string | boolean | Row[]>;

interface RuleOptionsFormProps {
  ruleId: string;
  schema: Record<string, unknown>;
  /** The options in force: the saved ones, or the rule's defaults. */
  options: Record<string, unknown>;
  /** Whether options other than the defaults are saved. */
  customised: boolean;
  /** Saves options (undefined: back to the defaults); returns the problems, empty when saved. */
  save: (options: Record<string, unknown> | undefined) => string[];
}

const asText = (value: unknown) => (value === undefined || value === null ? '' : String(value));

function draftOf(fields: OptionField[], options: Record<string, unknown>): Draft {
  const draft: Draft = {};
  for (const field of fields) {
    const value = options[field.name];
    if (field.kind === 'boolean') draft[field.name] = value === true;
    else if (field.kind === 'lines')
      draft[field.name] = Array.isArray(value) ? value.map(String).join('\n') : '';
    else if (field.kind === 'rows')
      draft[field.name] = Array.isArray(value)
        ? value.map((row) =>
            Object.fromEntries(
              field.columns.map((column) => [
                column.name,
                asText((row as Record<string, unknown>)[column.name]),
              ]),
            ),
          )
        : [];
    else draft[field.name] = asText(value);
  }
  return draft;
}

/** The options the form says, as the domain's check takes them (empty boxes left to defaults). */
function optionsOf(fields: OptionField[], draft: Draft): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const field of fields) {
    const value = draft[field.name];
    if (field.kind === 'boolean') options[field.name] = value === true;
    else if (field.kind === 'lines') options[field.name] = typedLines(String(value ?? ''));
    else if (field.kind === 'rows')
      options[field.name] = (value as Row[]).map((row) =>
        Object.fromEntries(
          field.columns.map((column) => [column.name, typedNumber(row[column.name] ?? '')]),
        ),
      );
    else if (field.kind === 'integer' || field.kind === 'number') {
      const number = typedNumber(String(value ?? ''));
      if (number !== undefined) options[field.name] = number;
    } else if (String(value ?? '') !== '') options[field.name] = value;
  }
  return options;
}

/**
 * A rule's options as a form with one control per option, read from the rule's schema, and the
 * raw JSON behind an "Advanced" disclosure for what the form cannot show.
 */
export function RuleOptionsForm({
  ruleId,
  schema,
  options,
  customised,
  save,
}: RuleOptionsFormProps) {
  const t = useMessages(messages);
  const o = useMessages(ruleOptionMessages);
  const label = (name: string, fallback: string) => o('optionLabel', { name, fallback });
  const { fields, complete } = optionFields(schema);
  const [draft, setDraft] = useState(() => draftOf(fields, options));
  const [json, setJson] = useState(() => JSON.stringify(options, null, 1));
  const [issues, setIssues] = useState<string[]>([]);
  const formId = useId();
  const issuesId = `${formId}-issues`;
  const set = (name: string, value: Draft[string]) => setDraft({ ...draft, [name]: value });

  const apply = (next: Record<string, unknown> | undefined) => {
    const result = save(next);
    setIssues(result);
    return result.length === 0;
  };

  const control = (field: OptionField) => {
    const id = `${formId}-${field.name}`;
    const common = {
      id,
      'data-testid': 'rule-option',
      'data-option': field.name,
      'aria-invalid': issues.length > 0 || undefined,
      'aria-describedby': issues.length > 0 ? issuesId : undefined,
    };
    if (field.kind === 'boolean') {
      return (
        <label key={field.name} className="check rule-option" htmlFor={id}>
          <input
            {...common}
            type="checkbox"
            checked={draft[field.name] === true}
            onChange={(event) => set(field.name, event.target.checked)}
          />
          {label(field.name, field.label)}
        </label>
      );
    }
    if (field.kind === 'rows') {
      const rows = draft[field.name] as Row[];
      return (
        <fieldset key={field.name} className="rule-option rule-option-rows">
          <legend className="field-label">{label(field.name, field.label)}</legend>
          <table className="rule-option-table">
            <thead>
              <tr>
                {field.columns.map((column) => (
                  <th key={column.name} scope="col">
                    {label(`row_${column.name}`, column.label)}
                  </th>
                ))}
                <th scope="col">
                  <span className="sr-only">{o('remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, k) => (
                <tr key={k}>
                  {field.columns.map((column) => (
                    <td key={column.name}>
                      <input
                        className="input"
                        type="number"
                        inputMode="numeric"
                        min={column.min}
                        step={column.kind === 'integer' ? 1 : 'any'}
                        aria-label={o('cell', {
                          field: label(field.name, field.label),
                          row: k + 1,
                          column: label(`row_${column.name}`, column.label),
                        })}
                        value={row[column.name] ?? ''}
                        onChange={(event) =>
                          set(
                            field.name,
                            rows.map((other, j) =>
                              j === k ? { ...other, [column.name]: event.target.value } : other,
                            ),
                          )
                        }
                        data-testid="rule-option-cell"
                      />
                    </td>
                  ))}
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={o('removeRow', {
                        row: k + 1,
                        field: label(field.name, field.label),
                      })}
                      onClick={() =>
                        set(
                          field.name,
                          rows.filter((_, j) => j !== k),
                        )
                      }
                    >
                      {o('remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              set(field.name, [
                ...rows,
                Object.fromEntries(field.columns.map((column) => [column.name, ''])),
              ])
            }
          >
            {o('addRow')}
          </button>
        </fieldset>
      );
    }
    return (
      <div key={field.name} className="field rule-option">
        <label className="field-label" htmlFor={id}>
          {label(field.name, field.label)}
        </label>
        {field.kind === 'choice' ? (
          <select
            {...common}
            className="input input--compact"
            value={String(draft[field.name] ?? '')}
            onChange={(event) => set(field.name, event.target.value)}
          >
            {field.choices.map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </select>
        ) : field.kind === 'lines' ? (
          <textarea
            {...common}
            className="input"
            rows={3}
            value={String(draft[field.name] ?? '')}
            onChange={(event) => set(field.name, event.target.value)}
            data-native-undo
          />
        ) : (
          <input
            {...common}
            className="input input--number"
            type={field.kind === 'text' ? 'text' : 'number'}
            inputMode={field.kind === 'text' ? undefined : 'numeric'}
            min={field.kind === 'text' ? undefined : field.min}
            step={field.kind === 'integer' ? 1 : undefined}
            value={String(draft[field.name] ?? '')}
            onChange={(event) => set(field.name, event.target.value)}
            data-native-undo
          />
        )}
      </div>
    );
  };

  return (
    <div className="rule-options" data-testid="rule-options-form" data-rule={ruleId}>
      {fields.length > 0 && (
        <form
          className="rule-options-fields"
          onSubmit={(event) => {
            event.preventDefault();
            // Saved options come back as new props, and the dialog then draws this form anew.
            apply(optionsOf(fields, draft));
          }}
        >
          {fields.map(control)}
          <div className="field-row rule-options-actions">
            <button type="submit" className="button button--small" data-testid="rule-options-save">
              {t('applyOptions')}
            </button>
            {customised && (
              <button
                type="button"
                className="link-button"
                onClick={() => apply(undefined)}
                data-testid="rule-options-defaults"
              >
                {t('defaults')}
              </button>
            )}
          </div>
        </form>
      )}
      <details className="rule-options-advanced" open={!complete || undefined}>
        <summary>{o('advanced')}</summary>
        <textarea
          className="input input--code"
          aria-label={t('options')}
          rows={Math.min(8, json.split('\n').length)}
          value={json}
          spellCheck={false}
          data-native-undo
          onChange={(event) => setJson(event.target.value)}
          data-testid="rule-options"
        />
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            const parsed = parseOptionsJson(json);
            if (!parsed.ok) setIssues([parsed.message]);
            else apply(parsed.options);
          }}
          data-testid="rule-options-json-save"
        >
          {o('applyJson')}
        </button>
      </details>
      {issues.length > 0 && (
        <ul className="field-error" id={issuesId} role="alert" data-testid="rule-options-error">
          {issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
