import { walkXml } from './walk-xml.js';

/** Excel's built-in number formats that show dates and times (ECMA-376 §18.8.30). */
const builtInDateFormats = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/**
 * Whether a number format shows a date or a time: a d, m, y, h or s outside quoted text, escaped
 * characters and bracketed colours or conditions (`[Red]`), but not `[h]`, `[mm]`, `[ss]` spans.
 */
export function isDateFormat(code: string): boolean {
  const bare = code
    .toLowerCase()
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(h+|m+|s+)\]/g, '$1')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/.test(bare);
}

/**
 * The cell styles (indexes into `cellXfs`, which a cell names in its `s` attribute) whose number
 * format shows a date: Excel stores a date as a number of days, and only its style says so.
 */
export function dateStyles(xml: string | undefined): Set<number> {
  const dates = new Set<number>();
  if (xml === undefined) return dates;
  const customDates = new Set<number>();
  let inCellFormats = false;
  let style = 0;
  walkXml(xml, {
    open(name, attribute) {
      if (name === 'numFmt') {
        const id = Number(attribute('numFmtId'));
        if (isDateFormat(attribute('formatCode') ?? '')) customDates.add(id);
      } else if (name === 'cellXfs') inCellFormats = true;
      else if (name === 'xf' && inCellFormats) {
        const id = Number(attribute('numFmtId') ?? 0);
        if (builtInDateFormats.has(id) || customDates.has(id)) dates.add(style);
        style++;
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellFormats = false;
    },
  });
  return dates;
}
