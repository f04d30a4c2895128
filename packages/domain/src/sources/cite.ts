import {
  type EvidenceId,
  externalSources,
  modelSources,
  seedClaims,
  seedSources,
} from './catalogue.js';

/**
 * The citations printed in findings for a list of evidence ids, in order and without repeats: a
 * seed claim (S-R1) cites the seed documents it comes from. Throws for an id the catalogue does not
 * hold, so that a rule citing a mistyped source fails its tests instead of printing nothing.
 */
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
    } else if (Object.hasOwn(externalSources, id)) {
      titles.add(externalSources[id as keyof typeof externalSources].title);
    } else {
      throw new Error(`Unknown evidence id ${JSON.stringify(id)}`);
    }
  }
  return [...titles];
}
