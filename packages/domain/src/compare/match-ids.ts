import type { Position } from '../chart/schema.js';

export type Side = 'before' | 'after';

/**
 * The ids of two charts matched up: where each id is in either chart, as the index of its first
 * position, as everywhere in the domain. Map operations are most of the cost of a diff, so both
 * charts share one map from id to a slot (a number, which the map stores without allocating), and
 * a slot says where the id is in each chart: a slot below the first chart's size is the index of
 * the id's first position there; a higher one belongs to an id found only in the second chart.
 * About one map operation per position, and one lookup answers for both charts.
 */
export class MatchedIds {
  private readonly slotById = new Map<string, number>();
  private readonly beforeCount: number;
  /** Index in the second chart of each slot's id, -1 where it is absent. */
  private readonly afterOfSlot: Int32Array;
  /**
   * Each position's slot, so that walking a chart needs no lookups. Kept for the first chart only
   * when it has duplicated ids: otherwise a position's slot is its index.
   */
  private readonly slotOfBefore: Int32Array | undefined;
  private readonly slotOfAfter: Int32Array;

  constructor(before: readonly Position[], after: readonly Position[]) {
    const n = before.length;
    const m = after.length;
    this.beforeCount = n;
    // Backwards, so that the first position with an id is the last to write it and wins.
    for (let i = n - 1; i >= 0; i--) this.slotById.set(before[i]!.id, i);
    if (this.slotById.size < n) {
      this.slotOfBefore = new Int32Array(n);
      for (let i = 0; i < n; i++) this.slotOfBefore[i] = this.slotById.get(before[i]!.id)!;
    }
    this.afterOfSlot = new Int32Array(n + m).fill(-1);
    this.slotOfAfter = new Int32Array(m);
    for (let j = m - 1; j >= 0; j--) {
      const id = after[j]!.id;
      let slot = this.slotById.get(id);
      if (slot === undefined) {
        slot = n + j;
        this.slotById.set(id, slot);
      }
      this.afterOfSlot[slot] = j;
      this.slotOfAfter[j] = slot;
    }
  }

  /** Index of the first position with `id` in the chart of `side`, or -1. */
  indexOf(id: string, side: Side): number {
    return this.indexAt(this.slotOf(id), side);
  }

  /** The slot of an id, or -1 for an id neither chart uses. */
  slotOf(id: string): number {
    return this.slotById.get(id) ?? -1;
  }

  /** Index in the chart of `side` of the first position with the slot's id, or -1. */
  indexAt(slot: number, side: Side): number {
    if (slot === -1) return -1;
    if (side === 'after') return this.afterOfSlot[slot]!;
    return slot < this.beforeCount ? slot : -1;
  }

  /** Whether position `i` of the first chart is the first there with its id. */
  isFirstBefore(i: number): boolean {
    return this.slotOfBefore === undefined || this.slotOfBefore[i] === i;
  }

  /** Whether position `j` of the second chart is the first there with its id. */
  isFirstAfter(j: number): boolean {
    return this.afterOfSlot[this.slotOfAfter[j]!] === j;
  }

  /** Index in the first chart of the id of position `j` of the second, or -1. */
  beforeOfAfter(j: number): number {
    const slot = this.slotOfAfter[j]!;
    return slot < this.beforeCount ? slot : -1;
  }

  /** Index in the second chart of the id of position `i` of the first, or -1. */
  afterOfBefore(i: number): number {
    return this.afterOfSlot[this.slotOfBefore?.[i] ?? i]!;
  }
}

/** Each id used by more than one position, once, in the order the clashes appear. */
export function duplicateIds(
  positions: readonly Position[],
  isFirst: (index: number) => boolean,
): string[] {
  const duplicates: string[] = [];
  let seen: Set<string> | undefined;
  for (let i = 0; i < positions.length; i++) {
    if (isFirst(i)) continue;
    const id = positions[i]!.id;
    seen ??= new Set();
    if (seen.has(id)) continue;
    seen.add(id);
    duplicates.push(id);
  }
  return duplicates;
}
