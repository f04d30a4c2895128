import { useMessages } from '../../i18n/use-messages.js';
import { deleteScenario, moveScenario } from '../../session/scenario-commands.js';
import { useSessionHandle } from '../../session/session-handle.js';
import { useSession } from '../../session/session-store.js';
import { MenuItem } from '../../ui/MenuItem.js';
import { FIRST_MENU_ITEM, onMenuKeyDown, usePopup } from '../../ui/use-popup.js';
import { messages } from './messages.js';

interface OptionActionsProps {
  onRename: () => void;
  onHistory: () => void;
  onDeleted: () => void;
}

/**
 * What can be done with the open option: rename, move in the order, see its history, delete; and
 * bring back one deleted before.
 */
export function OptionActions({ onRename, onHistory, onDeleted }: OptionActionsProps) {
  const t = useMessages(messages);
  const session = useSessionHandle();
  const scenarios = useSession((state) => state.scenarios);
  const currentId = useSession((state) => state.currentId);
  const busy = useSession((state) => state.busy);
  const { open, setOpen, close, root, button } = usePopup(FIRST_MENU_ITEM);

  const index = scenarios.findIndex((s) => s.id === currentId);
  const current = scenarios[index];
  if (current === undefined) return null;

  const act = (action: () => void) => () => {
    close(false);
    action();
  };
  // A dialog opened from the menu gives focus back to the menu's button when it closes.
  const openDialog = (open: () => void) => () => {
    close(true);
    open();
  };

  return (
    <div className="menu option-actions" ref={root}>
      <button
        ref={button}
        type="button"
        className="button button--small"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={busy !== null}
        onClick={() => setOpen((value) => !value)}
        data-testid="option-actions"
      >
        <span className="sr-only">{t('actionsFor', { name: current.name })}</span>
        <span aria-hidden="true">{t('optionMenu')}</span>
      </button>
      {open && (
        <div
          className="menu-popup option-actions-popup"
          role="menu"
          aria-label={t('actionsFor', { name: current.name })}
          onKeyDown={(event) => onMenuKeyDown(event, close)}
        >
          <MenuItem
            label={t('rename')}
            description={t('renameHint')}
            onClick={act(onRename)}
            data-testid="option-rename"
          />
          <MenuItem
            label={t('moveLeft')}
            description={t('moveLeftHint')}
            disabled={index === 0}
            onClick={act(() => moveScenario(session, current.id, -1))}
            data-testid="option-move-left"
          />
          <MenuItem
            label={t('moveRight')}
            description={t('moveRightHint')}
            disabled={index === scenarios.length - 1}
            onClick={act(() => moveScenario(session, current.id, +1))}
            data-testid="option-move-right"
          />
          <MenuItem
            label={t('versions')}
            description={t('versionsHint')}
            onClick={openDialog(onHistory)}
            data-testid="option-history"
          />
          <MenuItem
            label={t('delete')}
            description={scenarios.length <= 1 ? t('deleteLast') : t('deleteHint')}
            danger
            disabled={scenarios.length <= 1}
            onClick={act(() => void deleteScenario(session, current.id))}
            data-testid="option-delete"
          />
          <MenuItem
            label={t('deletedMenu')}
            description={t('deletedMenuHint')}
            onClick={openDialog(onDeleted)}
            data-testid="option-deleted"
          />
        </div>
      )}
    </div>
  );
}
