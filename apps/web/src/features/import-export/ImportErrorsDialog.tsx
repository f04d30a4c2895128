import { useMessages } from '../../i18n/use-messages.js';
import { Modal } from '../../ui/Modal.js';
import { ErrorList } from './ErrorList.js';
import { messages } from './messages.js';

interface ImportErrorsDialogProps {
  title: string;
  errors: readonly string[];
  onClose: () => void;
}

/** Why a file could not be imported; the chart on the canvas is untouched. */
export function ImportErrorsDialog({ title, errors, onClose }: ImportErrorsDialogProps) {
  const t = useMessages(messages);
  return (
    <Modal title={title} onCancel={onClose} testId="import-errors-dialog" className="ie-dialog">
      <p>{t('nothingChanged')}</p>
      <ErrorList errors={errors} testId="import-errors" />
      <div className="ie-dialog__actions">
        <button
          type="button"
          className="button"
          onClick={onClose}
          data-testid="import-errors-close"
        >
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}
