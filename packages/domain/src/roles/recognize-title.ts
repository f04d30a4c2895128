import { normalizeTitle } from './normalize-title.js';
import type { RoleId } from './role-ids.js';
import { type TitleAliases, titleAliases } from './title-aliases.js';

export interface TitleRecognition {
  roles: RoleId[];
  interim: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  roles?: readonly RoleId[];
  /** Only counts when it is the whole title, e.g. Danish "direktør" alone means the CEO. */
  wholeTitleOnly?: boolean;
}

/** Titles that name two roles at once. */
const combinedAliases: ReadonlyArray<readonly [string, readonly RoleId[]]> = [
  ['chief technology and information officer', ['cto', 'cio']],
  ['chief information and technology officer', ['cio', 'cto']],
  ['ctio', ['cto', 'cio']],
  ['cito', ['cio', 'cto']],
];

const wholeTitleOnly = new Set([
  'direktor',
  'board',
  'owners',
  'shareholders',
  'commissaris',
  'chairman',
  'general manager',
]);

/** Words that make the title temporary without changing the role. */
const interimPhrases = [
  'interim',
  'acting',
  'ad interim',
  'a i',
  'konstitueret',
  'kst',
  'waarnemend',
  'wnd',
  'fungerende',
  'midlertidig',
  'tijdelijk',
  'temporary',
];

/** A role named right after one of these is someone else's: the deputy, the assistant to, the office of. */
const notTheRole = new Set([
  'deputy',
  'vice',
  'assistant',
  'assistent',
  'assisterende',
  'plaatsvervangend',
  'plaatsvervangende',
  'stedfortraedende',
  'stedfortraeder',
  'souschef',
  'adjunct',
  'to',
  'for',
  'til',
  'voor',
  'van',
  'office',
  'staff',
  'associate',
  'sous',
]);
/** Skipped when looking for the word before a role ("assistant to the CEO"). */
const filler = new Set(['the', 'de', 'het', 'den', 'det', 'a', 'an', 'of']);

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map() };
  const add = (phrase: string, roles: readonly RoleId[]) => {
    let node = root;
    for (const word of normalizeTitle(phrase)) {
      let child = node.next.get(word);
      if (child === undefined) {
        child = { next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    node.roles = node.roles === undefined ? roles : [...new Set([...node.roles, ...roles])];
    if (wholeTitleOnly.has(phrase)) node.wholeTitleOnly = true;
  };
  for (const [role, aliases] of Object.entries(titleAliases) as [RoleId, TitleAliases][]) {
    for (const alias of [...aliases.en, ...aliases.da, ...aliases.nl]) add(alias, [role]);
  }
  for (const [phrase, roles] of combinedAliases) add(phrase, roles);
  return root;
}

const trie = buildTrie();
const interimTrie = (() => {
  const root: TrieNode = { next: new Map() };
  for (const phrase of interimPhrases) {
    let node = root;
    for (const word of phrase.split(' ')) {
      let child = node.next.get(word);
      if (child === undefined) {
        child = { next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    node.roles = [];
  }
  return root;
})();

/** Longest phrase of `root` starting at `start`; returns its end (exclusive) and node. */
function longestMatch(root: TrieNode, words: readonly string[], start: number) {
  let node: TrieNode | undefined = root;
  let best: { end: number; node: TrieNode } | undefined;
  for (let i = start; i < words.length && node !== undefined; i++) {
    node = node.next.get(words[i]!);
    if (node?.roles !== undefined) best = { end: i + 1, node };
  }
  return best;
}

/**
 * Recognises the canonical roles a title names, in English, Danish and Dutch, and whether it is held
 * on an interim basis. A deputy, an assistant to or the office of a role is not that role.
 */
export function recognizeTitle(title: string): TitleRecognition {
  const words = normalizeTitle(title);
  let interim = false;
  const roles: RoleId[] = [];
  const remaining: string[] = [];
  for (let i = 0; i < words.length; ) {
    const qualifier = longestMatch(interimTrie, words, i);
    if (qualifier !== undefined) {
      interim = true;
      i = qualifier.end;
      continue;
    }
    remaining.push(words[i]!);
    i++;
  }
  for (let i = 0; i < remaining.length; ) {
    const match = longestMatch(trie, remaining, i);
    if (match === undefined) {
      i++;
      continue;
    }
    const whole = i === 0 && match.end === remaining.length;
    if ((!match.node.wholeTitleOnly || whole) && !negated(remaining, i)) {
      for (const role of match.node.roles!) if (!roles.includes(role)) roles.push(role);
    }
    i = match.end;
  }
  return { roles, interim };
}

function negated(words: readonly string[], start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const word = words[i]!;
    if (filler.has(word)) continue;
    return notTheRole.has(word);
  }
  return false;
}
