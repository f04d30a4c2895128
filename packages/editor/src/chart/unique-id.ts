/**
 * A readable id for a new position ("cto", "vp-engineering", "head-of-sales-2"), derived from its
 * title and unique among `taken`. Readable ids matter: they appear in exported JSON, in API
 * findings and in the HR systems that read them back.
 */
export function uniqueId(title: string, taken: ReadonlySet<string>): string {
  const base = slug(title) || 'position';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Lower-case ASCII words joined by dashes; accents are dropped ("Økonomidirektør" → "okonomidirektor"). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .replace(/å/gi, 'a')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
}
