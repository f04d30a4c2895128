import {
  AND,
  appendBreak,
  HARD_BREAK,
  isBreak,
  normalizeTitle,
  POSSESSIVE,
  SOFT_BREAK,
  tokenizeTitle,
} from './normalize-title.js';
import type { RoleId } from './role-ids.js';
import {
  attachedNouns,
  belongsToMarkers,
  combinedTitles,
  compoundPrefixes,
  compoundRankEndings,
  type DepartmentNames,
  departmentHeads,
  departmentManagers,
  departmentTitlePatterns,
  deputyMarkers,
  fillerWords,
  founderWords,
  interimQualifiers,
  notRoleTitles,
  rankDepartments,
  rankLikeTitles,
  scopePrepositions,
  scopeWords,
  type TitleAliases,
  type TitleLanguage,
  titleAliases,
  wholeTitleOnly,
} from './title-aliases.js';

export interface TitleRecognition {
  roles: RoleId[];
  interim: boolean;
}

/**
 * How a phrase is judged by its neighbours:
 * - `open` ends with a department ("Head of Product"): another word after it changes the department
 *   ("Head of Product Marketing"), so only a break, "and", a preposition or a scope word may follow.
 * - `departmentFirst` starts with one ("Marketing Director"): a word before it changes the department
 *   ("Product Marketing Director"), so only a scope word ("Group"), "and" or a break may precede it.
 * - `complete` is a title on its own ("CFO", "Chief Executive Officer").
 * All three refuse a noun that makes the title about something of the role ("CEO Office").
 */
type Shape = 'open' | 'departmentFirst' | 'complete';

interface Terminal {
  /** Empty for a look-alike that is no role ("Produktchef"). */
  readonly roles: readonly RoleId[];
  readonly shape: Shape;
  /** Written in title-aliases.ts rather than generated from a department pattern; wins a clash. */
  readonly explicit: boolean;
  readonly wholeTitleOnly: boolean;
  readonly rankLike: boolean;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  terminal?: Terminal;
}

const languages: readonly TitleLanguage[] = ['en', 'da', 'nl'];

const wordSet = (words: readonly string[]) =>
  new Set(words.flatMap((word) => normalizeTitle(word)));
const phraseKey = (phrase: string) => normalizeTitle(phrase).join(' ');

const fillers = wordSet(fillerWords);
const scope = wordSet(scopeWords);
const prepositions = wordSet(scopePrepositions);
const founders = wordSet(founderWords);
const deputies = wordSet(deputyMarkers);
const belongsTo = wordSet(belongsToMarkers);
const attached = new Set([...wordSet(attachedNouns), POSSESSIVE]);
const wholeTitleKeys = new Set(wholeTitleOnly.map(phraseKey));
const rankLikeKeys = new Set(rankLikeTitles.map(phraseKey));
const rankEndings = compoundRankEndings.map((ending) => normalizeTitle(ending).join(''));

const rankPrefixWords = new Set(
  Object.values(departmentTitlePatterns)
    .flatMap((byLanguage) => Object.values(byLanguage).flat())
    .filter((pattern) => pattern.endsWith('{}'))
    .map((pattern) => normalizeTitle(pattern.replace('{}', ''))[0]!),
);
const rankWords = new Set([
  ...Object.values(departmentTitlePatterns)
    .flatMap((byLanguage) => Object.values(byLanguage).flat())
    .filter((pattern) => pattern.startsWith('{}'))
    .map((pattern) => normalizeTitle(pattern.replace('{}', '')).at(-1)!),
  ...rankEndings,
]);

// ---- Building the phrase trie -------------------------------------------------------------------

/** "udvikling(s)" → the word for "direktør for udvikling" and the stem for "udviklingsdirektør". */
function departmentForms(name: string): { word: string; stem: string } {
  const linked = /^(.*)\(s\)$/.exec(name);
  return linked ? { word: linked[1]!, stem: `${linked[1]}s` } : { word: name, stem: name };
}

/** Every department name of every role, as folded words. */
const departmentNameWords = [departmentHeads, departmentManagers].flatMap((table) =>
  Object.values(table).flatMap((names) =>
    Object.values(names)
      .flat()
      .map((name) => normalizeTitle(departmentForms(name).word)),
  ),
);
/** The last words of department names: a phrase ending in one is `open` ("Head of IT"). */
const departmentEndings = new Set(departmentNameWords.map((words) => words.at(-1)!));

