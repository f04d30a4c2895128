import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusChart } from './score-charts.js';
import type { TitleEntry } from './score-titles.js';

const corpus = join(import.meta.dirname, '..', 'corpus');

export const titleLanguages = ['en', 'da', 'nl'] as const;
export type CorpusLanguage = (typeof titleLanguages)[number];

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The title corpus of each language: corpus/titles/<language>.json and <language>-*.json. */
export function loadTitles(): Record<CorpusLanguage, TitleEntry[]> {
  const folder = join(corpus, 'titles');
  const files = readdirSync(folder).sort();
  const read = (language: CorpusLanguage) =>
    files
      .filter((file) => file === `${language}.json` || file.startsWith(`${language}-`))
      .flatMap((file) => readJson<TitleEntry[]>(join(folder, file)));
  return { en: read('en'), da: read('da'), nl: read('nl') };
}

/** One title file, for the held-out figures (corpus/titles/<name>.json). */
export function loadTitleFile(name: string): TitleEntry[] {
  return readJson<TitleEntry[]>(join(corpus, 'titles', `${name}.json`));
}

/** Every chart of the chart corpus (corpus/charts/*.json), in file-name order. */
export function loadCharts(): Array<CorpusChart & { file: string }> {
  const folder = join(corpus, 'charts');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      ...readJson<CorpusChart>(join(folder, file)),
    }));
}
