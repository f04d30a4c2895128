import type { Position } from '../chart/schema.js';
import { effectiveRoles, isInterim } from '../roles/effective-roles.js';
import type { RoleId } from '../roles/role-ids.js';

/**
 * A position's effective roles and interim flag, exactly as effectiveRoles and isInterim give them
 * (and so as the rules see them), with each distinct title recognised once. Recognition is the
 * costly step of a diff, and the positions it is needed for (retitled ones) mostly share a few
 * titles: a renamed department is a hundred "Engineer"s.
 */
export class EffectiveFields {
  private readonly titleRoles = new Map<string, readonly RoleId[]>();
  private readonly titleInterim = new Map<string, boolean>();

  roles(position: Position): readonly RoleId[] {
    if (position.roles !== undefined) return effectiveRoles(position);
    let roles = this.titleRoles.get(position.title);
    if (roles === undefined) {
      roles = effectiveRoles({ title: position.title });
      this.titleRoles.set(position.title, roles);
    }
    return roles;
  }

  interim(position: Position): boolean {
    if (position.interim !== undefined) return isInterim(position);
    let interim = this.titleInterim.get(position.title);
    if (interim === undefined) {
      interim = isInterim({ title: position.title });
      this.titleInterim.set(position.title, interim);
    }
    return interim;
  }
}
