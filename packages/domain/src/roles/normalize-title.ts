// Folds a title to lowercase ASCII words so that case, punctuation and missing diacritics do not
// matter: "Økonomidirektør" and "okonomidirektor" both become "okonomidirektor".

const letterFolds: Record<string, string> = { ø: 'o', æ: 'ae', ß: 'ss', đ: 'd', ł: 'l', œ: 'oe' };

export function normalizeTitle(title: string): string[] {
  const folded = title
    .toLowerCase()
    .replace(/[øæßđłœ]/g, (letter) => letterFolds[letter] ?? letter)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[&+]/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return folded === '' ? [] : folded.split(' ');
}
