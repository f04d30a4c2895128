import type { Chart, Position } from '@orgwise/domain';
import { sameJson } from '../json/same-json.js';

/** What a remote change wrote: per position the fields it set, and what it added and removed. */
export interface RemoteWrites {
  /** Fields of existing positions the change set (a changed manager is `reportsTo`). */
  fields: Map<string, Set<string>>;
  added: Set<string>;
  removed: Set<string>;
  company: Set<string>;
  /** Dotted lines (`from` NUL `to`) the change added or removed. */
  lines: Set<string>;
  /** Positions the change attached something to: a new report, a new dotted line. */
  attachedTo: Set<string>;
  /** The positions as the change left them. */
  theirs: Map<string, Position>;
}

export function remoteWrites(base: Chart, theirs: Chart): RemoteWrites {
  const before = new Map<string, Position>();
  for (const position of base.positions)
    if (!before.has(position.id)) before.set(position.id, position);
  const after = new Map<string, Position>();
  for (const position of theirs.positions)
    if (!after.has(position.id)) after.set(position.id, position);
  const writes: RemoteWrites = {
    fields: new Map(),
    added: new Set(),
    removed: new Set(),
    company: new Set(),
    lines: new Set(),
    attachedTo: new Set(),
    theirs: after,
  };
  for (const [id, position] of after) {
    const old = before.get(id);
    if (old === undefined) writes.added.add(id);
    else if (old !== position) {
      const fields = differingKeys(old, position);
      if (fields.size > 0) writes.fields.set(id, fields);
    }
    const newManager = old === undefined || old.reportsTo !== position.reportsTo;
    if (newManager && position.reportsTo != null) writes.attachedTo.add(position.reportsTo);
  }
  const had = new Set((base.dottedLines ?? []).map(lineKey));
  const has = new Set((theirs.dottedLines ?? []).map(lineKey));
  for (const line of theirs.dottedLines ?? []) {
    if (had.has(lineKey(line))) continue;
    writes.lines.add(lineKey(line));
    writes.attachedTo.add(line.from);
    writes.attachedTo.add(line.to);
  }
  for (const key of had) if (!has.has(key)) writes.lines.add(key);
  for (const id of before.keys()) if (!after.has(id)) writes.removed.add(id);
  if (base.company !== theirs.company)
    writes.company = differingKeys(base.company ?? {}, theirs.company ?? {});
  return writes;
}

export const lineKey = (line: { from: string; to: string }) => `${line.from}\u0000${line.to}`;

function differingKeys(a: Record<string, unknown>, b: Record<string, unknown>): Set<string> {
  const keys = new Set<string>();
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
    if (!sameJson(a[key], b[key])) keys.add(key);
  return keys;
}
