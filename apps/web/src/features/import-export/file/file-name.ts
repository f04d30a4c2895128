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

/**
 * The name of an exported file: "acme-a-s-org-chart-2025-03-14.csv", or "org-chart-2025-03-14.csv"
 * when the chart has no company name (or one with no letters or digits in it).
 */
export function exportFileName(
  companyName: string | undefined,
  date: Date,
  extension: 'json' | 'csv' | 'png' | 'svg',
): string {
  const company = slugify(companyName ?? '');
  const stem = company === '' ? 'org-chart' : `${company}-org-chart`;
  return `${stem}-${localDate(date)}.${extension}`;
}
