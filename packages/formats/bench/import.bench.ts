// Importing 5,000 people from each format against the floor of any import: JSON.parse of the same
// document plus validate of the chart it holds. Both are timed in this process, alternately, and
// the ratio of the medians is reported (the target: under 2×).
//
//   pnpm --filter @orgwise/formats bench

import { performance } from 'node:perf_hooks';
import { validate } from '@orgwise/domain';
import { generateChart } from '@orgwise/domain/testing';
import { importDocument } from '../src/import/import-document.js';
import { importSource } from '../src/import/import-source.js';
import { formatById, type ImportFormat, importFormatNamed } from '../src/registry.js';
import {
  danishCsvDocument,
  googleDirectoryDocument,
  msgraphDocument,
  scimDocument,
} from '../src/testing/directory-documents.js';

const PEOPLE = 5000;
const RUNS = 15;

const chart = generateChart(PEOPLE);
const chartJson = JSON.stringify(chart);
const encode = (text: string) => new TextEncoder().encode(text);
const workbook = (await formatById('chart-xlsx')?.produce?.({ chart } as never))
  ?.content as Uint8Array;

/** Each format's document, and the JSON the baseline parses: the document itself, or the chart. */
const cases: [string, Uint8Array, string][] = [
  ['scim', encode(JSON.stringify(scimDocument(chart))), ''],
  ['msgraph', encode(JSON.stringify(msgraphDocument(chart))), ''],
  ['google-directory', encode(JSON.stringify(googleDirectoryDocument(chart))), ''],
  ['csv', encode(danishCsvDocument(chart)), chartJson],
  ['xlsx', workbook, chartJson],
];

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function time(run: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

console.log(`| format | bytes | import + validate (ms) | JSON.parse + validate (ms) | ratio |`);
console.log(`| --- | ---: | ---: | ---: | ---: |`);
for (const [name, bytes, baselineJson] of cases) {
  const format = importFormatNamed(name) as ImportFormat;
  const json = baselineJson === '' ? new TextDecoder().decode(bytes) : baselineJson;
  // Fresh charts for the baseline's validate, parsed before the clock starts: the validation of
  // a chart object it has seen before could be cheaper than of a new one.
  const fresh = Array.from({ length: RUNS + 2 }, () => JSON.parse(chartJson));
  const imports: number[] = [];
  const baselines: number[] = [];
  for (let run = 0; run < RUNS + 2; run++) {
    const imported = await time(async () => {
      const result = await importDocument(format, importSource(bytes));
      if (!result.ok) throw new Error(result.errors[0]);
      validate(result.chart);
    });
    const baseline = await time(() => {
      const parsed = JSON.parse(json);
      // A directory's document is not a chart; the baseline validates the chart it holds.
      validate(baselineJson === '' ? fresh[run] : parsed);
    });
    // The first two runs warm the JIT and load the workbook library.
    if (run < 2) continue;
    imports.push(imported);
    baselines.push(baseline);
  }
  const [a, b] = [median(imports), median(baselines)];
  console.log(
    `| ${name} | ${bytes.byteLength.toLocaleString('en-US')} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(a / b).toFixed(2)}× |`,
  );
}
