import { describe, expect, it } from 'vitest';
import { checkFixes } from './check-fixes.js';
import { knownMisses } from './known-misses.js';
import { loadCharts, loadTitles, titleLanguages } from './load-corpus.js';
import { scoreCharts } from './score-charts.js';
import { scoreTitles } from './score-titles.js';

// The real-world corpora (corpus/README.md), held to the bars of QUALITY.md.

describe('title corpus', () => {
  const titles = loadTitles();
  for (const language of titleLanguages) {
    it(`reads at least 97% of the ${language} titles right`, () => {
      const score = scoreTitles(titles[language]);
      expect(score.counted).toBeGreaterThanOrEqual(200);
      const misses = score.misses.map((miss) => `${miss.title}: ${miss.expected} ≠ ${miss.got}`);
      expect(score.accuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.97);
    });
  }
});

describe('chart corpus', () => {
  const charts = loadCharts();
  const score = scoreCharts(charts);

  it('holds at least 40 charts, several of them HR exports of hundreds of rows', () => {
    expect(charts.length).toBeGreaterThanOrEqual(40);
    const exports = charts.filter((chart) => {
      const positions = (chart.chart as { positions: unknown[] }).positions;
      return positions.length >= 200;
    });
    expect(exports.length).toBeGreaterThanOrEqual(3);
  });

  it('finds every expected finding but the known misses', () => {
    const missed = score.charts.flatMap((result, n) =>
      result.missed.map((m) => ({ file: charts[n]!.file, ruleId: m.ruleId, id: m.positionIds[0] })),
    );
    const isKnown = (m: { file: string; ruleId: string; id?: string }) =>
      knownMisses.some((k) => k.file === m.file && k.ruleId === m.ruleId && k.id === m.id);
    expect(missed.filter((m) => !isKnown(m))).toEqual([]);
    // A known miss that is found now comes off the list.
    expect(knownMisses.filter((k) => !missed.some((m) => isKnown(m) && m.file === k.file))).toEqual(
      [],
    );
  });

  it('reports nothing a consultant would not (notExpected)', () => {
    const forbidden = score.charts.flatMap((result, n) =>
      result.forbidden.map(
        (f) =>
          `${charts[n]!.file}: ${f.finding.ruleId} ${f.finding.positionIds.join(',')} (${f.expectation.reason})`,
      ),
    );
    expect(forbidden).toEqual([]);
  });

  it('raises at most one false warning or error per ten charts', () => {
    expect(score.falseWarnings).toBeLessThanOrEqual(Math.floor(charts.length / 10));
  });

  it('offers only fixes that leave a chart the rules judge better', () => {
    const fixes = checkFixes(charts);
    expect(fixes.suggestions).toBeGreaterThan(20);
    expect(fixes.worse).toEqual([]);
  });
});
