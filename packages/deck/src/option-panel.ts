import { cleanText } from './clean-text.js';
import type { DeckFinding, DeckScorecard, DeckSeverity, OptionSlide } from './deck-model.js';
import { COLOR, FONT, LINE_HEIGHT, SEVERITY_ORDER, SEVERITY_STYLE } from './deck-theme.js';
import type { DeckWords } from './deck-words.js';
import { fitText } from './fit-text.js';
import type { Shape } from './slide-plan.js';
import type { Rect } from './split-chart.js';
import { textBox } from './text-box.js';
import type { MeasureText } from './text-measure.js';

/** The scorecard figures an option slide shows, in order; the comparison adds the findings. */
export function keyMetrics(
  scorecard: DeckScorecard,
  words: DeckWords,
): { label: string; value: string }[] {
  const { text, count } = words;
  return [
    { label: text('positions'), value: count(scorecard.positions) },
    { label: text('layers'), value: count(scorecard.layers) },
    { label: text('largestSpan'), value: count(scorecard.maxSpan) },
    { label: text('meanSpan'), value: words.mean(scorecard.meanSpan) },
    { label: text('executiveTeam'), value: count(scorecard.executiveTeam) },
    { label: text('vacancies'), value: count(scorecard.vacancies) },
    { label: text('interimRoles'), value: count(scorecard.interim) },
  ];
}

const SEVERITY_RANK: Record<DeckSeverity, number> = { error: 0, warning: 1, info: 2 };
const HEADING_GAP = 4;
const SECTION_GAP = 14;
const ITEM_GAP = 4;
const MARKER = 7;

/**
 * The side panel of an option slide: its key metrics, then its findings that matter, errors and
 * warnings first (as many as the panel holds, each message up to three lines), and a count of the
 * rest by severity so that nothing is silently left out.
 */
export function drawOptionPanel(
  option: OptionSlide,
  panel: Rect,
  measure: MeasureText,
  words: DeckWords,
): Shape[] {
  const shapes: Shape[] = [];
  const size = FONT.body;
  const lineHeight = size * LINE_HEIGHT;
  let y = panel.y;

  y = heading(words.text('keyMetrics'), panel, y, shapes);
  const metrics = keyMetrics(option.scorecard, words);
  const metricsHeight = metrics.length * lineHeight;
  const values = metrics.map((m) => ({ text: m.value, size, bold: true, color: COLOR.ink }));
  const valueWidth = Math.max(...values.map((v) => measure(v.text, size, true))) + 2;
  const labels = metrics.map((m) => ({ text: m.label, size, color: COLOR.muted }));
  shapes.push(textBox(panel.x, y, panel.width - valueWidth, metricsHeight, labels));
  shapes.push(
    textBox(panel.x + panel.width - valueWidth, y, valueWidth, metricsHeight, values, {
      align: 'right',
    }),
  );
  y += metricsHeight + SECTION_GAP;

  y = heading(words.text('findings'), panel, y, shapes);
  const findings = [...option.findings].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );
  const counts = countBySeverity(findings);
  const bottom = panel.y + panel.height;
  const summary =
    findings.length === 0
      ? words.text('noFindings')
      : SEVERITY_ORDER.filter((s) => counts[s] > 0)
          .map((s) => words.severityCount(s, counts[s]))
          .join(', ');
  y = paragraph(summary, panel, y, { color: COLOR.ink, bold: true }, 1, measure, shapes);
  const delta = cleanText(option.findingDelta);
  if (delta !== '') {
    y = paragraph(delta, panel, y, { color: COLOR.muted, italic: true }, 3, measure, shapes);
  }
  y += ITEM_GAP;

  const matter = findings.filter((f) => f.severity !== 'info');
  let listed = 0;
  // Keep a line free for the count of the rest whenever something could be left over.
  for (const finding of matter) {
    const left = findings.length - listed - 1;
    const room = bottom - y - (left > 0 ? lineHeight + ITEM_GAP : 0);
    const drawn = drawFinding(finding, panel, y, room, measure, words);
    if (drawn === null) break;
    shapes.push(...drawn.shapes);
    y = drawn.bottom + ITEM_GAP;
    listed++;
  }
  const rest = findings.slice(listed);
  if (rest.length > 0) {
    const restCounts = countBySeverity(rest);
    const breakdown = SEVERITY_ORDER.filter((s) => restCounts[s] > 0)
      .map((s) => words.severityCount(s, restCounts[s]))
      .join(', ');
    const text =
      matter.length === 0
        ? words.text('noErrorsOrWarnings', { breakdown })
        : words.text('andMoreFindings', { count: rest.length, breakdown });
    paragraph(text, panel, y, { color: COLOR.muted }, 2, measure, shapes);
  }
  return shapes;
}

function heading(text: string, panel: Rect, y: number, shapes: Shape[]): number {
  const size = FONT.panelHeading;
  shapes.push(
    textBox(panel.x, y, panel.width, size * LINE_HEIGHT, [
      { text, size, bold: true, color: COLOR.accent },
    ]),
  );
  return y + size * LINE_HEIGHT + HEADING_GAP;
}

function paragraph(
  text: string,
  panel: Rect,
  y: number,
  style: { color: string; bold?: boolean; italic?: boolean },
  maxLines: number,
  measure: MeasureText,
  shapes: Shape[],
): number {
  const size = FONT.body;
  const room = Math.floor((panel.y + panel.height - y) / (size * LINE_HEIGHT));
  const lines = fitText(text, {
    width: panel.width,
    size,
    bold: style.bold ?? false,
    maxLines: Math.min(maxLines, room),
    measure,
  });
  if (lines.length === 0) return y;
  const height = lines.length * size * LINE_HEIGHT;
  shapes.push(
    textBox(
      panel.x,
      y,
      panel.width,
      height,
      lines.map((line) => ({ text: line, size, ...style })),
    ),
  );
  return y + height;
}

/** A finding as its severity marker and message, or null when not even one line fits. */
function drawFinding(
  finding: DeckFinding,
  panel: Rect,
  y: number,
  room: number,
  measure: MeasureText,
  words: DeckWords,
): { shapes: Shape[]; bottom: number } | null {
  const size = FONT.body;
  const lineHeight = size * LINE_HEIGHT;
  const maxLines = Math.min(3, Math.floor(room / lineHeight));
  if (maxLines < 1) return null;
  const indent = MARKER + 6;
  const message = cleanText(finding.message) || cleanText(finding.ruleId) || words.text('finding');
  const lines = fitText(message, { width: panel.width - indent, size, maxLines, measure });
  const style = SEVERITY_STYLE[finding.severity];
  const height = lines.length * lineHeight;
  return {
    shapes: [
      {
        kind: 'marker',
        symbol: style.symbol,
        x: panel.x,
        y: y + (lineHeight - MARKER) / 2,
        size: MARKER,
        fill: style.color,
      },
      textBox(
        panel.x + indent,
        y,
        panel.width - indent,
        height,
        lines.map((text) => ({ text, size, color: COLOR.ink })),
      ),
    ],
    bottom: y + height,
  };
}

function countBySeverity(findings: readonly DeckFinding[]): Record<DeckSeverity, number> {
  const counts: Record<DeckSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) {
    if (counts[finding.severity] !== undefined) counts[finding.severity]++;
  }
  return counts;
}
