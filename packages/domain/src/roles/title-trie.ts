import { normalizeTitle, SOFT_BREAK } from './normalize-title.js';
import type { RoleId } from './role-ids.js';
import {
  combinedTitles,
  compoundRankEndings,
  type DepartmentNames,
  departmentHeads,
  departmentManagers,
  departmentTitlePatterns,
  dutchManagerHeadPatterns,
  executiveMemberTitles,
  headLevelAliases,
  notRoleTitles,
  rankLikeTitles,
  type TitleAliases,
  type TitleLanguage,
  titleAliases,
  uncertainAliases,
  unitHeadTitles,
  wholeTitleOnly,
} from './title-aliases.js';
import { interimQualifiers } from './title-qualifiers.js';

// The phrases recognizeTitle knows, as a trie of folded words: every alias of title-aliases.ts in
// every written variant (hyphens dropped or kept, Danish "ø" as "oe", compounds split), and the
// department titles generated from the patterns ("Head of {}", "{}-direktør").

/**
 * How a phrase is judged by its neighbours:
 * - `open` ends with a department ("Head of Product"): another word after it changes the department
 *   ("Head of Product Marketing"), so only a break, "and", a preposition or a scope word may follow.
 * - `departmentFirst` starts with one ("Marketing Director"): a word before it changes the department
 *   ("Product Marketing Director"), so only a scope word ("Group"), "and" or a break may precede it.
 * - `complete` is a title on its own ("CFO", "Chief Executive Officer").
 * All three refuse a noun that makes the title about something of the role ("CEO Office").
 */
export type Shape = 'open' | 'departmentFirst' | 'complete';

export interface Terminal {
  /** Empty for a look-alike that is no role ("Produktchef"). */
  readonly roles: readonly RoleId[];
  readonly shape: Shape;
  /** Written in title-aliases.ts rather than generated from a department pattern; wins a clash. */
  readonly explicit: boolean;
  readonly wholeTitleOnly: boolean;
  readonly rankLike: boolean;
  /** Names the head of the function ("Head of Finance"), not the C-level role itself ("CFO"). */
  readonly head: boolean;
  /** Heads a unit whatever stands beside it ("Country Manager", "Divisionsdirektør"). */
  readonly unit?: boolean;
  /** Names a member of an executive body ("Lid Raad van Bestuur"): an executive without a role. */
  readonly member?: boolean;
  /** A role the phrase may name, too uncertain to read as one ("Informationschef"). */
  readonly uncertain?: { readonly roles: readonly RoleId[]; readonly why: string };
}

export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  terminal?: Terminal;
}

const languages: readonly TitleLanguage[] = ['en', 'da', 'nl'];

export const phraseKey = (phrase: string) => normalizeTitle(phrase).join(' ');
const wholeTitleKeys = new Set(wholeTitleOnly.map(phraseKey));
const rankLikeKeys = new Set(rankLikeTitles.map(phraseKey));
const headLevelKeys = new Set(headLevelAliases.map(phraseKey));
export const rankEndings = compoundRankEndings.map((ending) => normalizeTitle(ending).join(''));

const allPatterns = Object.values(departmentTitlePatterns).flatMap((byLanguage) =>
  Object.values(byLanguage).flat(),
);
const rankPrefixWords = new Set(
  allPatterns
    .filter((pattern) => pattern.endsWith('{}'))
    .map((pattern) => normalizeTitle(pattern.replace('{}', ''))[0]!),
);
const rankWords = new Set([
  ...allPatterns
    .filter((pattern) => pattern.startsWith('{}'))
    .map((pattern) => normalizeTitle(pattern.replace('{}', '')).at(-1)!),
  ...rankEndings,
]);

/**
 * Department patterns that name the C-level role itself: a Danish "økonomidirektør" or "direktør
 * for økonomi" and a Dutch "financieel directeur" sit in the direktion or directie. "Head of",
 * "Director", "VP", "-chef", "hoofd" and a Dutch "directeur financiën" (a directorate's head in a
 * municipality or ministry as often as the CFO) name the head of a function.
 */
