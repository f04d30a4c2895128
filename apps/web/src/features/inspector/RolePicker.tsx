import { getRole, type Position, type RoleId, roleIds } from '@orgwise/domain';
import { useMessages } from '../../i18n/use-messages.js';
import { useEditor } from '../../store/editor-store.js';

import { messages } from './messages.js';

/**
 * The position's roles: recognised from the title until the user ticks roles by hand, which then
 * override the title (a "Head of Platform" who is in fact the CTO).
 */
export function RolePicker({
  position,
  recognised,
  explicit,
}: {
  position: Position;
  recognised: readonly RoleId[];
  explicit: boolean;
}) {
  const t = useMessages(messages);
  const roles: readonly RoleId[] = position.roles ?? recognised;
  const toggle = (role: RoleId, on: boolean) => {
    const next = on ? [...roles, role] : roles.filter((candidate) => candidate !== role);
    useEditor.getState().applyPatch([{ op: 'setRoles', positionId: position.id, roles: next }]);
  };
  return (
    <fieldset className="roles" data-testid="role-picker">
      <legend className="field-label">
        {t('roles')}{' '}
        <span className="muted small" data-testid="roles-source">
          {explicit ? t('rolesByHand') : t('rolesFromTitle')}
        </span>
      </legend>
      <div className="roles-grid">
        {roleIds.map((role) => (
          <label key={role} className="check check--chip">
            <input
              type="checkbox"
              checked={roles.includes(role)}
              onChange={(event) => toggle(role, event.target.checked)}
              data-role={role}
            />
            {getRole(role).shortName}
          </label>
        ))}
      </div>
      {explicit && (
        <button
          type="button"
          className="link-button"
          onClick={() => useEditor.getState().resetRoles(position.id)}
          data-testid="roles-reset"
        >
          {t('rolesReset')}
        </button>
      )}
    </fieldset>
  );
}
