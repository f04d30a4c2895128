import { formatImportIssue, type ImportIssue } from '@orgwise/formats';
import { useMessages } from '../../i18n/use-messages.js';
import { Modal } from '../../ui/Modal.js';
import { ErrorList } from './ErrorList.js';
import { messages } from './messages.js';

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
  const t = useMessages(messages);
  return (
    <Modal
      title={t('issuesTitle', { file: fileName })}
      onCancel={onClose}
      testId="import-issues-dialog"
      className="ie-dialog"
    >
      <p>{t('issuesIntro')}</p>
      <ErrorList
        errors={issues.map(formatImportIssue)}
        testId="import-issues"
        summary={(count) => t('issuesSummary', { count })}
      />
      <div className="ie-dialog__actions">
        <button
          type="button"
          className="button"
          onClick={onClose}
          data-testid="import-issues-close"
        >
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}
