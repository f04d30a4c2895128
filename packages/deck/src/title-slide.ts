import { cleanText } from './clean-text.js';
import type { DeckInput } from './deck-model.js';
import { COLOR, LINE_HEIGHT, MARGIN, SLIDE } from './deck-theme.js';
import type { DeckWords } from './deck-words.js';
import { ellipsize, fitText } from './fit-text.js';
import type { Shape, SlidePlan, TextLine } from './slide-plan.js';
import { textBox } from './text-box.js';
import type { MeasureText } from './text-measure.js';

const LISTED_OPTIONS = 5;

/** The title slide: workspace name, client, date and the options the deck walks through. */
export function titleSlide(input: DeckInput, measure: MeasureText, words: DeckWords): SlidePlan {
  const title = cleanText(input.title) || words.text('untitledWorkspace');
  const client = cleanText(input.client);
  const left = MARGIN + 22;
  const width = SLIDE.width - left - MARGIN;
  const shapes: Shape[] = [];
  let y = 128;

  const block = (lines: TextLine[], gapAfter: number) => {
    if (lines.length === 0) return;
    const height = lines.reduce((sum, line) => sum + line.size * LINE_HEIGHT, 0);
    shapes.push(textBox(left, y, width, height, lines));
    y += height + gapAfter;
  };
  const titleLines = fitText(title, { width, size: 34, bold: true, maxLines: 2, measure });
  block(
    titleLines.map((text) => ({ text, size: 34, bold: true, color: COLOR.ink })),
    6,
  );
  block([{ text: words.text('restructuringOptions'), size: 18, color: COLOR.accent }], 18);
  if (client !== '') {
    const text = ellipsize(words.text('preparedFor', { client }), { width, size: 15, measure });
    block([{ text, size: 15, color: COLOR.ink }], 2);
  }
  block([{ text: words.date(input.date), size: 13, color: COLOR.muted }], 0);
  // The accent bar runs alongside the title block.
  shapes.unshift({
    kind: 'box',
    x: MARGIN,
    y: 128,
    w: 6,
    h: y - 128,
    radius: 0,
    fill: COLOR.accent,
    stroke: null,
    strokeWidth: 0,
    dashed: false,
  });

  y = 360;
  const heading = words.text('optionsInDeck');
  block([{ text: heading, size: 11, bold: true, color: COLOR.muted }], 4);
  const names = input.options.map(
    (option) => cleanText(option.name) || words.text('untitledOption'),
  );
  const shown = names.length > LISTED_OPTIONS + 1 ? names.slice(0, LISTED_OPTIONS) : names;
  const lines: TextLine[] = shown.map((name) => ({
    text: ellipsize(name, { width, size: 12, measure }),
    size: 12,
    color: COLOR.ink,
  }));
  if (shown.length < names.length) {
    const more = words.text('andMore', { count: names.length - shown.length });
    lines.push({ text: more, size: 12, color: COLOR.muted });
  }
  block(lines, 0);
  return { title, shapes };
}