/** Danish writers without "ø" and "å" use "oe" and "aa" as well as "o" and "a". */
function transliterations(text: string, language: TitleLanguage): string[] {
  if (language !== 'da' || !/[øåæ]/i.test(text)) return [text];
  return [
    text,
    text.replace(/ø/g, 'oe').replace(/Ø/g, 'Oe').replace(/å/g, 'aa').replace(/Å/g, 'Aa'),
  ];
}

/** "IT-chef" is also written "itchef"; each hyphen between letters may be dropped. */
function hyphenVariants(text: string): string[] {
  const parts = text.split(/(?<=\p{L})-(?=\p{L})/u);
  let variants = [parts[0]!];
  for (const part of parts.slice(1)) {
    variants = variants.flatMap((variant) => [`${variant} ${part}`, `${variant}${part}`]);
  }
  return variants;
}

/** Every word sequence an alias may take in a title. */
function phraseVariants(alias: string, language: TitleLanguage): string[][] {
  const phrases = new Map<string, string[]>();
  for (const text of transliterations(alias, language)) {
    for (const variant of hyphenVariants(text)) {
      const words = normalizeTitle(variant);
      if (words.length === 0) continue;
      phrases.set(words.join(' '), words);
      // "Økonomidirektør" is also written "Økonomi-direktør" or "økonomi direktør".
      const only = words.length === 1 ? words[0]! : undefined;
      const ending =
        only && rankEndings.find((end) => only.length > end.length + 1 && only.endsWith(end));
      if (only && ending) {
        const split = [only.slice(0, -ending.length), ending];
        phrases.set(split.join(' '), split);
      }
    }
  }
  return [...phrases.values()];
}

function shapeOf(words: readonly string[]): Shape {
  if (words.length === 1) {
    // A compound with its rank at the end ("Marketingdirektør") starts with its department.
    const [word] = words as [string];
    const compound = rankEndings.some((end) => word.length > end.length + 1 && word.endsWith(end));
    return compound ? 'departmentFirst' : 'complete';
  }
  if (rankPrefixWords.has(words[0]!) || departmentEndings.has(words.at(-1)!)) return 'open';
  if (rankWords.has(words.at(-1)!)) return 'departmentFirst';
  return 'complete';
}

function addPhrase(root: TrieNode, words: readonly string[], terminal: Terminal): void {
  let node = root;
  for (const word of words) {
    let child = node.next.get(word);
    if (child === undefined) {
      child = { next: new Map() };
      node.next.set(word, child);
    }
    node = child;
  }
  const existing = node.terminal;
  if (existing === undefined || (terminal.explicit && !existing.explicit)) {
    node.terminal = terminal;
  } else if (terminal.explicit === existing.explicit) {
    node.terminal = { ...existing, roles: [...new Set([...existing.roles, ...terminal.roles])] };
  }
}

function departmentTitles(
  names: DepartmentNames,
  level: 'head' | 'manager',
): Array<{ title: string; language: TitleLanguage; shape: Shape }> {
  const titles: Array<{ title: string; language: TitleLanguage; shape: Shape }> = [];
  for (const language of languages) {
    const own = language === 'en' ? names.en : [...names[language], ...names.en];
    for (const pattern of departmentTitlePatterns[level][language]) {
      const shape: Shape = pattern.startsWith('{}') ? 'departmentFirst' : 'open';
      for (const name of own) {
        const { word, stem } = departmentForms(name);
        titles.push({
          title: pattern.replace('{}', pattern.startsWith('{}-') ? stem : word),
          language,
          shape,
        });
      }
    }
  }
  return titles;
}

function buildTrie(): { root: TrieNode; vocabulary: ReadonlySet<string> } {
  const root: TrieNode = { next: new Map() };
  const addAliases = (aliases: TitleAliases, roles: readonly RoleId[]) => {
    for (const language of languages) {
      for (const alias of aliases[language]) {
        const key = phraseKey(alias);
        for (const words of phraseVariants(alias, language)) {
          addPhrase(root, words, {
            roles,
            shape: shapeOf(words),
            explicit: true,
            wholeTitleOnly: wholeTitleKeys.has(key),
            rankLike: rankLikeKeys.has(key),
          });
        }
      }
    }
  };
  // Explicit phrases first, so that a generated one never overrides them.
  for (const [role, aliases] of Object.entries(titleAliases) as [RoleId, TitleAliases][]) {
    addAliases(aliases, [role]);
  }
  for (const { title, roles } of combinedTitles) addAliases({ en: [title], da: [], nl: [] }, roles);
  addAliases(notRoleTitles, []);
  for (const [level, table] of [
    ['head', departmentHeads],
    ['manager', departmentManagers],
  ] as const) {
    for (const [role, names] of Object.entries(table) as [RoleId, DepartmentNames][]) {
      for (const { title, language, shape } of departmentTitles(names, level)) {
        for (const words of phraseVariants(title, language)) {
          addPhrase(root, words, {
            roles: [role],
            shape,
            explicit: false,
            wholeTitleOnly: false,
            rankLike: false,
          });
        }
      }
    }
  }
  const vocabulary = new Set<string>();
  const stack = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    for (const [word, child] of node.next) {
      vocabulary.add(word);
      stack.push(child);
    }
  }
  return { root, vocabulary };
}

