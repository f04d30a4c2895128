// Obvious typos of the long words in titles ("Cheif Technology Officer", "Chief Finacial Officer",
// "Informationsikkerhedschef"): a word the recogniser does not know, one edit (a letter added,
// dropped, changed, or two neighbours swapped) away from exactly one word it does, is read as that
// word. Short words are left alone: "Ops" and "Opt" are both words. The index holds each known
// word's one-letter deletions, so a look-up costs a few dozen map reads, whatever the vocabulary.

/** The shortest word corrected by a change, addition or deletion; swaps are safe from 5 letters. */
const MIN_EDIT_LENGTH = 6;
const MIN_SWAP_LENGTH = 5;
const MAX_SEEN = 50_000;

export class TypoCorrector {
  private readonly words: ReadonlySet<string>;
  /** No word longer than the longest known one plus a letter is one edit away from it. */
  private readonly maxLength: number;
  /** A deletion ("chef" less a letter) → the words it comes from. */
  private readonly byDeletion = new Map<string, Set<string>>();
  /** The same, keyed by where the letter was deleted: a changed letter leaves the same deletion there. */
  private readonly byDeletionAt = new Map<string, Set<string>>();

  constructor(targets: Iterable<string>) {
    const words = new Set<string>();
    for (const word of targets) {
      if (word.length < MIN_SWAP_LENGTH || !/^[a-z]+$/.test(word)) continue;
      words.add(word);
      for (let i = 0; i < word.length; i++) {
        const deleted = word.slice(0, i) + word.slice(i + 1);
        add(this.byDeletion, deleted, word);
        add(this.byDeletionAt, `${i}:${deleted}`, word);
      }
    }
    this.words = words;
    let longest = 0;
    for (const word of words) longest = Math.max(longest, word.length);
    this.maxLength = longest + 1;
  }

  /**
   * Words already looked up: an HR export repeats its unknown words ("Engineer", "Analyst") across
   * thousands of titles. Bounded, so that a stream of unique words cannot grow it without end.
   */
  private readonly seen = new Map<string, string | undefined>();

  /** The one known word `word` is a typo of, or undefined when there is none or several. */
  correct(word: string): string | undefined {
    // The bounds keep a look-up to a few dozen short strings, however long the title.
    if (word.length < MIN_SWAP_LENGTH || word.length > this.maxLength) return undefined;
    if (this.seen.has(word)) return this.seen.get(word);
    if (this.seen.size >= MAX_SEEN) this.seen.clear();
    const found = this.lookUp(word);
    this.seen.set(word, found);
    return found;
  }

  private lookUp(word: string): string | undefined {
    if (!/^[a-z]+$/.test(word)) return undefined;
    const found = new Set<string>();
    for (let i = 0; i + 1 < word.length; i++) {
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (swapped !== word && this.words.has(swapped)) found.add(swapped);
    }
    if (word.length >= MIN_EDIT_LENGTH) {
      for (const known of this.byDeletion.get(word) ?? []) found.add(known);
      for (let i = 0; i < word.length; i++) {
        const deleted = word.slice(0, i) + word.slice(i + 1);
        if (deleted.length >= MIN_EDIT_LENGTH - 1 && this.words.has(deleted)) found.add(deleted);
        for (const known of this.byDeletionAt.get(`${i}:${deleted}`) ?? []) {
          if (known !== word) found.add(known);
        }
      }
    }
    return found.size === 1 ? found.values().next().value : undefined;
  }
}

function add(index: Map<string, Set<string>>, key: string, word: string): void {
  const set = index.get(key);
  if (set === undefined) index.set(key, new Set([word]));
  else set.add(word);
}
