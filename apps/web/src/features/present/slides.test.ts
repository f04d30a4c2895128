import type { Finding } from '@orgwise/domain';
import { validate } from '@orgwise/domain';
import { orgChart } from '@orgwise/domain/testing';
import { findingsThatMatter } from '@orgwise/editor';
import { describe, expect, test } from 'vitest';
import { buildDeckInput } from '../../comparison/comparison-deck.js';
import { messages } from '../../comparison/messages.js';
import { compareOptions } from '../../comparison/option-comparison.js';
import { translate } from '../../i18n/translate.js';
import { buildSlides, moveSlide, slideKey } from './slides.js';

const finding = (severity: Finding['severity'], ruleId: string): Finding => ({
  ruleId,
  severity,
  message: ruleId,
  positionIds: [],
  sources: [],
  suggestions: [],
});

describe('findingsThatMatter', () => {
  test('errors, then warnings, in report order; infos left out when there are serious ones', () => {
    const picked = findingsThatMatter([
      finding('info', 'i1'),
      finding('warning', 'w1'),
      finding('error', 'e1'),
      finding('warning', 'w2'),
      finding('error', 'e2'),
    ]);
    expect(picked.shown.map((f) => f.ruleId)).toEqual(['e1', 'e2', 'w1', 'w2']);
    expect(picked.more).toBe(0);
  });

  test('infos when nothing is more serious; the rest counted', () => {
    const infos = Array.from({ length: 7 }, (_, i) => finding('info', `i${i}`));
    const picked = findingsThatMatter(infos, 5);
    expect(picked.shown.map((f) => f.ruleId)).toEqual(['i0', 'i1', 'i2', 'i3', 'i4']);
    expect(picked.more).toBe(2);
  });
});

const chartA = orgChart(`
  ceo: CEO
    cio: CIO
      cto: CTO
`);
const chartB = orgChart(`
  ceo: CEO
    cio: CIO
    cto: CTO
`);
const opt = (key: string, name: string, chart = chartA) => ({
  key,
  name,
  description: ` Why ${name} `,
  chart,
  report: validate(chart),
});

describe('buildSlides', () => {
  test('one slide per option, a step per change of the others, then the comparison', () => {
    const slides = buildSlides(compareOptions(opt('a', 'Today'), [opt('b', 'Option A', chartB)]));
    expect(slides.map((s) => [s.kind, s.kind === 'comparison' ? '' : s.title])).toEqual([
      ['option', 'Today'],
      ['option', 'Option A'],
      ['change', 'Option A'],
      ['comparison', ''],
    ]);
    expect(slides[0]!.kind === 'option' && slides[0]!.rationale).toBe('Why Today');
    const step = slides[2]!;
    if (step.kind !== 'change') throw new Error('not a change');
    // The moved CTO is spotlit, framed with the managers it left and joined.
    expect(step.highlighted).toEqual(['cto']);
    expect(step.focus).toEqual(['cto', 'cio', 'ceo']);
    expect(step.change.change).toBe('moved');
    expect(step.change.text(translate(messages))).toBe('CTO: now reports to CEO, was CIO');
  });

  test('a chart too big for one slide is also shown branch by branch', () => {
    const lines = ['ceo: CEO'];
    for (let h = 0; h < 8; h++) {
      lines.push(`  h${h}: Head ${h}`);
      for (let r = 0; r < 3; r++) lines.push(`    h${h}r${r}: Report ${h}.${r}`);
    }
    const big = orgChart(lines.join('\n'));
    const slides = buildSlides(compareOptions(opt('a', 'Today', big), []));
    expect(slides.map((s) => s.kind)).toEqual(['option', ...Array(8).fill('branch')]);
    const branch = slides[1]!;
    if (branch.kind !== 'branch') throw new Error('not a branch');
    expect(branch.head).toBe('Head 0');
    expect(branch.focus).toEqual(['h0', 'h0r0', 'h0r1', 'h0r2']);
  });

  test('a single option has no comparison slide', () => {
    expect(buildSlides(compareOptions(opt('a', 'Today'), []))).toHaveLength(1);
  });
});

describe('slide keys', () => {
  test.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'exit'],
    [' ', 'next'],
    ['b', 'blank'],
    ['B', 'blank'],
    ['.', 'blank'],
    ['a', null],
  ])('%s → %s', (key, action) => expect(slideKey(key)).toBe(action));

  test('moves stay within the slides', () => {
    expect(moveSlide(0, 3, 'previous')).toBe(0);
    expect(moveSlide(2, 3, 'next')).toBe(2);
    expect(moveSlide(1, 3, 'first')).toBe(0);
    expect(moveSlide(0, 3, 'last')).toBe(2);
    expect(moveSlide(0, 0, 'last')).toBe(0);
  });
});

describe('buildDeckInput', () => {
  test('one deck option per option with laid-out charts, highlights and the delta', () => {
    const deck = buildDeckInput(
      { name: 'Leadership 2027', client: 'Acme' },
      compareOptions(opt('a', 'Today'), [opt('b', 'Option A', chartB)]),
      new Date('2026-03-14'),
    );
    expect(deck.title).toBe('Leadership 2027');
    expect(deck.client).toBe('Acme');
    expect(deck.options.map((o) => o.name)).toEqual(['Today', 'Option A']);
    expect(deck.options[0]!.findingDelta).toBeUndefined();
    expect(deck.options[1]!.findingDelta).toMatch(/^Option A /);
    const cto = deck.options[1]!.chart.nodes.find((n) => n.id === 'cto')!;
    expect(cto.change).toBe('moved');
    expect(cto.width).toBeGreaterThan(0);
    expect(deck.options[1]!.chart.edges).toEqual(
      expect.arrayContaining([{ from: 'ceo', to: 'cto', dotted: false }]),
    );
    expect(deck.comparison).toEqual({ baseline: 0 });
  });

  test('the deck speaks the workspace’s language for decks, else the editor’s', () => {
    const options = compareOptions(opt('a', 'Today'), [opt('b', 'Option A', chartB)]);
    const date = new Date('2026-03-14');
    const danish = { name: 'Ledelse', client: null, language: 'da' as const };
    expect(buildDeckInput(danish, options, date, 'nl').locale).toBe('da');
    expect(buildDeckInput({ name: 'Leiding', client: null }, options, date, 'nl').locale).toBe(
      'nl',
    );
    expect(
      buildDeckInput({ name: 'Lead', client: null, language: null }, options, date).locale,
    ).toBe('en');
  });
});
