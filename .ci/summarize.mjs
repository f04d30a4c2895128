// Adds up the per-suite counts that Vitest ("Tests  12 passed | 1 failed (13)") and Playwright
// ("12 passed", "1 failed") print, and prints one closing line: "N passed, N failed[, N skipped]".
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const text = stripVTControlCharacters(readFileSync(process.argv[2], 'utf8'));
let passed = 0;
let failed = 0;
let skipped = 0;
for (const line of text.split('\n')) {
  const vitest = /^\S*\s*Tests\s+(.*)\(\d+\)\s*$/.exec(line.replace(/^.*?:\s(?=\s*Tests)/, ''));
  if (vitest) {
    passed += Number(/(\d+) passed/.exec(vitest[1])?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(vitest[1])?.[1] ?? 0);
    skipped += Number(/(\d+) skipped/.exec(vitest[1])?.[1] ?? 0);
    continue;
  }
  const playwright = /^\s*(\d+) (passed|failed|skipped|flaky)( \(.*\))?\s*$/.exec(
    line.replace(/^\S+:\s/, ''),
  );
  if (playwright) {
    const n = Number(playwright[1]);
    if (playwright[2] === 'passed' || playwright[2] === 'flaky') passed += n;
    else if (playwright[2] === 'failed') failed += n;
    else skipped += n;
  }
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
