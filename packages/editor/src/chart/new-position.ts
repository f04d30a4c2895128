import type { Chart, Position, RoleId } from '@orgwise/domain';
import { recognizeTitle } from '@orgwise/domain';
import { uniqueId } from './unique-id.js';

/** What the palette offers: a role (or none, for an ordinary position) and the title it starts with. */
export interface PositionTemplate {
  title: string;
  role: RoleId | null;
}

/**
 * A new position from a palette entry, under `managerId` (or at the top). It is neither held nor
 * marked vacant: consultants design roles before anyone is named, and "vacant" means an open
 * position that draws its own findings. Its roles are
 * left to title recognition, so that renaming "CTO" to "CTO & co-founder" keeps the role; they are
 * only set explicitly when the title would not be recognised as the chosen role.
 */
export function newPosition(
  chart: Chart,
  template: PositionTemplate,
  managerId: string | null,
): Position {
  const taken = new Set(chart.positions.map((position) => position.id));
  const position: Position = {
    id: uniqueId(template.title, taken),
    title: template.title,
  };
  if (managerId !== null) position.reportsTo = managerId;
  const recognised = recognizeTitle(template.title).roles;
  const wanted = template.role === null ? [] : [template.role];
  if (recognised.length !== wanted.length || recognised.some((role, i) => role !== wanted[i])) {
    position.roles = wanted;
  }
  return position;
}
