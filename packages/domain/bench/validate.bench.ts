import { cpus } from 'node:os';
import { type Chart, parseChart, validate } from '../src/index.js';
import { generateChart } from '../src/testing/generate-chart.js';
import { compare, median, peakHeap, type Task } from './measure.js';

// How long parseChart + validate take on a large chart, as a multiple of JSON.parse of the same
// text, measured in the same run: absolute times depend on the machine and its load, the ratio
// much less. Run with `pnpm bench` (`--quick` skips the 1,000,000-position runs).

/** The target: parsing and validating a 100,000-position chart costs at most 3× JSON.parse. */
const targetRatio = 3;
const targetSize = 100_000;

interface Scenario {
  name: string;
  size: number;
  build(size: number): Chart;
  rounds: { warmUp: number; measured: number };
}

const scenarios: Scenario[] = [
  {
    name: 'realistic chart',
    size: 100_000,
    build: (size) => generateChart(size),
    rounds: { warmUp: 5, measured: 21 },
  },
  {
    name: 'realistic chart',
    size: 1_000_000,
    build: (size) => generateChart(size),
    rounds: { warmUp: 1, measured: 5 },
  },
  {
    name: 'one reporting chain',
    size: 1_000_000,
    build: chain,
    rounds: { warmUp: 1, measured: 3 },
  },
];

/** The deepest chart there is: each position reports to the one before, a stack-overflow test. */
function chain(size: number): Chart {
  const positions = Array.from({ length: size }, (_, i) =>
    i === 0
      ? { id: 'p0', title: 'CEO' }
      : { id: `p${i}`, title: i % 2 === 0 ? 'Manager' : 'Team Lead', reportsTo: `p${i - 1}` },
  );
  return { version: 1, positions };
}

interface Row {
  scenario: Scenario;
  jsonMs: number;
  totalMs: number;
  ratio: number;
  jsonPeakMb: number;
  totalPeakMb: number;
  textMb: number;
}

function measure(scenario: Scenario): Row {
  const text = JSON.stringify(scenario.build(scenario.size));
  const jsonParse: Task<unknown> = {
    run: () => JSON.parse(text),
    check: (value) => {
      if (typeof value !== 'object') throw new Error('JSON.parse returned no object');
    },
  };
  const parseAndValidate: Task<ReturnType<typeof validate>> = {
    run: () => {
      const parsed = parseChart(JSON.parse(text));
      if (!parsed.ok)
        throw new Error(`The generated chart does not parse: ${parsed.issues[0]?.message}`);
      return validate(parsed.chart);
    },
    check: (report) => {
      if (report.metrics.positions !== scenario.size) {
        throw new Error(
          `Validated ${report.metrics.positions} positions, expected ${scenario.size}`,
        );
      }
    },
  };
  const { baselineMs, candidateMs } = compare(jsonParse, parseAndValidate, scenario.rounds);
  const jsonMs = median(baselineMs);
  const totalMs = median(candidateMs);
  const mb = (bytes: number) => bytes / 2 ** 20;
  return {
    scenario,
    jsonMs,
    totalMs,
    ratio: totalMs / jsonMs,
    jsonPeakMb: mb(peakHeap(jsonParse)),
    totalPeakMb: mb(peakHeap(parseAndValidate)),
    textMb: text.length / 2 ** 20,
  };
}

function main(): void {
  const quick = process.argv.includes('--quick');
  console.log(
    `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${new Date().toISOString().slice(0, 10)}`,
  );
  if ((globalThis as { gc?: unknown }).gc === undefined) {
    console.log(
      '(run with --expose-gc for steadier numbers: each measurement starts on a collected heap)',
    );
  }
  const rows: Row[] = [];
  for (const scenario of scenarios) {
    if (quick && scenario.size > targetSize) continue;
    const row = measure(scenario);
    rows.push(row);
    console.log(
      `  ${scenario.name}, ${scenario.size.toLocaleString('en')} positions: ratio ${row.ratio.toFixed(2)}`,
    );
  }

  const fmt = (value: number, digits = 0) => value.toFixed(digits).padStart(8);
  console.log(
    '\n| chart | positions | JSON MB | JSON.parse ms | parse+validate ms | ratio | peak heap MB: JSON.parse | parse+validate |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    console.log(
      `| ${row.scenario.name} | ${row.scenario.size.toLocaleString('en')} | ${fmt(row.textMb)} | ${fmt(row.jsonMs)} | ${fmt(row.totalMs)} | ${fmt(row.ratio, 2)} | ${fmt(row.jsonPeakMb)} | ${fmt(row.totalPeakMb)} |`,
    );
  }

  const target = rows.find((row) => row.scenario.size === targetSize);
  if (target === undefined || target.ratio > targetRatio) {
    console.error(
      `\nFAIL: parse+validate of ${targetSize.toLocaleString('en')} positions takes ${target?.ratio.toFixed(2)}× JSON.parse; the target is ${targetRatio}×.`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `\nOK: ${target.ratio.toFixed(2)}× JSON.parse at ${targetSize.toLocaleString('en')} positions (target ≤ ${targetRatio}×).`,
    );
  }
}

main();
