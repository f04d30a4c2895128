/**
 * Words that mark a title as held on an interim basis, in English, Danish and Dutch: the phrases
 * `recognizeTitle` treats as interim, with their written forms (dots, hyphens) and the inflected
 * Dutch and Danish adjectives ("waarnemende", "midlertidige", "tijdelijke"). "ad interim" comes
 * before "interim" so that the whole phrase goes.
 */
const qualifier = String.raw`ad[\s-]+interim|interim|acting|a\.\s?i\.?|konstitueret|kst\.?|waarnemende?|wnd\.?|fungerende?|konst\.?|tf\.?|tilforordnet|caretaker|midlertidige?|tijdelijke?|temporary`;

// A qualifier is a whole word: not preceded or followed by a letter or digit ("Interim" in
// "Interimsleder" stays). The space or joining hyphen after it goes with it, so that "Interim-CFO"
// and "CIO/Interim CTO" close up to "CFO" and "CIO/CTO".
const qualifierPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${qualifier})(?![\p{L}\p{N}])(?:-(?=\p{L})|\s+)?`,
  'giu',
);

const separator = String.raw`[\s,;:/&+\-–—|]`;
const emptyBrackets = /\(\s*\)|\[\s*\]/g;
const repeatedSeparators = /\s*([,;:/&+|–—-])(?:\s*[,;:/&+|–—-])+\s*/g;
const danglingStart = new RegExp(`^${separator}+`);
const danglingEnd = new RegExp(`${separator}+$`);

/**
 * The title without its interim qualifiers ("Interim CIO" → "CIO", "CFO a.i." → "CFO",
 * "Konstitueret økonomidirektør" → "Økonomidirektør"), the rest kept as written. Returns the title
 * unchanged when it has no qualifier, and "" when the title was nothing but a qualifier.
 */
export function stripInterimQualifiers(title: string): string {
  let removedAtStart = false;
  const stripped = title.replace(qualifierPattern, (match, offset: number) => {
    if (title.slice(0, offset).trim() === '' && /^\p{Lu}/u.test(match)) removedAtStart = true;
    return '';
  });
  if (stripped === title) return title;
  const tidy = stripped
    .replace(emptyBrackets, ' ')
    .replace(repeatedSeparators, (_found: string, first: string) =>
      first === ',' ? ', ' : ` ${first} `,
    )
    .replace(/\s+/g, ' ')
    .replace(danglingStart, '')
    .replace(danglingEnd, '')
    .trim();
  return removedAtStart ? capitalizeLowercaseWord(tidy) : tidy;
}

/**
 * "Konstitueret direktør" loses its capital with the qualifier; give it back to the new first word,
 * unless that word has its own capitals ("iOS").
 */
function capitalizeLowercaseWord(title: string): string {
  const firstWord = /^\S+/.exec(title)?.[0] ?? '';
  if (firstWord === '' || firstWord !== firstWord.toLowerCase()) return title;
  return title.charAt(0).toUpperCase() + title.slice(1);
}
