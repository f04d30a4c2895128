import { describe, expect, it } from 'vitest';
import { readPdf } from '../test/read-pdf.js';
import { readPptx } from '../test/read-pptx.js';
import type { DeckInput } from './deck-model.js';
import { pdfDeck } from './pdf-deck.js';
import { pptxDeck } from './pptx-deck.js';
import { companyPositions, option } from './testing/deck-fixtures.js';
import { joined } from './testing/slide-texts.js';

// The size the brief names for "a few seconds at most" (timed by bench/export-deck.bench.ts);
// here: that such a deck comes out whole in both formats.
describe('a 1,000-position option', () => {
  const deck: DeckInput = {
    title: 'Large Group',
    date: new Date(2025, 0, 1),
    options: [option('Everyone', companyPositions(1000, 7), [])],
  };
  const titles = deck.options[0]!.chart.nodes.map((node) => node.title);

  it('exports to PowerPoint with every position', async () => {
    const pptx = await readPptx(await pptxDeck(deck));
    expect(pptx.slides.length).toBeGreaterThan(10);
    const text = ` ${joined(pptx.slides.flat())} `;
    for (const title of titles) expect(text).toContain(` ${title} `);
  });

  it('exports to PDF with every position', async () => {
    const pdf = await readPdf(pdfDeck(deck));
    expect(pdf.pages.length).toBeGreaterThan(10);
    const text = ` ${joined(pdf.pages.flat())} `;
    for (const title of titles) expect(text).toContain(` ${title} `);
  });
});
