import type { Chart, Position } from '@orgwise/domain';
import { useEffect, useRef, useState } from 'react';
import { useEditor } from '../../store/editor-store.js';
import { downloadBlob } from '../../ui/download-blob.js';
import { Modal } from '../../ui/Modal.js';
import { CsvMappingDialog } from './CsvMappingDialog.js';
import { chartFromCsv } from './csv/chart-from-csv.js';
import type { CsvTable } from './csv/parse-csv.js';
import { serializeCsv } from './csv/serialize-csv.js';
import { type ExportFormat, ExportMenu } from './ExportMenu.js';
import { exportFileName } from './file/file-name.js';
import { ImportErrorsDialog } from './ImportErrorsDialog.js';
import { serializeChart } from './json/chart-json.js';
import { readImportFile } from './read-import-file.js';
import { useImageExport } from './use-image-export.js';
import './import-export.css';

type OpenDialog =
  | { kind: 'csv'; fileName: string; table: CsvTable; note?: string }
  | { kind: 'import-errors'; fileName: string; errors: string[] }
  | { kind: 'export-error'; message: string }
  | null;

const positionCount = (count: number) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? 'position' : 'positions'}`;

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;

/**
 * The top bar's Import and Export controls: import a chart from JSON or CSV (picked, or dropped
 * anywhere on the page), export it as JSON, CSV, PNG or SVG. Renders inside the ReactFlowProvider
 * (the images need React Flow's nodes and viewport).
 */
export function DataMenu() {
  const fileInput = useRef<HTMLInputElement>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  // While a file is read or an image drawn, the buttons say so (aria-disabled) and ignore clicks,
  // but stay focusable: a disabled button would drop the keyboard focus on the page.
  const [busy, setBusy] = useState(false);
  const exportImage = useImageExport();

  // Messages go to the editor's status line (a polite live region); errors get a dialog.
  const say = (text: string) => useEditor.getState().notify(text);

  const replaceChart = (chart: Chart, message: string) => {
    useEditor.getState().replaceChart(chart);
    say(`${message} Undo brings the previous chart back.`);
  };

  const importFile = async (file: File) => {
    setBusy(true);
    try {
      const imported = await readImportFile(file);
      if (imported.kind === 'chart') {
        replaceChart(
          imported.chart,
          `Imported ${positionCount(imported.chart.positions.length)} from ${file.name}.`,
        );
      } else if (imported.kind === 'csv') {
        setDialog({
          kind: 'csv',
          fileName: file.name,
          table: imported.table,
          ...(imported.note === undefined ? {} : { note: imported.note }),
        });
      } else {
        setDialog({ kind: 'import-errors', fileName: file.name, errors: imported.errors });
      }
    } catch (error) {
      // Nothing above should throw; if something does, the user still learns that and why.
      const reason = error instanceof Error ? error.message : String(error);
      setDialog({
        kind: 'import-errors',
        fileName: file.name,
        errors: [`Unexpected error: ${reason}`],
      });
    } finally {
      setBusy(false);
    }
  };

  // Refs keep the window listeners registered once while they read the latest state.
  const importFileRef = useRef(importFile);
  importFileRef.current = importFile;
  const acceptsDrop = useRef(true);
  acceptsDrop.current = dialog === null && !busy;

  // A JSON or CSV file dropped anywhere on the page is imported. Drags of anything else (cards
  // within the canvas) are left alone.
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = acceptsDrop.current ? 'copy' : 'none';
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file !== undefined && acceptsDrop.current) void importFileRef.current(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  const exportText = (extension: 'json' | 'csv') => {
    const { chart } = useEditor.getState();
    const blob =
      extension === 'json'
        ? new Blob([serializeChart(chart)], { type: 'application/json' })
        : new Blob([serializeCsv(chart)], { type: 'text/csv;charset=utf-8' });
    const name = exportFileName(chart.company?.name, new Date(), extension);
    downloadBlob(blob, name);
    say(`Exported ${positionCount(chart.positions.length)} to ${name}.`);
  };

  const exportPicture = async (format: 'png' | 'svg') => {
    setBusy(true);
    say(`Drawing the ${format.toUpperCase()}…`);
    try {
      const result = await exportImage(format);
      if (!result.ok) {
        setDialog({ kind: 'export-error', message: result.message });
        return;
      }
      const { chart, collapsed } = useEditor.getState();
      const name = exportFileName(chart.company?.name, new Date(), format);
      downloadBlob(result.blob, name);
      const folded =
        Object.keys(collapsed).length > 0
          ? ' Collapsed teams are drawn collapsed; expand them first to include them.'
          : '';
      say(
        `Exported the chart to ${name}.${result.notice === undefined ? '' : ` ${result.notice}`}${folded}`,
      );
    } finally {
      setBusy(false);
    }
  };

  const importCsv = (fileName: string, positions: Position[]) => {
    setDialog(null);
    replaceChart(
      chartFromCsv(useEditor.getState().chart, positions),
      `Imported ${positionCount(positions.length)} from ${fileName}.`,
    );
  };

  const exportAs = (format: ExportFormat) => {
    if (format === 'json' || format === 'csv') exportText(format);
    else void exportPicture(format);
  };

  return (
    <div className="button-group ie-menu" aria-busy={busy}>
      <button
        type="button"
        className="button"
        onClick={() => {
          if (!busy) fileInput.current?.click();
        }}
        aria-disabled={busy}
        data-testid="import-button"
      >
        Import…
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,.csv,.tsv,.txt,application/json,text/csv"
        className="ie-visually-hidden"
        tabIndex={-1}
        aria-label="Choose a JSON or CSV file to import"
        data-testid="import-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) imports it again.
          event.target.value = '';
          if (file !== undefined) void importFile(file);
        }}
      />
      <ExportMenu busy={busy} onExport={exportAs} />

      {dialog?.kind === 'csv' && (
        <CsvMappingDialog
          fileName={dialog.fileName}
          table={dialog.table}
          {...(dialog.note === undefined ? {} : { note: dialog.note })}
          onCancel={() => setDialog(null)}
          onImport={(positions) => importCsv(dialog.fileName, positions)}
        />
      )}
      {dialog?.kind === 'import-errors' && (
        <ImportErrorsDialog
          title={`${dialog.fileName} could not be imported`}
          errors={dialog.errors}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'export-error' && (
        <Modal
          title="The image could not be exported"
          onCancel={() => setDialog(null)}
          testId="export-error-dialog"
          className="ie-dialog"
        >
          <p role="alert">{dialog.message}</p>
          <div className="ie-dialog__actions">
            <button type="button" className="button" onClick={() => setDialog(null)}>
              Close
            </button>
          </div>
        </Modal>
      )}
    </div>
  );
}
