import type { MeasureText } from './text-measure.js';

export const ELLIPSIS = '…';

export interface FitOptions {
  /** Available width in points. */
  width: number;
  size: number;
  bold?: boolean;
  /** At most this many lines; the last one ends in an ellipsis when the text does not fit. */
  maxLines: number;
  measure: MeasureText;
}

// No glyph in Helvetica is narrower than a fifth of an em, so a line cannot hold more characters
// than this; ellipsising a 100,000-character title looks at a line's worth, not at all of it.
const NARROWEST_EM = 0.2;

/**
 * Breaks clean text (single spaces, see cleanText) into at most `maxLines` lines that fit the
 * width: at spaces, or inside a word too long for a line; an ellipsis ends the last line when the
 * text goes on. Empty text, or no room at all, gives no lines.
 */
export function fitText(text: string, options: FitOptions): string[] {
  const { width, size, maxLines, measure } = options;
  const bold = options.bold ?? false;
  if (text === '' || maxLines < 1 || !(width > 0)) return [];
  const capacity = Math.ceil(width / (NARROWEST_EM * size)) + 2;
  // Text longer than a line could ever hold is not measured: it cannot fit.
  const fits = (line: string) => line.length <= 2 * capacity && measure(line, size, bold) <= width;
  const words = text.split(' ');
  const lines: string[] = [];
  let next = 0;
  while (next < words.length) {
    if (lines.length === maxLines - 1) {
      const rest = words.slice(next).join(' ');
      const last = fits(rest) ? rest : ellipsize(rest, options);
      if (last !== '') lines.push(last);
      return lines;
    }
    const word = words[next]!;
    if (!fits(word)) {
      // A word wider than the line (an e-mail address, a German compound): break it.
      const head = longestFittingPrefix(lineCapacity(word, width, size), fits);
      lines.push(head);
      words[next] = word.slice(head.length);
      continue;
    }
    let line = word;
    next++;
    while (next < words.length && fits(`${line} ${words[next]}`)) line += ` ${words[next++]}`;
    lines.push(line);
  }
  return lines;
}

/** The text on one line, cut with an ellipsis when it is too wide; '' when not even that fits. */
export function ellipsize(text: string, options: Omit<FitOptions, 'maxLines'>): string {
  const { width, size, measure } = options;
  const bold = options.bold ?? false;
  if (!(width > 0)) return '';
  const capacity = Math.ceil(width / (NARROWEST_EM * size)) + 2;
  if (text.length <= 2 * capacity && measure(text, size, bold) <= width) return text;
  const chars = lineCapacity(text, width, size);
  let low = 0;
  let high = chars.length;
  // Largest prefix that still fits with the ellipsis after it; widths grow with the prefix.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const candidate = `${chars.slice(0, mid).join('').trimEnd()}${ELLIPSIS}`;
    if (measure(candidate, size, bold) <= width) low = mid;
    else high = mid - 1;
  }
  const result = `${chars.slice(0, low).join('').trimEnd()}${ELLIPSIS}`;
  return measure(result, size, bold) <= width ? result : '';
}

/** The characters of the text's start that could possibly fit on one line. */
function lineCapacity(text: string, width: number, size: number): string[] {
  const cap = Math.ceil(width / (NARROWEST_EM * size)) + 2;
  return Array.from(text.slice(0, cap * 2)).slice(0, cap);
}

/**
 * The longest prefix that fits, never empty so that breaking always moves on. `chars` does not
 * fit as a whole.
 */
function longestFittingPrefix(chars: string[], fits: (prefix: string) => boolean): string {
  let low = 1;
  let high = chars.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(chars.slice(0, mid).join(''))) low = mid;
    else high = mid - 1;
  }
  return chars.slice(0, low).join('');
}
