import type { PatchOp, Position } from '@orgwise/domain';
import type { DroppedOp } from './apply-leniently.js';
import { lineKey, type RemoteWrites } from './remote-writes.js';

const byRemote = 'someone else changed it meanwhile, and the change saved first stays';
const attached =
  'someone else attached work to it meanwhile (a report or a dotted line), which removing it would take away';

/**
 * The operations without what they would write over a remote change: a field the remote change
 * set is left as it set it, a position it removed is not brought back, a position it added is not
 * added twice, a position it attached a report or a dotted line to is not removed (that would
 * take their work with it). A position added or brought back under a manager it removed comes at
 * the top. A position brought back (undoing a removal) carries the remote
 * change's fields.
 * The rule the editor merges by: per field, the change saved later wins.
 */
export function withoutRemoteWrites(
  ops: readonly PatchOp[],
  writes: RemoteWrites,
): { ops: PatchOp[]; dropped: DroppedOp[] } {
  const kept: PatchOp[] = [];
  const dropped: DroppedOp[] = [];
  const drop = (op: PatchOp) => dropped.push({ op, reason: byRemote });
  for (const op of ops) {
    switch (op.op) {
      case 'updatePosition': {
        const written = writes.fields.get(op.positionId);
        if (written === undefined) {
          kept.push(op);
          break;
        }
        const changes = Object.fromEntries(
          Object.entries(op.changes).filter(([field]) => !written.has(field)),
        );
        if (Object.keys(changes).length === 0) drop(op);
        else kept.push({ ...op, changes });
        break;
      }
      case 'setReportsTo':
        if (writes.fields.get(op.positionId)?.has('reportsTo')) drop(op);
        else kept.push(op);
        break;
      case 'setRoles':
      case 'resetRoles':
        if (writes.fields.get(op.positionId)?.has('roles')) drop(op);
        else kept.push(op);
        break;
      case 'addPosition':
        if (writes.added.has(op.position.id) || writes.removed.has(op.position.id)) drop(op);
        else
          kept.push({
            ...op,
            position: withoutRemovedManager(withTheirFields(op.position, writes), writes),
          });
        break;
      case 'removePosition':
        if (writes.attachedTo.has(op.positionId)) {
          dropped.push({ op, reason: attached });
        } else kept.push(op);
        break;
      case 'replacePosition':
        kept.push({ ...op, position: withTheirFields(op.position, writes) });
        break;
      case 'addDottedLine':
      case 'removeDottedLine':
        if (writes.lines.has(lineKey(op))) drop(op);
        else kept.push(op);
        break;
      case 'updateCompany': {
        const changes = Object.fromEntries(
          Object.entries(op.changes).filter(([field]) => !writes.company.has(field)),
        );
        if (Object.keys(changes).length === 0) drop(op);
        else kept.push({ ...op, changes });
        break;
      }
      default:
        kept.push(op);
    }
  }
  return { ops: kept, dropped };
}

/** A position whose manager the remote change removed comes (back) at the top, not at all. */
function withoutRemovedManager(position: Position, writes: RemoteWrites): Position {
  if (position.reportsTo == null || !writes.removed.has(position.reportsTo)) return position;
  const { reportsTo: _removed, ...rest } = position;
  return rest;
}

/** The record with the fields the remote change set, as it set them. */
function withTheirFields(position: Position, writes: RemoteWrites): Position {
  const written = writes.fields.get(position.id);
  const theirs = writes.theirs.get(position.id);
  if (written === undefined || theirs === undefined) return position;
  const merged: Position = { ...position };
  for (const field of written) {
    if (theirs[field] === undefined) delete merged[field];
    else merged[field] = theirs[field];
  }
  return merged;
}
