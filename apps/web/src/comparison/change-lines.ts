import { type ChartDiff, type DiffRowChange, getRole, type ManagerRef } from '@orgwise/domain';
import type { Translate } from '../i18n/translate.js';
import type { messages } from './messages.js';

type T = Translate<keyof (typeof messages)['en']>;

/** One change of an option against the baseline, as a line of the story and a slide's caption. */
export interface ChangeLine {
  change: DiffRowChange;
  /** The position it is about (the `from` end of a dotted line). */
  id: string;
  /** The positions to see it with: the position and the managers it left and joined. */
  focus: string[];
  /** Its words, in the chosen language. */
  text: (t: T) => string;
}

const title = (text: string | null, id: string) => (text?.trim() ? text : id);
const manager = (t: T, ref: ManagerRef) =>
  ref.id === null ? t('topOfChart') : title(ref.title, ref.id);
const roles = (t: T, ids: readonly string[]) =>
  ids.length === 0
    ? t('noRole')
    : ids.map((id) => getRole(id as Parameters<typeof getRole>[0]).shortName).join(', ');
const present = <V>(values: (V | null)[]) => values.filter((v): v is V => v !== null);

/**
 * The diff as lines, in the order the comparison CSV lists them (added, removed, moved, retitled,
 * roles, holder, vacancy, interim, dotted lines), worded from the diff's data rather than from
 * the CSV's English cells, so that every language says them its own way.
 */
export function changeLines(diff: ChartDiff): ChangeLine[] {
  const lines: ChangeLine[] = [];
  for (const c of diff.added) {
    lines.push({
      change: 'added',
      id: c.id,
      focus: present([c.id, c.manager.id]),
      text: (t) =>
        c.manager.id === null
          ? t('lineAddedTop', { title: c.afterTitle })
          : t('lineAdded', { title: c.afterTitle, manager: manager(t, c.manager) }),
    });
  }
  for (const c of diff.removed) {
    lines.push({
      change: 'removed',
      id: c.id,
      focus: present([c.id, c.manager.id]),
      text: (t) =>
        c.manager.id === null
          ? t('lineRemovedTop', { title: c.beforeTitle })
          : t('lineRemoved', { title: c.beforeTitle, manager: manager(t, c.manager) }),
    });
  }
  for (const c of diff.moved) {
    lines.push({
      change: 'moved',
      id: c.id,
      focus: present([c.id, c.before.id, c.after.id]),
      text: (t) =>
        t('lineMoved', {
          title: title(c.afterTitle, c.id),
          after: manager(t, c.after),
          before: manager(t, c.before),
        }),
    });
  }
  for (const c of diff.retitled) {
    lines.push({
      change: 'retitled',
      id: c.id,
      focus: [c.id],
      text: (t) =>
        t('lineRetitled', { before: title(c.before, c.id), after: title(c.after, c.id) }),
    });
  }
  for (const c of diff.reroled) {
    lines.push({
      change: 'reroled',
      id: c.id,
      focus: [c.id],
      text: (t) =>
        t('lineReroled', {
          title: title(c.afterTitle, c.id),
          before: roles(t, c.before),
          after: roles(t, c.after),
        }),
    });
  }
  for (const c of diff.holderChanged) {
    lines.push({
      change: 'holder-changed',
      id: c.id,
      focus: [c.id],
      text: (t) =>
        t('lineHolder', {
          title: title(c.afterTitle, c.id),
          before: c.before ?? t('nobody'),
          after: c.after ?? t('nobody'),
        }),
    });
  }
  for (const c of diff.vacancyChanged) {
    lines.push({
      change: 'vacancy-changed',
      id: c.id,
      focus: [c.id],
      text: (t) => t(c.after ? 'lineVacant' : 'lineFilled', { title: title(c.afterTitle, c.id) }),
    });
  }
  for (const c of diff.interimChanged) {
    lines.push({
      change: 'interim-changed',
      id: c.id,
      focus: [c.id],
      text: (t) =>
        t(c.after ? 'lineInterim' : 'lineNotInterim', { title: title(c.afterTitle, c.id) }),
    });
  }
  for (const line of [...diff.dottedLinesAdded, ...diff.dottedLinesRemoved]) {
    lines.push({
      change: line.kind,
      id: line.from,
      focus: [line.from, line.to],
      text: (t) =>
        t('lineDotted', {
          from: title(line.fromTitle, line.from),
          to: title(line.toTitle, line.to),
        }),
    });
  }
  return lines;
}

const changeWordKeys = {
  added: 'wordAdded',
  removed: 'wordRemoved',
  moved: 'wordMoved',
  retitled: 'wordRetitled',
  reroled: 'wordReroled',
  'holder-changed': 'wordHolder',
  'vacancy-changed': 'wordVacancy',
  'interim-changed': 'wordInterim',
  'dotted-line-added': 'wordDottedAdded',
  'dotted-line-removed': 'wordDottedRemoved',
} as const satisfies Record<DiffRowChange, string>;

/** A change's name ("Moved"), as the story and the slides label it. */
export function changeWord(t: T, change: DiffRowChange): string {
  return t(changeWordKeys[change]);
}

/** The finding delta in one sentence against the baseline, in the chosen language. */
export function deltaSentence(
  t: T,
  delta: { summary: { resolved: Counts; introduced: Counts } },
  baseline: string,
): string {
  const resolved = total(delta.summary.resolved);
  const introduced = total(delta.summary.introduced);
  if (resolved === 0 && introduced === 0) return t('deltaNone', { baseline });
  if (introduced === 0) return t('deltaResolves', { resolved, baseline });
  if (resolved === 0) return t('deltaIntroduces', { introduced, baseline });
  return t('deltaBoth', { resolved, introduced, baseline });
}

interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}
const total = (counts: Counts) => counts.errors + counts.warnings + counts.infos;
