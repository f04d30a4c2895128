import type { Position } from '@orgwise/domain';
import type { CsvTable } from '@orgwise/formats';
import {
  type CsvMapping,
  csvToPositions,
  formatCsvError,
  guessMapping,
  type MappedField,
  mappedFieldLabels,
  mappedFields,
  previewRows,
} from '@orgwise/formats';
import { useId, useMemo, useState } from 'react';
import { Modal } from '../../ui/Modal.js';
import { ErrorList } from './ErrorList.js';

interface CsvMappingDialogProps {
  fileName: string;
  table: CsvTable;
  /** Said about the file before the mapping (e.g. the encoding it was read in). */
  note?: string;
  onCancel: () => void;
  onImport: (positions: Position[]) => void;
}

const delimiterNames: Readonly<Record<string, string>> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs',
  '|': 'pipes',
};

const fieldHints: Readonly<Record<MappedField, string>> = {
  id: 'Without one, ids are made from the titles and “reports to” names the manager’s title or holder.',
  title: 'Required.',
  holder: '',
  reportsTo: 'The manager’s id, or their title or name when that names one position.',
  roles: 'Without one, roles are recognised from the titles.',
  vacant: 'yes/no, true/false, 1/0, ja/nej, ja/nee',
  interim: 'yes/no, true/false, 1/0, ja/nej, ja/nee',
  department: 'Kept on the position.',
  location: 'Kept on the position.',
  employeeNumber: 'Kept on the position.',
  fte: 'A number: 1 for full time, 0.8 or 80%.',
  cost: 'A number, in the currency of the file.',
};

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

  const rowCount = table.rows.length.toLocaleString('en-US');
  return (
    <Modal
      title={`Import ${fileName}`}
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
          {rowCount} {table.rows.length === 1 ? 'row' : 'rows'}
          {/* A workbook's cells need no delimiter. */}
          {table.delimiter === ''
            ? ' in the first sheet'
            : ` separated by ${delimiterNames[table.delimiter] ?? `“${table.delimiter}”`}`}
          . Choose which column holds what. The import replaces the positions and dotted lines on
          the canvas; the company details stay, and Undo brings the old chart back.
        </p>
        {note !== undefined && <p>{note}</p>}

        <fieldset className="ie-mapping">
          <legend>Columns</legend>
          {mappedFields.map((field) => {
            const id = `${idPrefix}-${field}`;
            return (
              <div key={field} className="ie-mapping__field">
                <label htmlFor={id}>{mappedFieldLabels[field]}</label>
                <select
                  id={id}
                  value={mapping[field] ?? ''}
                  onChange={(event) => choose(field, event.target.value)}
                  aria-describedby={fieldHints[field] === '' ? undefined : `${id}-hint`}
                  data-testid={`csv-map-${field}`}
                >
                  <option value="">
                    {field === 'title' ? 'Choose a column' : 'Not in the file'}
                  </option>
                  {table.headers.map((header, index) => (
                    <option key={index} value={index}>
                      {header}
                    </option>
                  ))}
                </select>
                {fieldHints[field] !== '' && (
                  <small id={`${id}-hint`} className="ie-mapping__hint">
                    {fieldHints[field]}
                  </small>
                )}
              </div>
            );
          })}
        </fieldset>

        <div className="ie-preview">
          <table data-testid="csv-preview">
            <caption>
              The first {preview.length} {preview.length === 1 ? 'row' : 'rows'} as they will be
              imported
            </caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                {shownFields.map((field) => (
                  <th key={field} scope="col">
                    {mappedFieldLabels[field]}
                  </th>
                ))}
                {mapping.roles === undefined && <th scope="col">Roles (recognised)</th>}
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
            Cancel
          </button>
          <button type="submit" className="button button--primary" data-testid="csv-import-confirm">
            Import {rowCount} {table.rows.length === 1 ? 'position' : 'positions'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
