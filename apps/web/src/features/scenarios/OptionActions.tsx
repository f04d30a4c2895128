import { deleteScenario, moveScenario } from '../../session/scenario-commands.js';
import { useSessionHandle } from '../../session/session-handle.js';
import { useSession } from '../../session/session-store.js';
import { MenuItem } from '../../ui/MenuItem.js';
import { FIRST_MENU_ITEM, onMenuKeyDown, usePopup } from '../../ui/use-popup.js';

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
        <span className="sr-only">Actions for “{current.name}”</span>
        <span aria-hidden="true">Option ▾</span>
      </button>
      {open && (
        <div
          className="menu-popup option-actions-popup"
          role="menu"
          aria-label={`Actions for “${current.name}”`}
          onKeyDown={(event) => onMenuKeyDown(event, close)}
        >
          <MenuItem
            label="Rename"
            description="Or double-click the tab, or press F2 on it."
            onClick={act(onRename)}
            data-testid="option-rename"
          />
          <MenuItem
            label="Move left"
            description="Alt+Shift+← on the tab."
            disabled={index === 0}
            onClick={act(() => moveScenario(session, current.id, -1))}
            data-testid="option-move-left"
          />
          <MenuItem
            label="Move right"
            description="Alt+Shift+→ on the tab."
            disabled={index === scenarios.length - 1}
            onClick={act(() => moveScenario(session, current.id, +1))}
            data-testid="option-move-right"
          />
          <MenuItem
            label="Saved versions…"
            description="See and restore earlier saves."
            onClick={openDialog(onHistory)}
            data-testid="option-history"
          />
          <MenuItem
            label="Delete"
            description={
              scenarios.length <= 1
                ? 'A workspace keeps at least one option.'
                : 'Kept 30 days: undo, or bring it back from Deleted options.'
            }
            danger
            disabled={scenarios.length <= 1}
            onClick={act(() => void deleteScenario(session, current.id))}
            data-testid="option-delete"
          />
          <MenuItem
            label="Deleted options…"
            description="Bring back one deleted in the last 30 days."
            onClick={openDialog(onDeleted)}
            data-testid="option-deleted"
          />
        </div>
      )}
    </div>
  );
}
