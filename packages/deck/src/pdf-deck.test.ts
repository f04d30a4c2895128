import { beforeAll, describe, expect, it } from 'vitest';
import { type PdfContent, readPdf } from '../test/read-pdf.js';
import { SLIDE } from './deck-theme.js';
import { pdfDeck } from './pdf-deck.js';
import { pdfSafeText } from './pdf-safe-text.js';
import { planDeck } from './plan-deck.js';
import { threeOptionDeck } from './testing/deck-fixtures.js';
import { joined, slideTexts, sorted } from './testing/slide-texts.js';
import { createHelveticaMeasure } from './text-measure.js';

describe('pdfDeck', () => {
  const deck = threeOptionDeck();
  const plan = planDeck(deck, createHelveticaMeasure());
  let pdf: PdfContent;

  beforeAll(async () => {
    pdf = await readPdf(pdfDeck(deck));
  });

  it('has one landscape 16:9 page per slide', () => {
    expect(pdf.pages).toHaveLength(plan.length);
    for (const size of pdf.sizes) expect(size).toEqual([SLIDE.width, SLIDE.height]);
  });

  it('writes every planned text as real text on its page', () => {
    pdf.pages.forEach((items, i) => {
      expect(sorted(items), plan[i]!.title).toEqual(sorted(slideTexts(plan[i]!).map(pdfSafeText)));
    });
  });

  it('holds the option names, rationales, position titles and findings', () => {
    const all = joined(pdf.pages.flat());
    for (const option of deck.options) {
      expect(all).toContain(option.name);
      if (option.rationale !== undefined) expect(all).toContain(option.rationale);
      for (const node of option.chart.nodes) expect(all).toContain(node.title);
    }
    expect(all).toContain('The CISO still reports to the CIO.');
    expect(all).toContain('Søren Dahl');
    expect(all).toContain('12 March 2025 · 2');
  });

  it('shows text outside Helvetica’s character set readably instead of garbling the line', async () => {
    const awkward = threeOptionDeck();
    awkward.options[0]!.chart.nodes[0]!.title = 'CEO 👩‍💼 Łukasz – Zoë 北京';
    const content = await readPdf(pdfDeck(awkward));
    expect(joined(content.pages.flat())).toContain('CEO Lukasz – Zoë ??');
  });
});
