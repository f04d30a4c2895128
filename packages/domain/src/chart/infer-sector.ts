import { normalizeTitle } from '../roles/normalize-title.js';
import type { TitleRecognition } from '../roles/recognize-title.js';
import { sectorHintWords } from '../roles/sector-hints.js';
import type { Sector } from './sectors.js';

/**
 * The sector a chart's own words give away when `company.sector` is not stated: the company's
 * name ("Aarhus Kommune", "Pensioenfonds Zorg") and the titles ("Kommunaldirektør", "Chief Nurse").
 * The most frequent hint wins, the name counting as much as all titles together; no hint, no
 * sector. Only words that hardly occur outside their sector are hints (sector-hints.ts).
 */
export function inferSector(
  companyName: string | undefined,
  titles: readonly TitleRecognition[],
): Sector | undefined {
  const counts = new Map<Sector, number>();
  let total = 0;
  for (const title of titles) {
    if (title.sectorHint === undefined) continue;
    counts.set(title.sectorHint, (counts.get(title.sectorHint) ?? 0) + 1);
    total++;
  }
  if (companyName !== undefined) {
    for (const word of normalizeTitle(companyName)) {
      const hint = sectorHintWords.get(word);
      if (hint !== undefined) {
        counts.set(hint, (counts.get(hint) ?? 0) + total + 1);
        break;
      }
    }
  }
  let best: Sector | undefined;
  let most = 0;
  for (const [sector, count] of counts) {
    if (count > most) {
      best = sector;
      most = count;
    }
  }
  return best;
}
