// The PDF uses the standard Helvetica font, so the file needs no embedded font and stays small;
// that font can only show Windows-1252 ("WinAnsi") characters, and jsPDF garbles a whole string
// when one character falls outside it. Text is therefore mapped to that set before drawing:
// accents that set lacks are dropped to their base letter, emoji are left out, and anything else
// becomes '?'. The PowerPoint file keeps the original text.

const WIN_ANSI_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const BASE_LETTER: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŀ: 'L',
  ŀ: 'l',
  Ŧ: 'T',
  ŧ: 't',
  // The Dutch ĳ as one character (from a keyboard or a word processor) is written as its letters.
  Ĳ: 'IJ',
  ĳ: 'ij',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '−': '-',
};
const COMBINING_MARK = /\p{M}/u;
// Pictographs and what joins or styles them (ZWJ, variation selectors, skin tones, flags).
const EMOJI_PART =
  /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u200d|\ufe0e|\ufe0f/u;

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xff) ||
    WIN_ANSI_EXTRAS.includes(char)
  );
}

/** Whether the PDF can show the text as it is. */
export function isPdfSafe(text: string): boolean {
  for (const char of text) if (!isWinAnsi(char)) return false;
  return true;
}

/** The text as the PDF's Helvetica can show it (see the note at the top of this file). */
export function pdfSafeText(text: string): string {
  if (isPdfSafe(text)) return text;
  let out = '';
  for (const char of text) {
    if (isWinAnsi(char)) out += char;
    else if (BASE_LETTER[char] !== undefined) out += BASE_LETTER[char];
    else if (EMOJI_PART.test(char)) continue;
    else {
      const base = [...char.normalize('NFD')].filter((part) => !COMBINING_MARK.test(part)).join('');
      out += base !== '' && isPdfSafe(base) ? base : COMBINING_MARK.test(char) ? '' : '?';
    }
  }
  return out.replace(/ {2,}/g, ' ').trim();
}
