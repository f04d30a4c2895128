import { Modal } from '../../ui/Modal.js';
import { ErrorList } from './ErrorList.js';

interface ImportErrorsDialogProps {
  title: string;
  errors: readonly string[];
  onClose: () => void;
}

/** Why a file could not be imported; the chart on the canvas is untouched. */
export function ImportErrorsDialog({ title, errors, onClose }: ImportErrorsDialogProps) {
  return (
    <Modal title={title} onCancel={onClose} testId="import-errors-dialog" className="ie-dialog">
      <p>Nothing was changed. Fix the file and import it again.</p>
      <ErrorList errors={errors} testId="import-errors" />
      <div className="ie-dialog__actions">
        <button
          type="button"
          className="button"
          onClick={onClose}
          data-testid="import-errors-close"
        >
          Close
        </button>
      </div>
    </Modal>
  );
}
