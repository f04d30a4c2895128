import { type FindingsThatMatter, findingsThatMatter } from '@orgwise/editor';
import type { OptionComparison } from '../../comparison/option-comparison.js';

export type Slide =
  | {
      kind: 'option';
      /** "Current", "Option A: split CIO and CTO" … */
      title: string;
      rationale: string;
      comparison: OptionComparison;
      findings: FindingsThatMatter;
    }
  | { kind: 'comparison'; title: string; comparisons: OptionComparison[] };

/**
 * The presentation: one slide per option in the order given (the baseline first), then the
 * comparison slide when there is more than one option to compare.
 */
export function buildSlides(comparisons: readonly OptionComparison[]): Slide[] {
  const slides: Slide[] = comparisons.map((comparison) => ({
    kind: 'option',
    title: comparison.option.name,
    rationale: comparison.option.description.trim(),
    comparison,
    findings: findingsThatMatter(comparison.option.report.findings),
  }));
  if (comparisons.length > 1) {
    slides.push({
      kind: 'comparison',
      title: 'Options side by side',
      comparisons: [...comparisons],
    });
  }
  return slides;
}

export type SlideKey = 'next' | 'previous' | 'first' | 'last' | 'exit';

/** What a key does in the presentation; null for keys it leaves alone. */
export function slideKey(key: string): SlideKey | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/** The slide index after a key, kept within the slides. */
export function moveSlide(index: number, count: number, key: Exclude<SlideKey, 'exit'>): number {
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
