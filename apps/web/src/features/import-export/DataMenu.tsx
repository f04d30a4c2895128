import type { Chart, Position } from '@orgwise/domain';
import {
  type CsvTable,
  chartFromCsv,
  ExportError,
  type ExportFormat,
  type ImportIssue,
  importAccept,
  readImportFile,
} from '@orgwise/formats';
import { useEffect, useRef, useState } from 'react';
import { translate } from '../../i18n/translate.js';
import { useMessages } from '../../i18n/use-messages.js';
import { useEditor } from '../../store/editor-store.js';
import { downloadExport } from '../../ui/download-export.js';
import { Modal } from '../../ui/Modal.js';
import { CsvMappingDialog } from './CsvMappingDialog.js';
import { ExportMenu } from './ExportMenu.js';
import { ImportErrorsDialog } from './ImportErrorsDialog.js';
import { ImportIssuesDialog } from './ImportIssuesDialog.js';
import { formatText, messages } from './messages.js';
import { useImageExport } from './use-image-export.js';
import './import-export.css';

type OpenDialog =
  | { kind: 'csv'; fileName: string; table: CsvTable; note?: string }
  | { kind: 'import-errors'; fileName: string; errors: string[] }
  | { kind: 'import-issues'; fileName: string; issues: ImportIssue[] }
  | { kind: 'export-error'; label: string; message: string }
  | null;

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;

const accept = importAccept();

/**
 * The top bar's Import and Export controls: import a chart from any of the registry's import
 * formats (picked, or dropped anywhere on the page), export it as any of its chart exports. Renders inside the ReactFlowProvider
 * (the images need React Flow's nodes and viewport).
 */
export function DataMenu() {
  const t = useMessages(messages);
  const fileInput = useRef<HTMLInputElement>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  // While a file is read or an image drawn, the buttons say so (aria-disabled) and ignore clicks,
  // but stay focusable: a disabled button would drop the keyboard focus on the page.
  const [busy, setBusy] = useState(false);
  const draw = useImageExport();

  // Messages go to the editor's status line (a polite live region); errors get a dialog.
  // Said in the language of the moment the message appears (translate), not of the render.
  const say = (text: string) => useEditor.getState().notify(text);

  const replaceChart = (chart: Chart, message: string) => {
    useEditor.getState().replaceChart(chart);
    say(translate(messages)('undoHint', { message }));
  };

  const importFile = async (file: File) => {
    setBusy(true);
    try {
      const imported = await readImportFile(file);
      if (imported.kind === 'chart') {
        const issues = imported.issues ?? [];
        replaceChart(
          imported.chart,
          translate(messages)('imported', {
            count: imported.chart.positions.length,
            file: file.name,
            unmapped: issues.length,
          }),
        );
        if (issues.length > 0) setDialog({ kind: 'import-issues', fileName: file.name, issues });
      } else if (imported.kind === 'table') {
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
        errors: [translate(messages)('unexpected', { reason })],
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

  /**
   * Every format of the registry's chart list. A picture is drawn from the canvas, which takes a
   * moment and can fail (a chart too large for a PNG), so the menu says so while it works.
   */
  const exportAs = async (format: ExportFormat<'chart'>) => {
    const drawn = format.runsIn === 'browser';
    const { chart, collapsed } = useEditor.getState();
    if (drawn) {
      setBusy(true);
      say(translate(messages)('drawing', { format: format.extension.toUpperCase() }));
    }
    try {
      const { fileName, notice } = await downloadExport(
        format,
        { chart, draw },
        chart.company?.name,
      );
      const said = translate(messages);
      if (!drawn) {
        say(said('exported', { count: chart.positions.length, file: fileName }));
        return;
      }
      const parts = [said('exportedPicture', { file: fileName })];
      if (notice !== undefined) parts.push(notice);
      if (Object.keys(collapsed).length > 0) parts.push(said('collapsedNote'));
      say(parts.join(' '));
    } catch (error) {
      // An ExportError says why in the user's words; anything else is a fault, still explained.
      const message =
        error instanceof ExportError
          ? error.message
          : translate(messages)('unexpected', {
              reason: error instanceof Error ? error.message : String(error),
            });
      setDialog({
        kind: 'export-error',
        label: formatText(translate(messages), format, 'label'),
        message,
      });
    } finally {
      if (drawn) setBusy(false);
    }
  };

  const importCsv = (fileName: string, positions: Position[]) => {
    setDialog(null);
    replaceChart(
      chartFromCsv(useEditor.getState().chart, positions),
      translate(messages)('imported', { count: positions.length, file: fileName, unmapped: 0 }),
    );
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
        {t('import')}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept={accept}
        className="ie-visually-hidden"
        tabIndex={-1}
        aria-label={t('importInput')}
        data-testid="import-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) imports it again.
          event.target.value = '';
          if (file !== undefined) void importFile(file);
        }}
      />
      <ExportMenu busy={busy} onExport={(format) => void exportAs(format)} />

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
          title={t('notImported', { file: dialog.fileName })}
          errors={dialog.errors}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'import-issues' && (
        <ImportIssuesDialog
          fileName={dialog.fileName}
          issues={dialog.issues}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'export-error' && (
        <Modal
          title={t('notExported', { format: dialog.label })}
          onCancel={() => setDialog(null)}
          testId="export-error-dialog"
          className="ie-dialog"
        >
          <p role="alert">{dialog.message}</p>
          <div className="ie-dialog__actions">
            <button type="button" className="button" onClick={() => setDialog(null)}>
              {t('close')}
            </button>
          </div>
        </Modal>
      )}
    </div>
  );
}
