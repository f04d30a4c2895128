import type { Format, FormatSubject } from '../format.js';

/** Letters that Unicode does not decompose into a base letter plus an accent. */
const transliterations: Readonly<Record<string, string>> = {
  æ: 'ae',
  ø: 'oe',
  å: 'aa',
  ß: 'ss',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  đ: 'd',
  œ: 'oe',
  ĳ: 'ij',
};

const MAX_SLUG_LENGTH = 60;

/**
 * A file-name-safe form of a company name: "Acme A/S" → "acme-a-s", "Økonomi & Co." →
 * "oekonomi-co". ASCII only, because a name that survives every file system, zip tool and e-mail
 * client is worth more than the exact spelling (which the file's content keeps anyway).
 */
export function slugify(text: string): string {
  const ascii = text
    .toLowerCase()
    .replace(/[æøåßðþłđœĳ]/g, (letter) => transliterations[letter] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return ascii
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
}

/** YYYY-MM-DD in the user's own time zone: the day they will remember exporting it. */
export function localDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** What each kind of file is, in its name. */
const subjectStem: Readonly<Record<FormatSubject, string>> = {
  chart: 'org-chart',
  comparison: 'comparison',
  deck: 'restructuring-options',
};

/**
 * The name of every exported file, whatever it holds: who it is about, what it is, and the day,
 * so that a folder of exports sorts by client and then by date. "acme-a-s-org-chart-2025-03-14.csv"
 * for a chart (named after its company), "nordic-retail-comparison-2025-03-14.csv" and
 * "nordic-retail-restructuring-options-2025-03-14.pptx" for a workspace's comparison and deck;
 * without a usable name, just what it is and the day ("org-chart-2025-03-14.csv").
 */
export function exportFileName(
  format: Pick<Format, 'subject' | 'extension'>,
  name: string | undefined,
  date: Date,
): string {
  const slug = slugify(name ?? '');
  const stem = subjectStem[format.subject];
  return `${slug === '' ? stem : `${slug}-${stem}`}-${localDate(date)}.${format.extension}`;
}
