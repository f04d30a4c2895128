import { formatImportIssue, type ImportIssue } from '@orgwise/formats';
import { Modal } from '../../ui/Modal.js';
import { ErrorList } from './ErrorList.js';

interface ImportIssuesDialogProps {
  fileName: string;
  issues: readonly ImportIssue[];
  onClose: () => void;
}

/**
 * What of a directory's document did not make it into the imported chart as it stood (disabled
 * accounts left out, managers nobody in the document is), each with its place in the document,
 * so that it can be fixed at the source. The chart is imported; Undo brings the old one back.
 */
export function ImportIssuesDialog({ fileName, issues, onClose }: ImportIssuesDialogProps) {
  return (
    <Modal
      title={`${fileName}: what could not be mapped`}
      onCancel={onClose}
      testId="import-issues-dialog"
      className="ie-dialog"
    >
      <p>
        The chart was imported. These parts of the file were left out or changed; fix them in the
        directory and import again to keep them.
      </p>
      <ErrorList
        errors={issues.map(formatImportIssue)}
        testId="import-issues"
        summary={(n) =>
          n === 1 ? '1 part of the file:' : `${n.toLocaleString('en-US')} parts of the file:`
        }
      />
      <div className="ie-dialog__actions">
        <button
          type="button"
          className="button"
          onClick={onClose}
          data-testid="import-issues-close"
        >
          Close
        </button>
      </div>
    </Modal>
  );
}
