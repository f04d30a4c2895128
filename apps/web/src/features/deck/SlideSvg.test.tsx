// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { planDeck } from './plan-deck.js';
import { SlideSvg } from './SlideSvg.js';
import { threeOptionDeck } from './testing/deck-fixtures.js';
import { slideTexts } from './testing/slide-texts.js';
import { createHelveticaMeasure } from './text-measure.js';

afterEach(cleanup);

describe('SlideSvg', () => {
  const slides = planDeck(threeOptionDeck(), createHelveticaMeasure());

  it('draws every text, box, line and marker of an option slide', () => {
    const slide = slides[2]!;
    render(<SlideSvg slide={slide} />);
    const svg = screen.getByRole('img', { name: 'Option A: split CIO and CTO' });
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(slideTexts(slide));
    const count = (kind: string) => slide.shapes.filter((s) => s.kind === kind).length;
    expect(svg.querySelectorAll('line')).toHaveLength(count('line'));
    expect(svg.querySelectorAll('circle').length + svg.querySelectorAll('polygon').length).toBe(
      count('marker'),
    );
    // Dashed outlines for the vacancy and the legend's vacancy swatch.
    expect(svg.querySelectorAll('rect[stroke-dasharray]').length).toBeGreaterThanOrEqual(2);
  });

  it('draws the comparison table cell by cell', () => {
    const slide = slides[slides.length - 1]!;
    render(<SlideSvg slide={slide} />);
    const texts = [...screen.getByRole('img').querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(slideTexts(slide));
    expect(texts).toContain('Option B: CTO under the CEO,');
  });
});
