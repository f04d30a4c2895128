import type { MeasureLine } from './chart-picture.js';

const ELLIPSIS = '…';

/** The longest start of `text` that fits `width` with an ellipsis after it. */
function cut(text: string, width: number, fits: (line: string) => boolean): string {
  if (fits(text)) return text;
  const chars = [...text];
  // Binary search over the length: long titles are measured log n times, not n.
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (fits(`${chars.slice(0, mid).join('').trimEnd()}${ELLIPSIS}`)) low = mid;
    else high = mid - 1;
  }
  return width > 0 ? `${chars.slice(0, low).join('').trimEnd()}${ELLIPSIS}` : '';
}

/** A line and the next piece: no space after a hyphen or slash the word was split at. */
const join = (line: string, piece: string) =>
  line === '' || /[-/]$/.test(line) ? `${line}${piece}` : `${line} ${piece}`;

/**
 * Breaks `text` into at most `maxLines` lines of at most `width` pixels, at spaces and after
 * hyphens and slashes; a word wider than a line (a long Danish compound) is split where the line
 * is full. What does not fit in the last line ends in an ellipsis.
 */
export function fitLines(
  text: string,
  width: number,
  maxLines: number,
  size: number,
  bold: boolean,
  measure: MeasureLine,
): string[] {
  const fits = (line: string) => measure(line, size, bold) <= width;
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  const pieces: string[] = [];
  for (const word of words) pieces.push(...word.split(/(?<=[-/])/));
  const lines: string[] = [];
  let line = '';
  let k = 0;
  while (k < pieces.length && lines.length < maxLines) {
    const piece = pieces[k]!;
    const candidate = join(line, piece);
    if (fits(candidate)) {
      line = candidate;
      k++;
    } else if (line !== '') {
      lines.push(line);
      line = '';
    } else {
      // One piece wider than the line: as many characters as fit, the rest on the next line.
      const chars = [...piece];
      let take = 1;
      while (take < chars.length && fits(chars.slice(0, take + 1).join(''))) take++;
      lines.push(chars.slice(0, take).join(''));
      pieces[k] = chars.slice(take).join('');
    }
  }
  if (line !== '' && lines.length < maxLines) lines.push(line);
  if (k < pieces.length) {
    const rest = pieces.slice(k).reduce(join, lines.pop() ?? '');
    lines.push(cut(rest, width, fits));
  }
  return lines;
}