const chiefPatterns = new Set(['{}-direktør', 'direktør for {}', 'direktør {}', '{}-directeur']);

/** "udvikling(s)" → the word for "direktør for udvikling" and the stem for "udviklingsdirektør". */
function departmentForms(name: string): { word: string; stem: string } {
  const linked = /^(.*)\(s\)$/.exec(name);
  return linked ? { word: linked[1]!, stem: `${linked[1]}s` } : { word: name, stem: name };
}

/** Every department name of every role, as folded words. */
export const departmentNameWords = [departmentHeads, departmentManagers].flatMap((table) =>
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

export function addPhrase(root: TrieNode, words: readonly string[], terminal: Terminal): void {
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
    node.terminal = {
      ...existing,
      roles: [...new Set([...existing.roles, ...terminal.roles])],
      head: existing.head && terminal.head,
    };
  }
}

interface DepartmentTitle {
  title: string;
  language: TitleLanguage;
  shape: Shape;
  head: boolean;
}

function departmentTitles(names: DepartmentNames, level: 'head' | 'manager'): DepartmentTitle[] {
  const titles: DepartmentTitle[] = [];
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
          head: !chiefPatterns.has(pattern),
        });
      }
    }
  }
  return titles;
}

function buildTrie(): { root: TrieNode; vocabulary: ReadonlySet<string> } {
  const root: TrieNode = { next: new Map() };
  const addAliases = (
    aliases: TitleAliases,
    roles: readonly RoleId[],
    uncertain?: Terminal['uncertain'],
    unit?: boolean,
    member?: boolean,
  ) => {
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
            head: headLevelKeys.has(key) || unit === true,
            ...(uncertain && { uncertain }),
            ...(unit && { unit }),
            ...(member && { member }),
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
  for (const { title, roles, why } of uncertainAliases) {
    addAliases({ en: [], da: [title], nl: [] }, [], { roles, why });
  }
  addAliases(unitHeadTitles, ['ceo'], undefined, true);
  addAliases(executiveMemberTitles, [], undefined, false, true);
  addAliases(notRoleTitles, []);
  for (const [level, table] of [
    ['head', departmentHeads],
    ['manager', departmentManagers],
  ] as const) {
    for (const [role, names] of Object.entries(table) as [RoleId, DepartmentNames][]) {
      for (const { title, language, shape, head } of departmentTitles(names, level)) {
        for (const words of phraseVariants(title, language)) {
          addPhrase(root, words, {
            roles: [role],
            shape,
            explicit: false,
            wholeTitleOnly: false,
            rankLike: false,
            head,
          });
        }
      }
    }
  }
  for (const [role, names] of Object.entries(departmentHeads) as [RoleId, DepartmentNames][]) {
    if (role === 'it-director') continue;
    for (const pattern of dutchManagerHeadPatterns) {
      for (const name of names.nl) {
        const title = pattern.replace('{}', name.replace('(s)', ''));
        for (const words of phraseVariants(title, 'nl')) {
          addPhrase(root, words, {
            roles: [role],
            shape: pattern.startsWith('{}') ? 'departmentFirst' : 'open',
            explicit: false,
            wholeTitleOnly: false,
            rankLike: false,
            head: true,
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

export const { root, vocabulary } = buildTrie();

export const interimRoot: TrieNode = { next: new Map() };
for (const qualifier of interimQualifiers) {
  addPhrase(interimRoot, normalizeTitle(qualifier), {
    roles: [],
    shape: 'complete',
    explicit: true,
    wholeTitleOnly: false,
    rankLike: false,
    head: false,
  });
}

export interface Walk {
  best?: { end: number; node: TrieNode };
  /** Where the walk stopped: the first word it could not follow. */
  stop: number;
  /** The nodes passed, from the start node; the last is where it stopped. */
  path: TrieNode[];
}

/** The longest phrase from `from` starting at `start`. A comma may sit inside ("VP, Engineering"). */
export function walk(from: TrieNode, words: readonly string[], start: number, track = true): Walk {
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
