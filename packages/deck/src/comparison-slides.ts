import { cleanText } from './clean-text.js';
import type { DeckInput, OptionSlide } from './deck-model.js';
import { COLOR, FONT, LINE_HEIGHT, MARGIN } from './deck-theme.js';
import type { DeckWords } from './deck-words.js';
import { fitText } from './fit-text.js';
import { keyMetrics } from './option-panel.js';
import { FRAME, slideHeading } from './slide-frame.js';
import type { Shape, SlidePlan, TableCell, TableShape } from './slide-plan.js';
import { textBox } from './text-box.js';
import type { MeasureText } from './text-measure.js';

/** Options per comparison slide besides the baseline, so that columns stay readable. */
export const OPTIONS_PER_COMPARISON = 5;

const TABLE_FONT = 10;
const CELL_PADDING = 5;
const LABEL_COLUMN = 160;
const MAX_OPTION_COLUMN = 170;
const BASELINE_FILL = 'F4F7F9';

/**
 * The scorecard side by side: a row per figure, a column per option, and under it each option's
 * finding delta against the baseline. More options than fit readably go on further slides
 * ("(2 of 2)"), each repeating the baseline's column.
 */
export function comparisonSlides(
  input: DeckInput,
  measure: MeasureText,
  words: DeckWords,
): SlidePlan[] {
  const comparison = input.comparison;
  if (comparison === undefined || input.options.length === 0) return [];
  const title = cleanText(comparison.title) || words.text('sideBySide');
  const baseline = validBaseline(comparison.baseline, input.options.length);
  const groups = optionGroups(input.options.length, baseline);
  return groups.map((columns, g) => {
    const suffix =
      groups.length > 1 ? words.text('partOf', { part: g + 1, count: groups.length }) : '';
    const baseName = cleanText(input.options[baseline]!.name) || words.text('untitledOption');
    const table = scorecardTable(input.options, columns, baseline, measure, words);
    const tableBottom = table.y + table.rowHeights.reduce((sum, h) => sum + h, 0);
    const shapes: Shape[] = [
      ...slideHeading(title, suffix, words.text('comparedWith', { name: baseName }), measure),
      table,
      ...deltaList(input.options, columns, baseline, tableBottom + 16, measure),
    ];
    return { title: suffix === '' ? title : `${title} ${suffix}`, shapes };
  });
}

function validBaseline(baseline: number | undefined, count: number): number {
  return Number.isInteger(baseline) && baseline! >= 0 && baseline! < count ? baseline! : 0;
}

/** Column lists, in the deck's order: all options on one slide, or the baseline plus up to five. */
function optionGroups(count: number, baseline: number): number[][] {
  const all = Array.from({ length: count }, (_, i) => i);
  if (count <= OPTIONS_PER_COMPARISON + 1) return [all];
  const others = all.filter((i) => i !== baseline);
  const groups: number[][] = [];
  for (let i = 0; i < others.length; i += OPTIONS_PER_COMPARISON) {
    groups.push([baseline, ...others.slice(i, i + OPTIONS_PER_COMPARISON)]);
  }
  return groups;
}

function scorecardTable(
  options: readonly OptionSlide[],
  columns: readonly number[],
  baseline: number,
  measure: MeasureText,
  words: DeckWords,
): TableShape {
  const optionWidth = Math.min(MAX_OPTION_COLUMN, (FRAME.width - LABEL_COLUMN) / columns.length);
  const lineHeight = TABLE_FONT * LINE_HEIGHT;
  const cell = (lines: string[], extra: Partial<TableCell> = {}): TableCell => ({
    lines,
    bold: false,
    color: COLOR.ink,
    fill: null,
    align: 'center',
    ...extra,
  });
  const header: TableCell[] = [cell([''], { fill: COLOR.headerFill })];
  for (const i of columns) {
    const name = cleanText(options[i]!.name) || words.text('untitledOption');
    const lines = fitText(name, {
      width: optionWidth - 2 * CELL_PADDING,
      size: TABLE_FONT,
      bold: true,
      maxLines: 2,
      measure,
    });
    header.push(cell(lines, { bold: true, fill: COLOR.headerFill }));
  }

  const figures = columns.map((i) => figureColumn(options[i]!, words));
  const labels = figures[0]!.map((figure) => figure.label);
  const base = figureColumn(options[baseline]!, words);
  const body = labels.map((label, row) => {
    const cells = [cell([label], { align: 'left', color: COLOR.muted })];
    columns.forEach((option, c) => {
      const figure = figures[c]![row]!;
      let color: string = COLOR.ink;
      // Fewer errors or warnings than the baseline is better; more is worse.
      if (figure.lowerIsBetter !== undefined && option !== baseline) {
        const before = base[row]!.lowerIsBetter!;
        if (figure.lowerIsBetter < before) color = COLOR.better;
        if (figure.lowerIsBetter > before) color = COLOR.worse;
      }
      const fill = option === baseline ? BASELINE_FILL : null;
      cells.push(cell([figure.value], { color, fill, bold: color !== COLOR.ink }));
    });
    return cells;
  });
  const headerLines = Math.max(1, ...header.map((h) => h.lines.length));
  return {
    kind: 'table',
    x: MARGIN,
    y: FRAME.contentTop,
    columnWidths: [LABEL_COLUMN, ...columns.map(() => optionWidth)],
    rowHeights: [
      headerLines * lineHeight + 2 * CELL_PADDING,
      ...body.map(() => lineHeight + 2 * CELL_PADDING),
    ],
    rows: [header, ...body],
    fontSize: TABLE_FONT,
    padding: CELL_PADDING,
    borderColor: COLOR.rule,
  };
}

function figureColumn(option: OptionSlide, words: DeckWords) {
  const { errors, warnings, infos } = option.scorecard.findings;
  return [
    ...keyMetrics(option.scorecard, words).map((m) => ({ ...m, lowerIsBetter: undefined })),
    { label: words.text('errorsRow'), value: words.count(errors), lowerIsBetter: errors },
    { label: words.text('warningsRow'), value: words.count(warnings), lowerIsBetter: warnings },
    { label: words.text('infosRow'), value: words.count(infos), lowerIsBetter: undefined },
  ];
}

/** Each non-baseline option's finding delta as a bullet, as many as the slide holds. */
function deltaList(
  options: readonly OptionSlide[],
  columns: readonly number[],
  baseline: number,
  top: number,
  measure: MeasureText,
): Shape[] {
  const size = FONT.body + 0.5;
  const lineHeight = size * LINE_HEIGHT;
  const sentences = columns
    .filter((i) => i !== baseline)
    .map((i) => cleanText(options[i]!.findingDelta))
    .filter((sentence) => sentence !== '');
  const shapes: Shape[] = [];
  let y = top;
  const indent = 12;
  for (const sentence of sentences) {
    const room = Math.floor((FRAME.contentBottom - y) / lineHeight);
    const lines = fitText(sentence, {
      width: FRAME.width - indent,
      size,
      maxLines: Math.min(2, room),
      measure,
    });
    if (lines.length === 0) break;
    const height = lines.length * lineHeight;
    shapes.push(textBox(MARGIN, y, indent, lineHeight, [{ text: '•', size, color: COLOR.accent }]));
    shapes.push(
      textBox(
        MARGIN + indent,
        y,
        FRAME.width - indent,
        height,
        lines.map((text) => ({ text, size, color: COLOR.ink })),
      ),
    );
    y += height + 4;
  }
  return shapes;
}
