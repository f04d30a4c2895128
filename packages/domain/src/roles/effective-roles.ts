import type { Position } from '../chart/schema.js';
import { recognizeTitle } from './recognize-title.js';
import type { RoleId } from './role-ids.js';

/** A position's roles: the explicit ones, or those recognised from its title. */
export function effectiveRoles(position: Pick<Position, 'roles' | 'title'>): readonly RoleId[] {
  return position.roles ?? recognizeTitle(position.title).roles;
}

/** Whether a position is held on an interim basis: explicitly, or by its title ("Acting CFO"). */
export function isInterim(position: Pick<Position, 'interim' | 'title'>): boolean {
  return position.interim ?? recognizeTitle(position.title).interim;
}