const { root, vocabulary } = buildTrie();

/** Words after "Managing Director" that make it a rank rather than the CEO. */
const rankDepartmentWords = new Set([...wordSet(rankDepartments), ...departmentNameWords.flat()]);

const interimRoot: TrieNode = { next: new Map() };
for (const qualifier of interimQualifiers) {
  addPhrase(interimRoot, normalizeTitle(qualifier), {
    roles: [],
    shape: 'complete',
    explicit: true,
    wholeTitleOnly: false,
    rankLike: false,
  });
}

// ---- Reading a title ----------------------------------------------------------------------------

/** "Vicedirektør" → "vice direktør", "Koncernøkonomidirektør" → "koncern økonomidirektør". */
function splitCompoundPrefixes(tokens: readonly string[]): string[] {
  const split: string[] = [];
  for (const token of tokens) {
    const prefix = root.next.has(token)
      ? undefined
      : compoundPrefixes.find(
          (candidate) =>
            token.length >= candidate.length + 3 &&
            token.startsWith(candidate) &&
            vocabulary.has(token.slice(candidate.length)),
        );
    if (prefix === undefined) split.push(token);
    else split.push(prefix, token.slice(prefix.length));
  }
  return split;
}

/** The title without its interim qualifiers, and whether it had one. */
function withoutInterim(tokens: readonly string[]): { words: string[]; interim: boolean } {
  const words: string[] = [];
  let interim = false;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    // "Head of Interim Management" and "Director of A.I." name a subject, not a qualifier.
    const subject = i > 0 && prepositions.has(tokens[i - 1]!);
    const qualifier = subject ? undefined : walk(interimRoot, tokens, i, false).best;
    if (qualifier !== undefined) {
      interim = true;
      i = qualifier.end;
      continue;
    }
    if (isBreak(token)) appendBreak(words, token);
    else words.push(token);
    i++;
  }
  if (words.length > 0 && isBreak(words[words.length - 1]!)) words.pop();
  return { words, interim };
}

interface Walk {
  best?: { end: number; node: TrieNode };
  /** Where the walk stopped: the first word it could not follow. */
  stop: number;
  /** The nodes passed, from the start node; the last is where it stopped. */
  path: TrieNode[];
}

/** The longest phrase from `from` starting at `start`. A comma may sit inside ("VP, Engineering"). */
function walk(from: TrieNode, words: readonly string[], start: number, track = true): Walk {
  let node = from;
  const path = track ? [from] : [];
  let best: Walk['best'];
  let j = start;
  for (; j < words.length; j++) {
    let word = words[j]!;
    if (word === SOFT_BREAK && node !== from && j + 1 < words.length) {
      const after = words[j + 1]!;
      if (!node.next.has(after)) break;
      j++;
      word = after;
    }
    const child = node.next.get(word);
    if (child === undefined) break;
    node = child;
    if (track) path.push(node);
    if (node.terminal !== undefined) best = { end: j + 1, node };
  }
  return { best, stop: j, path };
}

interface Hit {
  start: number;
  end: number;
  terminal: Terminal;
  /** Shares the words before it with the hit that precedes it ("Head of Finance and *HR*"). */
  sharesStartWith?: number;
  /** Shares the rank after it with the hit that follows it ("*Finance* and HR Director"). */
  sharesRank?: boolean;
}

type Negation = 'deputy' | 'belongsTo';

const isConjunction = (word: string | undefined) =>
  word === AND || word === SOFT_BREAK || word === HARD_BREAK;

/** Reads the roles of a title whose interim qualifiers are gone. */
class TitleReader {
  private readonly roles: RoleId[] = [];
  private readonly rankLikeRoles: RoleId[] = [];
  /**
   * A negation that carries over the conjunction at `end`: "Assistant to the CEO and CFO" is neither,
   * and in "Deputy Finance and HR Director" the deputy's rank covers both departments.
   */
  private carry: { end: number; negation: Negation } | undefined;
  /** Where the last phrase read ended, whatever became of it. */
  private lastHitEnd = -1;
  private readonly significant: number;

