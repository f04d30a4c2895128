// Prints the figures QUALITY.md records: title accuracy per language, and precision and recall per
// rule on the chart corpus. Run: pnpm --filter @orgwise/domain quality
import { rules } from '../src/rules/index.js';
import { checkFixes } from './check-fixes.js';
import { knownMisses } from './known-misses.js';
import { loadCharts, loadTitles, titleLanguages } from './load-corpus.js';
import { scoreCharts } from './score-charts.js';
import { scoreTitles } from './score-titles.js';

const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;

const titles = loadTitles();
console.log('## Titles\n');
console.log(
  '| language | titles | right | accuracy | roles right | scope right | interim right | level right | debatable (agree) |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const misses: string[] = [];
for (const language of titleLanguages) {
  const s = scoreTitles(titles[language]);
  console.log(
    `| ${language} | ${s.counted} | ${s.correct} | ${percent(s.correct, s.counted)} | ${percent(s.rolesCorrect, s.counted)} | ${percent(s.scopeCorrect, s.counted)} | ${percent(s.interimCorrect, s.counted)} | ${percent(s.level.correct, s.level.checked)} | ${s.debatable.counted} (${s.debatable.agreeing}) |`,
  );
  for (const miss of s.misses) {
    misses.push(`- ${language}: “${miss.title}”: expected ${miss.expected}, read ${miss.got}`);
  }
}
console.log('\nMisread:\n');
console.log(misses.join('\n'));

const charts = loadCharts();
const score = scoreCharts(charts);
console.log('\n## Charts\n');
console.log(
  `${charts.length} charts, ${score.expected} expected findings, ${score.found} found (${percent(score.found, score.expected)}), ${score.falseWarnings} false warnings or errors.\n`,
);
console.log('| rule | found | missed | false | precision | recall |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const rule of rules) {
  const r = score.rules.get(rule.id) ?? { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  console.log(
    `| ${rule.id} | ${r.truePositives} | ${r.falseNegatives} | ${r.falsePositives} | ${percent(r.truePositives, r.truePositives + r.falsePositives)} | ${percent(r.truePositives, r.truePositives + r.falseNegatives)} |`,
  );
}
const fixes = checkFixes(charts);
console.log(
  `\nSuggestions: ${fixes.suggestions}, of which ${fixes.suggestions - fixes.worse.length} leave a chart the rules judge better.`,
);
console.log(
  `\nKnown misses: ${knownMisses.map((k) => `${k.file} ${k.ruleId} ${k.id}`).join('; ')}`,
);
