const transliterations: Readonly<Record<string, string>> = { æ: 'ae', ø: 'oe', å: 'aa', ß: 'ss' };

/**
 * A header reduced to lowercase ASCII letters and digits, so that "Reports to", "reports_to" and
 * "REPORTS-TO" all read "reportsto", and "Nærmeste leder" reads "naermesteleder".
 */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[æøåß]/g, (letter) => transliterations[letter] ?? '')
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');
}
