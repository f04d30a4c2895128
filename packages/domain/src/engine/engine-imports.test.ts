import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every rule imports the engine; the engine takes its rules as input (src/default-rules.ts wires
// the defaults), so that the two never import each other.
const engineDir = new URL('./', import.meta.url);
const sources = readdirSync(engineDir).filter(
  (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
);

describe('the engine', () => {
  it('has sources to check', () => {
    expect(sources).toContain('validate.ts');
  });

  it.each(sources)('%s does not import the rules', (file) => {
    const text = readFileSync(new URL(file, engineDir), 'utf8');
    const imports = [...text.matchAll(/from\s+'([^']+)'/g)].map((match) => match[1]);
    expect(
      imports.filter((path) => path?.includes('/rules/') || path?.includes('default-rules')),
    ).toEqual([]);
  });
});
