import {
  type EvidenceId,
  externalSources,
  modelSources,
  seedClaims,
  seedSources,
} from './catalogue.js';

/** The citations printed in findings for a list of evidence ids, without repeats. */
export function cite(evidence: readonly EvidenceId[]): string[] {
  const titles = new Set<string>();
  for (const id of evidence) {
    if (Object.hasOwn(seedClaims, id)) {
      for (const seed of seedClaims[id as keyof typeof seedClaims].seeds)
        titles.add(seedSources[seed].title);
    } else if (Object.hasOwn(seedSources, id)) {
      titles.add(seedSources[id as keyof typeof seedSources].title);
    } else if (Object.hasOwn(modelSources, id)) {
      titles.add(modelSources[id as keyof typeof modelSources].title);
    } else {
      titles.add(externalSources[id as keyof typeof externalSources].title);
    }
  }
  return [...titles];
}
