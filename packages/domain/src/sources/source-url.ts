import { externalSources, modelSources, type Source, seedSources } from './catalogue.js';

const urls = new Map<string, string>();
for (const catalogue of [seedSources, modelSources, externalSources]) {
  for (const source of Object.values(catalogue) as Source[]) {
    if (source.url !== undefined && !urls.has(source.title)) urls.set(source.title, source.url);
  }
}

/**
 * Where a finding's source (as `cite` prints it: its title) can be read, so that an editor can
 * link it; undefined for sources that have no address (the seed documents, Orgwise's own model).
 */
export function sourceUrl(title: string): string | undefined {
  return urls.get(title);
}