  constructor(private readonly words: readonly string[]) {
    let significant = 0;
    for (const word of words) if (this.isSignificant(word)) significant++;
    this.significant = significant;
  }

  read(): RoleId[] {
    const { words } = this;
    let i = 0;
    while (i < words.length) {
      if (isConjunction(words[i])) {
        i++;
        continue;
      }
      i = this.readAt(i);
    }
    if (this.roles.length === 0) for (const role of this.rankLikeRoles) this.add(role);
    return this.roles;
  }

  /** Reads the phrase starting at `i`; returns where to go on. */
  private readAt(i: number): number {
    const { words } = this;
    const { best, stop, path } = walk(root, words, i);
    if (isConjunction(words[stop]) && stop > i && (best === undefined || best.end === stop)) {
      // "Finance and HR Director", "Chief Technology and Information Officer": the rank after
      // "and" also belongs to the words before it.
      const elided = best === undefined ? this.elidedRank(path.at(-1)!, stop) : undefined;
      const first: Hit | undefined = best
        ? { start: i, end: best.end, terminal: best.node.terminal! }
        : elided && { start: i, end: stop, terminal: elided, sharesRank: true };
      const verdict = first === undefined ? undefined : this.judge(first);
      // "Head of Finance, HR and IT": the words before the department also go with those after.
      const shared = this.readSharedPrefix(path.slice(1, -1), stop, i);
      if (shared !== undefined) return shared;
      if (first === undefined) return i + 1;
      if (best === undefined) return stop + 1;
      return verdict === 'rejected' ? i + 1 : best.end;
    }
    if (best === undefined) {
      // "Chief Digital and Technology Officer", "Head of Sales and Marketing": an unknown department
      // before "and" leaves the rank to the known one after it.
      for (let k = stop + 1; path.length > 1 && k <= stop + 3 && k < words.length; k++) {
        if (isConjunction(words[k])) return this.readSharedPrefix(path.slice(1), k, i) ?? i + 1;
      }
      return i + 1;
    }
    const verdict = this.judge({ start: i, end: best.end, terminal: best.node.terminal! });
    return verdict === 'rejected' ? i + 1 : best.end;
  }

  /**
   * Reads the departments listed after the conjunction at `conjunction` as if each followed one of
   * `prefixes` (the deepest that fits); returns where the list ends, or undefined when none fits.
   */
  private readSharedPrefix(
    prefixes: readonly TrieNode[],
    conjunction: number,
    groupStart: number,
  ): number | undefined {
    let end: number | undefined;
    for (let k = conjunction; isConjunction(this.words[k]); ) {
      const hit = this.sharedPrefixHit(prefixes, k + 1, groupStart);
      if (hit === undefined) break;
      this.judge(hit);
      end = hit.end;
      k = hit.end;
    }
    return end;
  }

  /** The terminal a department node reaches with the rank word a little further on. */
  private elidedRank(node: TrieNode, conjunction: number): Terminal | undefined {
    const { words } = this;
    for (let k = conjunction + 1; k <= conjunction + 4 && k < words.length; k++) {
      const word = words[k]!;
      if (isBreak(word)) return undefined;
      const direct = node.next.get(word)?.terminal;
      if (direct !== undefined && direct.shape !== 'open') return direct;
      // "Økonomi- og administrationsdirektør": the rank is the end of a compound.
      const ending = rankEndings.find((end) => word.length > end.length && word.endsWith(end));
      const compound = ending === undefined ? undefined : node.next.get(ending)?.terminal;
      if (compound !== undefined) return compound;
    }
    return undefined;
  }

  /** A phrase after "and" read as if it followed one of `prefixes` (deepest first). */
  private sharedPrefixHit(prefixes: readonly TrieNode[], start: number, groupStart: number) {
    if (start >= this.words.length || isConjunction(this.words[start])) return undefined;
    for (let p = prefixes.length - 1; p >= 0; p--) {
      const { best } = walk(prefixes[p]!, this.words, start, false);
      if (best !== undefined && best.node.terminal!.roles.length > 0) {
        return { start, end: best.end, terminal: best.node.terminal!, sharesStartWith: groupStart };
      }
    }
    return undefined;
  }

