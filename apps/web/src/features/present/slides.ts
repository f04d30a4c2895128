import { type FindingsThatMatter, findingsThatMatter } from '@orgwise/editor';
import { type ChangeLine, changeLines } from '../../comparison/change-lines.js';
import type { OptionComparison } from '../../comparison/option-comparison.js';
import { readOnlyFlow } from '../../comparison/read-only-flow.js';

interface OptionSlideBase {
  /** "Today", "Option A: split CIO and CTO" … */
  title: string;
  comparison: OptionComparison;
  findings: FindingsThatMatter;
  /** The positions the slide is framed on; empty for the whole chart. */
  focus: string[];
  /** Positions spotlit on the slide (the change it steps to). */
  highlighted: string[];
  /** The name of the option the others are compared with. */
  baseline: string;
}

export type Slide =
  | (OptionSlideBase & { kind: 'option'; rationale: string })
  | (OptionSlideBase & { kind: 'branch'; head: string })
  | (OptionSlideBase & { kind: 'change'; change: ChangeLine })
  | { kind: 'comparison'; comparisons: OptionComparison[] };

/**
 * Cards on a 1280 × 800 projector, less the title and the side panel: a chart wider or taller than
 * this many of its own pixels cannot be read on one slide, so it is also shown branch by branch.
 */
const READABLE_AREA = { width: 1500, height: 900 };

/** Whether the whole chart, as the read-only views lay it out, is too big to read on one slide. */
function tooBigForOneSlide(comparison: OptionComparison): boolean {
  const { nodes } = readOnlyFlow(comparison.option.chart);
  let right = 0;
  let bottom = 0;
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  for (const node of nodes) {
    left = Math.min(left, node.position.x);
    top = Math.min(top, node.position.y);
    right = Math.max(right, node.position.x + (node.width ?? 0));
    bottom = Math.max(bottom, node.position.y + (node.height ?? 0));
  }
  return right - left > READABLE_AREA.width || bottom - top > READABLE_AREA.height;
}

/**
 * The teams of the top's direct reports that have teams, each as the head, their manager and
 * everyone below who is drawn: one slide each. Breadth first, no recursion.
 */
function branches(comparison: OptionComparison): { head: string; title: string; ids: string[] }[] {
  const { nodes, edges } = readOnlyFlow(comparison.option.chart);
  const reports = new Map<string, string[]>();
  const targets = new Set<string>();
  for (const edge of edges) {
    if (edge.data?.kind !== 'reporting') continue;
    const list = reports.get(edge.source) ?? [];
    list.push(edge.target);
    reports.set(edge.source, list);
    targets.add(edge.target);
  }
  const title = new Map(nodes.map((node) => [node.id, node.data.title]));
  const result: { head: string; title: string; ids: string[] }[] = [];
  for (const top of nodes.filter((node) => !targets.has(node.id))) {
    for (const head of reports.get(top.id) ?? []) {
      if ((reports.get(head) ?? []).length === 0) continue;
      const ids = [head];
      for (let k = 0; k < ids.length; k++) ids.push(...(reports.get(ids[k]!) ?? []));
      result.push({ head, title: title.get(head) ?? head, ids });
    }
  }
  return result;
}

/**
 * The presentation, in the order a consultant tells it: each option (the baseline first) on a
 * slide of its own; a chart too big to read on one slide then branch by branch; every other
 * option then step by step through its changes against the baseline, each spotlit; and last the
 * options side by side, when there is more than one.
 */
export function buildSlides(comparisons: readonly OptionComparison[]): Slide[] {
  const slides: Slide[] = [];
  for (const comparison of comparisons) {
    const base = {
      title: comparison.option.name,
      comparison,
      findings: findingsThatMatter(comparison.option.report.findings),
      highlighted: [],
      baseline: comparisons[0]?.option.name ?? '',
    };
    const big = tooBigForOneSlide(comparison);
    slides.push({
      ...base,
      kind: 'option',
      rationale: comparison.option.description.trim(),
      // A big option other than the baseline opens on what changed.
      focus: big && !comparison.isBaseline ? comparison.focus : [],
    });
    if (comparison.isBaseline) {
      if (big) {
        for (const branch of branches(comparison)) {
          slides.push({
            ...base,
            kind: 'branch',
            head: branch.title,
            focus: branch.ids,
          });
        }
      }
      continue;
    }
    // A removed position is not in the option's chart; a dotted line is no position's change.
    for (const line of comparison.diff === null ? [] : changeLines(comparison.diff)) {
      if (line.change === 'removed' || line.change.startsWith('dotted')) continue;
      slides.push({
        ...base,
        kind: 'change',
        change: line,
        focus: line.focus,
        highlighted: [line.id],
      });
    }
  }
  if (comparisons.length > 1) {
    slides.push({ kind: 'comparison', comparisons: [...comparisons] });
  }
  return slides;
}

export type SlideKey = 'next' | 'previous' | 'first' | 'last' | 'exit' | 'blank';

/** What a key does in the presentation (clickers send PageUp/PageDown, B or "."); null for others. */
export function slideKey(key: string): SlideKey | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Enter':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    default:
      return null;
  }
}

/** The slide index after a key, kept within the slides. */
export function moveSlide(
  index: number,
  count: number,
  key: Exclude<SlideKey, 'exit' | 'blank'>,
): number {
  const last = Math.max(0, count - 1);
  switch (key) {
    case 'next':
      return Math.min(last, index + 1);
    case 'previous':
      return Math.max(0, index - 1);
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}
