import type { Position } from '@orgwise/domain';
import type { CsvTable } from '@orgwise/formats';
import {
  type CsvMapping,
  csvToPositions,
  formatCsvError,
  guessMapping,
  type MappedField,
  mappedFields,
  previewRows,
} from '@orgwise/formats';
import { useId, useMemo, useState } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { Modal } from '../../ui/Modal.js';
import { ErrorList } from './ErrorList.js';
import { messages } from './messages.js';

interface CsvMappingDialogProps {
  fileName: string;
  table: CsvTable;
  /** Said about the file before the mapping (e.g. the encoding it was read in). */
  note?: string;
  onCancel: () => void;
  onImport: (positions: Position[]) => void;
}

/** How the file's delimiter is named (a workbook's cells need none: 'sheet'). */
const delimiterNames: Readonly<Record<string, string>> = {
  '': 'sheet',
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};

const fieldHints = {
  id: 'hint.id',
  title: 'hint.title',
  holder: null,
  reportsTo: 'hint.reportsTo',
  roles: 'hint.roles',
  vacant: 'hint.yesNo',
  interim: 'hint.yesNo',
  department: 'hint.kept',
  location: 'hint.kept',
  employeeNumber: 'hint.kept',
  fte: 'hint.fte',
  cost: 'hint.cost',
} as const satisfies Record<MappedField, string | null>;

/**
 * The column-mapping step of a CSV import: a guessed mapping the user confirms or changes, and a
 * preview of the first rows as they will be read (with the roles recognised from the titles).
 * All the logic is in ./csv; this only renders it.
 */
export function CsvMappingDialog({
  fileName,
  table,
  note,
  onCancel,
  onImport,
}: CsvMappingDialogProps) {
  const t = useMessages(messages);
  const [mapping, setMapping] = useState<CsvMapping>(() => guessMapping(table.headers));
  const [errors, setErrors] = useState<string[]>(() => table.errors.map(formatCsvError));
  const preview = useMemo(() => previewRows(table, mapping), [table, mapping]);
  const shownFields = mappedFields.filter((field) => mapping[field] !== undefined);
  const idPrefix = useId();

  const choose = (field: MappedField, value: string) => {
    setMapping((current) => {
      const next = { ...current };
      if (value === '') delete next[field];
      else next[field] = Number(value);
      return next;
    });
  };

  const submit = () => {
    const result = csvToPositions(table, mapping);
    if (result.ok) onImport(result.positions);
    else setErrors(result.errors.map(formatCsvError));
  };

  const rowCount = table.rows.length;
  return (
    <Modal
      title={t('csvTitle', { file: fileName })}
      onCancel={onCancel}
      testId="csv-mapping-dialog"
      className="ie-dialog ie-dialog--wide"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <p>
          {t('csvRows', {
            count: rowCount,
            delimiter: delimiterNames[table.delimiter] ?? 'other',
            character: table.delimiter,
          })}
        </p>
        {note !== undefined && <p>{note}</p>}

        <fieldset className="ie-mapping">
          <legend>{t('columns')}</legend>
          {mappedFields.map((field) => {
            const id = `${idPrefix}-${field}`;
            const hint = fieldHints[field];
            return (
              <div key={field} className="ie-mapping__field">
                <label htmlFor={id}>{t(`field.${field}`)}</label>
                <select
                  id={id}
                  value={mapping[field] ?? ''}
                  onChange={(event) => choose(field, event.target.value)}
                  aria-describedby={hint === null ? undefined : `${id}-hint`}
                  data-testid={`csv-map-${field}`}
                >
                  <option value="">{field === 'title' ? t('chooseColumn') : t('notInFile')}</option>
                  {table.headers.map((header, index) => (
                    <option key={index} value={index}>
                      {header}
                    </option>
                  ))}
                </select>
                {hint !== null && (
                  <small id={`${id}-hint`} className="ie-mapping__hint">
                    {t(hint)}
                  </small>
                )}
              </div>
            );
          })}
        </fieldset>

        <div className="ie-preview">
          <table data-testid="csv-preview">
            <caption>{t('previewCaption', { count: preview.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('row')}</th>
                {shownFields.map((field) => (
                  <th key={field} scope="col">
                    {t(`field.${field}`)}
                  </th>
                ))}
                {mapping.roles === undefined && <th scope="col">{t('rolesRecognised')}</th>}
              </tr>
            </thead>
            <tbody>
              {preview.map((row) => (
                <tr key={row.rowNumber}>
                  <th scope="row">{row.rowNumber}</th>
                  {shownFields.map((field) => (
                    <td key={field}>
                      {field === 'roles'
                        ? row.roles.join(', ') || row.cells.roles
                        : row.cells[field]}
                    </td>
                  ))}
                  {mapping.roles === undefined && (
                    <td data-testid="csv-preview-roles">{row.roles.join(', ') || '—'}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <ErrorList errors={errors} testId="csv-import-errors" />

        <div className="ie-dialog__actions">
          <button
            type="button"
            className="button"
            onClick={onCancel}
            data-testid="csv-import-cancel"
          >
            {t('cancel')}
          </button>
          <button type="submit" className="button button--primary" data-testid="csv-import-confirm">
            {t('importRows', { count: rowCount })}
          </button>
        </div>
      </form>
    </Modal>
  );
}