  /** Adds the hit's roles unless its neighbours say otherwise. */
  private judge(hit: Hit): 'accepted' | 'negated' | 'rejected' {
    const negation = this.negation(hit);
    this.lastHitEnd = hit.end;
    if (negation !== undefined) {
      if (negation === 'belongsTo' || hit.sharesRank) this.carry = { end: hit.end, negation };
      return 'negated';
    }
    if (!this.fitsNeighbours(hit)) return 'rejected';
    if (hit.terminal.rankLike) {
      if (rankDepartmentWords.has(this.nextWord(hit.end) ?? '')) return 'rejected';
      for (const role of hit.terminal.roles) {
        if (!this.rankLikeRoles.includes(role)) this.rankLikeRoles.push(role);
      }
      return 'accepted';
    }
    for (const role of hit.terminal.roles) this.add(role);
    return 'accepted';
  }

  private add(role: RoleId): void {
    if (!this.roles.includes(role)) this.roles.push(role);
  }

  /** Whether the words before the hit make the role someone else's. */
  private negation(hit: Hit): Negation | undefined {
    const { words } = this;
    // "Deputy Sales & Marketing Director": the deputy covers the whole list before the rank.
    const mayList = hit.terminal.shape === 'departmentFirst';
    let inList = false;
    for (let k = (hit.sharesStartWith ?? hit.start) - 1, skipped = 0; k >= 0 && skipped <= 4; k--) {
      const word = words[k]!;
      if (isConjunction(word)) {
        if (this.carry?.end === k) return this.carry.negation;
        if (word === HARD_BREAK) return undefined;
        if (word === AND) {
          if (!mayList || this.lastHitEnd === k) return undefined;
          inList = true;
        }
        // "Executive Assistant, CEO": a comma does not free the CEO from the assistant.
        skipped++;
        continue;
      }
      if (deputies.has(word)) return 'deputy';
      if (belongsTo.has(word)) return 'belongsTo';
      if (!inList && !fillers.has(word) && !scope.has(word)) return undefined;
      skipped++;
    }
    return undefined;
  }

  private fitsNeighbours(hit: Hit): boolean {
    const { words } = this;
    const { terminal } = hit;
    const after = words[hit.end];
    if (this.hasAttachedNoun(hit.end)) return false;
    if (terminal.wholeTitleOnly && !this.isWholeTitle(hit)) return false;
    if (terminal.shape === 'open' && after !== undefined && !this.mayFollowDepartment(after)) {
      return false;
    }
    if (terminal.shape === 'departmentFirst' && hit.sharesStartWith === undefined) {
      const before = words[hit.start - 1];
      if (before !== undefined && !this.mayPrecedeDepartment(before)) return false;
    }
    return true;
  }

  /** "CEO Office", "CEO's Executive Assistant": the title is about something of the role. */
  private hasAttachedNoun(end: number): boolean {
    for (let k = end; k < end + 3 && k < this.words.length; k++) {
      const word = this.words[k]!;
      if (attached.has(word)) return true;
      if (!scope.has(word) && !fillers.has(word)) return false;
    }
    return false;
  }

  private mayFollowDepartment(word: string): boolean {
    return isConjunction(word) || prepositions.has(word) || scope.has(word) || founders.has(word);
  }

  private mayPrecedeDepartment(word: string): boolean {
    return isConjunction(word) || scope.has(word) || fillers.has(word) || founders.has(word);
  }

  private isWholeTitle(hit: Hit): boolean {
    let inside = 0;
    for (let k = hit.start; k < hit.end; k++) if (this.isSignificant(this.words[k]!)) inside++;
    return inside === this.significant;
  }

  private isSignificant(word: string): boolean {
    return !isConjunction(word) && !fillers.has(word) && !founders.has(word);
  }

  /** The first word after `end`, past breaks and "of"/"for" ("Managing Director, Sales"). */
  private nextWord(end: number): string | undefined {
    for (let k = end; k < this.words.length && k < end + 4; k++) {
      const word = this.words[k]!;
      if (isConjunction(word) || prepositions.has(word) || fillers.has(word)) continue;
      return word;
    }
    return undefined;
  }
}

/**
 * Recognises the canonical roles a title names, in English, Danish and Dutch, in the order the
 * title names them, and whether it is held on an interim basis. A deputy, an assistant to or the
 * office of a role is not that role. Linear in the length of the title: each word starts a bounded
 * number of walks through a trie of known phrases, and a walk is no longer than the longest phrase;
 * the neighbours a phrase is judged by are a few words either side.
 */
export function recognizeTitle(title: string): TitleRecognition {
  const { words, interim } = withoutInterim(splitCompoundPrefixes(tokenizeTitle(title)));
  return { roles: new TitleReader(words).read(), interim };
}
