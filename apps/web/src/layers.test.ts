import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// The import rule of the README ("Features are siblings"), kept by a test: a feature folder
// imports packages and the shared layers, never another feature, and the shared layers import no
// feature; only `src/app` and `main.tsx` compose features.

const src = dirname(fileURLToPath(import.meta.url));
const features = join(src, 'features');
const sharedLayers = ['store', 'session', 'flow', 'report', 'ui', 'comparison', 'i18n'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** The relative specifiers a file imports or re-exports, static or dynamic. */
function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)];
  return specifiers.map((match) => match[1] ?? '').filter((specifier) => specifier.startsWith('.'));
}

/** The feature a path lies in (`features/<name>/…`), or null outside the feature folders. */
function featureOf(path: string): string | null {
  const inFeatures = relative(features, path);
  if (inFeatures.startsWith('..')) return null;
  const parts = inFeatures.split(sep);
  return parts.length > 1 ? (parts[0] ?? null) : null;
}

function offences(files: string[], refuses: (from: string, to: string) => boolean): string[] {
  return files.flatMap((file) =>
    relativeImports(file)
      .filter((specifier) => refuses(file, resolve(dirname(file), specifier)))
      .map((specifier) => `${relative(src, file)} -> ${specifier}`),
  );
}

describe('the import rule', () => {
  test('no feature imports another feature', () => {
    const found = offences(sourceFiles(features), (from, to) => {
      const target = featureOf(to);
      return target !== null && target !== featureOf(from);
    });
    expect(found).toEqual([]);
  });

  test('no shared layer imports a feature', () => {
    const files = sharedLayers.flatMap((layer) => sourceFiles(join(src, layer)));
    expect(offences(files, (_from, to) => featureOf(to) !== null)).toEqual([]);
  });

  test('the check sees an import of another feature', () => {
    const file = join(features, 'present', 'Presentation.tsx');
    const target = resolve(dirname(file), '../compare/CompareView.js');
    expect(featureOf(target)).toBe('compare');
    expect(featureOf(file)).toBe('present');
    expect(relativeImports(file).length).toBeGreaterThan(0);
  });
});
