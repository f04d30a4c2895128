// Folds a title to lowercase ASCII words so that case, punctuation and missing diacritics do not
// matter: "Økonomidirektør" and "okonomidirektor" both become "okonomidirektor". Punctuation that
// separates parts of a title is kept as a break token, because "CIO/CTO" names two roles while
// "VP, Engineering" names one.

/**
 * A light break: a comma, colon, dash between spaces or a bar. It may sit inside one title
 * ("VP, Engineering", "Director - IT") as well as between two ("CEO, Founder").
 */
export const SOFT_BREAK = ',';

/** A hard break: a slash, semicolon or bracket. It always separates two parts ("CIO/CTO"). */
export const HARD_BREAK = '/';

/** The "'s" of "CEO's assistant", kept as a word so that the role is read as someone else's. */
export const POSSESSIVE = 's';

/** "&", "+", "og" (Danish) and "en" (Dutch) all become this word. */
export const AND = 'and';

const letterFolds: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  œ: 'oe',
  ı: 'i',
  ĳ: 'ij',
};
const foldedLetters = /[øæßđłœıĳ]/g;
const combiningMarks = /[\u0300-\u036f]/g;
// Printable ASCII needs no folding; anything else goes through the slower Unicode path.
const nonAscii = /[^ -~\t\n\r]/;
// "CEO's office" is about something of the CEO's: the "'s" stays as a word of its own.
const possessive = /['’]s(?![a-z])/g;
const apostrophes = /['’`´]/g;
// "C.E.O." is "CEO"; two letters ("a.i.", "V.P.") are left apart, as "a i" is the interim qualifier.
const dottedInitialism = /(?<![a-z0-9.])[a-z](?:\.[a-z]){2,}\.?(?![a-z0-9])/g;

const conjunctions = new Set(['and', 'og', 'en']);

// Character codes of the punctuation that matters; everything else that is not a letter or digit
// is a space.
const SOFT = 1;
const HARD = 2;
const DASH = 3;
const AMPERSAND = 4;
const punctuation = new Map<number, number>(
  [
    [',', SOFT],
    [':', SOFT],
    ['–', DASH],
    ['—', DASH],
    ['|', DASH],
    ['-', DASH],
    ['/', HARD],
    ['\\', HARD],
    [';', HARD],
    ['(', HARD],
    [')', HARD],
    ['[', HARD],
    [']', HARD],
    ['{', HARD],
    ['}', HARD],
    ['•', HARD],
    ['·', HARD],
    ['&', AMPERSAND],
    ['+', AMPERSAND],
  ].map(([char, kind]) => [(char as string).charCodeAt(0), kind as number]),
);

/** Lowercase ASCII, with diacritics and special letters folded away. */
function fold(title: string): string {
  let text = title.toLowerCase();
  if (nonAscii.test(text)) {
    text = text
      .replace(foldedLetters, (letter) => letterFolds[letter] ?? letter)
      .normalize('NFD')
      .replace(combiningMarks, '');
  }
  if (/['’`´]/.test(text))
    text = text.replace(possessive, ` ${POSSESSIVE} `).replace(apostrophes, '');
  if (text.includes('.'))
    text = text.replace(dottedInitialism, (found) => found.replaceAll('.', ''));
  return text;
}

const isWordChar = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
/** Whitespace, or the edge of the text. */
const isSpaceAt = (text: string, at: number) =>
  at < 0 || at >= text.length || text.charCodeAt(at) <= 32 || /\s/.test(text[at]!);

/**
 * The title as a list of words and break tokens (SOFT_BREAK, HARD_BREAK), with no break at either
 * end and never two breaks in a row (a hard break wins). A hyphen inside a word ("IT-chef",
 * "Co-founder") is a space; a hyphen between spaces, a bar, "–" and "—" are soft breaks. One pass
 * over the title.
 */
export function tokenizeTitle(title: string): string[] {
  const text = fold(title);
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isWordChar(code)) {
      const start = i;
      while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
      const word = text.slice(start, i);
      tokens.push(conjunctions.has(word) ? AND : word);
      continue;
    }
    let kind = punctuation.get(code);
    if (kind === DASH) {
      let end = i;
      while (end < text.length && punctuation.get(text.charCodeAt(end)) === DASH) end++;
      const spaced = isSpaceAt(text, i - 1) && isSpaceAt(text, end);
      kind = spaced || code !== 0x2d ? SOFT : undefined;
      i = end - 1;
    }
    if (kind === AMPERSAND) tokens.push(AND);
    else if (kind === SOFT || kind === HARD)
      appendBreak(tokens, kind === SOFT ? SOFT_BREAK : HARD_BREAK);
    i++;
  }
  if (tokens.length > 0 && isBreak(tokens[tokens.length - 1]!)) tokens.pop();
  return tokens;
}

/** Appends a break, unless the tokens are empty or already end with one (a hard break wins). */
export function appendBreak(tokens: string[], kind: string): void {
  const last = tokens.length - 1;
  if (last < 0) return;
  if (!isBreak(tokens[last]!)) tokens.push(kind);
  else if (kind === HARD_BREAK) tokens[last] = HARD_BREAK;
}

/** The words of a title, folded as `tokenizeTitle` folds them, without the breaks. */
export function normalizeTitle(title: string): string[] {
  return tokenizeTitle(title).filter((token) => !isBreak(token));
}

export function isBreak(token: string): boolean {
  return token === SOFT_BREAK || token === HARD_BREAK;
}
