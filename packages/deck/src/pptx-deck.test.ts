import { beforeAll, describe, expect, it } from 'vitest';
import { type PptxContent, readPptx } from '../test/read-pptx.js';
import { planDeck } from './plan-deck.js';
import { pptxDeck } from './pptx-deck.js';
import { threeOptionDeck } from './testing/deck-fixtures.js';
import { joined, slideTexts, sorted } from './testing/slide-texts.js';
import { createHelveticaMeasure } from './text-measure.js';

describe('pptxDeck', () => {
  const deck = threeOptionDeck();
  const plan = planDeck(deck, createHelveticaMeasure());
  let pptx: PptxContent;

  beforeAll(async () => {
    pptx = await readPptx(await pptxDeck(deck));
  });

  it('is a 16:9 deck with one slide per planned slide', () => {
    expect(pptx.slides).toHaveLength(plan.length);
    // 13.333 × 7.5 in, in EMU.
    expect(pptx.presentation).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
  });

  it('writes every planned text as an editable text run on its slide', () => {
    pptx.slides.forEach((runs, i) => {
      expect(sorted(runs), plan[i]!.title).toEqual(sorted(slideTexts(plan[i]!)));
    });
  });

  it('holds the option names, rationales, position titles, metrics and findings', () => {
    const all = joined(pptx.slides.flat());
    for (const option of deck.options) {
      expect(all).toContain(option.name);
      if (option.rationale !== undefined) expect(all).toContain(option.rationale);
      for (const node of option.chart.nodes) expect(all).toContain(node.title);
      for (const finding of option.findings.filter((f) => f.severity !== 'info')) {
        expect(all).toContain(finding.message);
      }
    }
    expect(all).toContain('Positions');
    expect(all).toContain('150');
    expect(all).toContain('Option B resolves 2 warnings and introduces 1 info');
    expect(all).toContain('Søren Dahl');
  });

  it('draws charts with native shapes, dashed lines and a table, never pictures', () => {
    const xml = pptx.xml.join('');
    expect(xml).not.toContain('<p:pic>');
    expect(xml).toContain('prst="roundRect"');
    expect(xml).toContain('<a:prstDash val="dash"/>');
    expect(xml).toContain('<a:tbl>');
    expect(pptx.xml[2]!.match(/prst="roundRect"/g)!.length).toBeGreaterThanOrEqual(7);
  });

  it('writes text that cannot break the file: control characters and markup are harmless', async () => {
    const hostile = threeOptionDeck();
    hostile.title = 'R&D <Group> "Nordic"\u0001';
    hostile.options[0]!.chart.nodes[0]!.title = 'CEO & <b>Founder</b> 👩‍💼 北京';
    const content = await readPptx(await pptxDeck(hostile));
    const all = joined(content.slides.flat());
    expect(all).toContain('CEO & <b>Founder</b> 👩‍💼 北京');
    expect(all).toContain('R&D <Group> "Nordic"');
    expect(content.xml.join('')).not.toContain('\u0001');
  });
});
