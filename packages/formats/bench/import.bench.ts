// Importing 5,000 people from each format against the floor of any import: JSON.parse of the same
// document plus validate of the chart it holds. Both are timed in this process, alternately, in
// wall time and in CPU time (the process's, helper threads included: on a machine shared with
// other work a run that waits for a core counts in wall time only). The ratio of the medians is
// reported, and the spread of the paired runs' ratios (the issue's target: under 2×).
//
//   pnpm --filter @orgwise/formats bench            every format
//   pnpm --filter @orgwise/formats bench csv xlsx   only the formats named

import { performance } from 'node:perf_hooks';
import { type Chart, validate } from '@orgwise/domain';
import { generateChart } from '@orgwise/domain/testing';
import { strFromU8, unzipSync } from 'fflate';
import { importDocument } from '../src/import/import-document.js';
import { importSource } from '../src/import/import-source.js';
import { type ImportFormat, importFormatNamed } from '../src/registry.js';
import { documentOf, roundTripFormats } from '../src/testing/directory-documents.js';
import { walkXml } from '../src/xlsx/walk-xml.js';

const PEOPLE = 5000;
const WARM_UP = 3;
const RUNS = 25;

const chart = generateChart(PEOPLE);
const chartJson = JSON.stringify(chart);

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const quantile = (values: readonly number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * q)] as number;

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

interface Timing {
  wall: number;
  cpu: number;
}

async function time(run: () => Promise<unknown> | unknown): Promise<Timing> {
  const [wall, cpu] = [performance.now(), cpuMs()];
  await run();
  return { wall: performance.now() - wall, cpu: cpuMs() - cpu };
}

/**
 * The least any workbook reader does: unzip the sheet and its shared strings and walk their XML,
 * reading each cell's reference and text; then the chart is validated, as after an import.
 */
function workbookFloor(bytes: Uint8Array, chart: Chart): void {
  const files = unzipSync(bytes, {
    filter: (file) =>
      file.name === 'xl/worksheets/sheet1.xml' || file.name === 'xl/sharedStrings.xml',
  });
  let cells = 0;
  for (const part of Object.values(files)) {
    walkXml(strFromU8(part), {
      open(name, attribute) {
        if (name === 'c' && attribute('r') !== undefined) cells++;
      },
      text() {},
    });
  }
  if (cells === 0) throw new Error('no cells');
  validate(chart);
}

/**
 * Each row: its import and the baseline, timed alternately, the first runs warming the JIT. The
 * baseline validates a fresh copy of the chart each time (validating a chart object it has seen
 * before could be cheaper than a new one), all parsed before the first clock starts.
 */
async function paired(
  run: () => Promise<unknown> | unknown,
  baseline: (fresh: Chart) => unknown,
): Promise<{ runs: Timing[]; baselines: Timing[] }> {
  const fresh = Array.from({ length: WARM_UP + RUNS }, () => JSON.parse(chartJson) as Chart);
  const runs: Timing[] = [];
  const baselines: Timing[] = [];
  for (let index = 0; index < WARM_UP + RUNS; index++) {
    const measured = await time(run);
    const base = await time(() => baseline(fresh[index] as Chart));
    if (index < WARM_UP) continue;
    runs.push(measured);
    baselines.push(base);
  }
  return { runs, baselines };
}

function row(name: string, bytes: number, { runs, baselines }: Awaited<ReturnType<typeof paired>>) {
  const cells = (['wall', 'cpu'] as const).flatMap((clock) => {
    const a = median(runs.map((timing) => timing[clock]));
    const b = median(baselines.map((timing) => timing[clock]));
    const ratios = runs.map((timing, i) => timing[clock] / (baselines[i] as Timing)[clock]);
    return [
      `${a.toFixed(1)} / ${b.toFixed(1)}`,
      `${(a / b).toFixed(2)}× (${quantile(ratios, 0.25).toFixed(1)}–${quantile(ratios, 0.75).toFixed(1)})`,
    ];
  });
  console.log(`| ${name} | ${bytes.toLocaleString('en-US')} | ${cells.join(' | ')} |`);
}

console.log(
  '| format | bytes | wall: import / baseline (ms) | wall ratio (p25–p75) | CPU: import / baseline (ms) | CPU ratio (p25–p75) |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
const only = process.argv.slice(2);
for (const name of roundTripFormats) {
  if (only.length > 0 && !only.includes(name)) continue;
  const format = importFormatNamed(name) as ImportFormat;
  const bytes = await documentOf(name, chart);
  // CSV and workbooks are not JSON: their baseline parses the chart's JSON instead.
  const json = name === 'csv' || name === 'xlsx' ? chartJson : new TextDecoder().decode(bytes);
  const timings = await paired(
    async () => {
      const result = await importDocument(format, importSource(bytes));
      if (!result.ok) throw new Error(result.errors[0]);
      validate(result.chart);
    },
    (fresh) => {
      JSON.parse(json);
      // A directory's document is not a chart; the baseline validates the chart it holds.
      validate(fresh);
    },
  );
  row(name, bytes.byteLength, timings);
}
if (only.length === 0 || only.includes('xlsx')) {
  const workbook = await documentOf('xlsx', chart);
  // The floor validates fresh copies too, parsed before its first clock starts.
  const floorCharts = Array.from({ length: WARM_UP + RUNS }, () => JSON.parse(chartJson) as Chart);
  row(
    'xlsx floor: unzip + XML walk',
    workbook.byteLength,
    await paired(
      () => workbookFloor(workbook, floorCharts.pop() as Chart),
      (fresh) => {
        JSON.parse(chartJson);
        validate(fresh);
      },
    ),
  );
}
