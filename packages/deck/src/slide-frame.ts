import { cleanText } from './clean-text.js';
import type { DeckInput } from './deck-model.js';
import { COLOR, FONT, LINE_HEIGHT, MARGIN, SLIDE } from './deck-theme.js';
import type { DeckWords } from './deck-words.js';
import { ellipsize, fitText } from './fit-text.js';
import type { Shape } from './slide-plan.js';
import { textBox } from './text-box.js';
import type { MeasureText } from './text-measure.js';

/** Where a content slide's parts go, in points. */
export const FRAME = {
  titleY: 22,
  subtitleY: 56,
  contentTop: 98,
  footerY: SLIDE.height - 24,
  contentBottom: SLIDE.height - 32,
  width: SLIDE.width - 2 * MARGIN,
} as const;

/**
 * A content slide's heading: the title on one line (a part suffix such as "(2 of 3)" is kept
 * whole and the title shortened before it) and an optional subtitle of up to two lines.
 */
export function slideHeading(
  title: string,
  suffix: string,
  subtitle: string,
  measure: MeasureText,
): Shape[] {
  const size = FONT.slideTitle;
  const suffixWidth = suffix === '' ? 0 : measure(` ${suffix}`, size, true);
  const name = ellipsize(title, { width: FRAME.width - suffixWidth, size, bold: true, measure });
  const heading = suffix === '' ? name : `${name} ${suffix}`;
  const shapes: Shape[] = [
    textBox(MARGIN, FRAME.titleY, FRAME.width, size * LINE_HEIGHT, [
      { text: heading, size, bold: true, color: COLOR.ink },
    ]),
  ];
  const lines = fitText(subtitle, {
    width: FRAME.width,
    size: FONT.subtitle,
    maxLines: 2,
    measure,
  });
  if (lines.length > 0) {
    shapes.push(
      textBox(
        MARGIN,
        FRAME.subtitleY,
        FRAME.width,
        2 * FONT.subtitle * LINE_HEIGHT,
        lines.map((text) => ({ text, size: FONT.subtitle, color: COLOR.muted })),
      ),
    );
  }
  shapes.push({
    kind: 'line',
    x1: MARGIN,
    y1: FRAME.contentTop - 8,
    x2: SLIDE.width - MARGIN,
    y2: FRAME.contentTop - 8,
    color: COLOR.rule,
    width: 0.75,
    dashed: false,
  });
  return shapes;
}

/** The footer of every slide but the title slide: workspace and client left, date and number right. */
export function slideFooter(
  input: DeckInput,
  slideNumber: number,
  measure: MeasureText,
  words: DeckWords,
): Shape[] {
  const size = FONT.footer;
  const right = `${words.date(input.date)}  ·  ${words.count(slideNumber)}`;
  const rightWidth = measure(right, size, false) + 2;
  const client = cleanText(input.client);
  const title = cleanText(input.title) || words.text('untitledWorkspace');
  const left = ellipsize(client === '' ? title : `${title}  ·  ${client}`, {
    width: FRAME.width - rightWidth - 16,
    size,
    measure,
  });
  const height = size * LINE_HEIGHT;
  const line = (text: string) => [{ text, size, color: COLOR.faint }];
  return [
    textBox(MARGIN, FRAME.footerY, FRAME.width - rightWidth - 16, height, line(left)),
    textBox(SLIDE.width - MARGIN - rightWidth, FRAME.footerY, rightWidth, height, line(right), {
      align: 'right',
    }),
  ];
}
