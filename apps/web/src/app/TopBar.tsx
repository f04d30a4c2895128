import { HistoryButtons } from '../features/history/HistoryButtons.js';
import { DataMenu } from '../features/import-export/DataMenu.js';
import { SaveStatus } from '../features/persistence/SaveStatus.js';
import { WorkspaceMenu } from '../features/persistence/WorkspaceMenu.js';
import { DeletedOptionsDialog } from '../features/scenarios/DeletedOptionsDialog.js';
import { NewMenu } from '../features/templates/NewMenu.js';
import { LanguageSwitch } from '../i18n/LanguageSwitch.js';
import { useMessages } from '../i18n/use-messages.js';
import { useSession } from '../session/session-store.js';
import { useEditor } from '../store/editor-store.js';
import { LayoutControls } from './LayoutControls.js';
import { messages } from './messages.js';
import { OptionsActions } from './OptionsActions.js';

const sameName = (a: string, b: string | undefined) =>
  b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

export function TopBar() {
  const t = useMessages(messages);
  const companyName = useEditor((state) => state.chart.company?.name);
  const workspaceName = useSession((state) => state.workspace?.name);
  // A workspace named after the company would say the same name twice side by side.
  const showCompany =
    companyName !== undefined && companyName.trim() !== '' && !sameName(companyName, workspaceName);
  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Orgwise</span>
        {showCompany && (
          <span className="brand-company" data-testid="company-title">
            {companyName}
          </span>
        )}
        <WorkspaceMenu deletedOptions={(onClose) => <DeletedOptionsDialog onClose={onClose} />} />
      </div>
      <nav className="top-bar-actions" aria-label={t('chartActions')}>
        {/* First: the actions keep their places whatever the language switch's width. */}
        <LanguageSwitch />
        <SaveStatus />
        <OptionsActions />
        <NewMenu />
        <DataMenu />
        <HistoryButtons />
        <LayoutControls />
      </nav>
    </header>
  );
}
