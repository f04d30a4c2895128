// Save and load of a scenario through the data-access module (src/storage), on PGlite and, when
// TEST_DATABASE_URL or DATABASE_URL is set, on PostgreSQL, against two baselines measured in the
// same process on the same chart:
//   JSON      JSON.stringify (save) and JSON.parse (load) of the chart: the least any store costs
//   file      writing the JSON to a file and fsync-ing it (save); reading and parsing it (load)
// Run with `pnpm bench:storage` in apps/api. Writes the figures to bench/STORAGE-RESULTS.md.
import {
  closeSync,
  fsyncSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Chart } from '@orgwise/domain';
import { generateChart } from '@orgwise/domain/testing';
import pg from 'pg';
import type { DatabaseConfig } from '../src/env.js';
import { createLogger } from '../src/logger.js';
import { openDatabase } from '../src/storage/database.js';
import { createStore, type WorkspaceStore } from '../src/storage/store.js';
import { markdownTable, median } from './stats.js';

const sizes = [1_000, 10_000];
const rounds: Record<number, number> = { 1000: 30, 10000: 12 };
const warmUp = 3;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'orgwise-storage-bench-'));

interface Backend {
  name: string;
  config: DatabaseConfig;
  cleanup(): Promise<void>;
}

/** PostgreSQL: a throwaway database on the test server, or the configured one (cleaned up). */
async function postgresBackend(): Promise<Backend | undefined> {
  const testUrl = process.env.TEST_DATABASE_URL;
  if (testUrl) {
    const name = `orgwise_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: testUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(testUrl);
    url.pathname = `/${name}`;
    return {
      name: 'PostgreSQL',
      config: { kind: 'postgres', url: url.toString() },
      async cleanup() {
        const client = new pg.Client({ connectionString: testUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const url = process.env.DATABASE_URL;
  // The benchmark's workspace is deleted at the end, so the configured database keeps nothing.
  return url
    ? { name: 'PostgreSQL', config: { kind: 'postgres', url }, cleanup: async () => {} }
    : undefined;
}

interface Figures {
  backend: string;
  positions: number;
  bytes: number;
  save: number;
  load: number;
  jsonSave: number;
  jsonLoad: number;
  fileSave: number;
  fileLoad: number;
}

function time(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

async function timeAsync(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

function fileSave(file: string, chart: Chart): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, JSON.stringify(chart));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

async function measure(backend: Backend, store: WorkspaceStore): Promise<Figures[]> {
  const workspace = await store.createWorkspace({
    name: 'Benchmark',
    client: null,
    notes: '',
    rules: {},
  });
  const results: Figures[] = [];
  try {
    for (const positions of sizes) {
      // Two charts of the same size, saved in turn, so that every save changes the chart.
      const charts = [generateChart(positions, { seed: 1 }), generateChart(positions, { seed: 2 })];
      const created = await store.createScenario(
        workspace.id,
        { name: `${positions} positions`, description: '', derivedFrom: null },
        { kind: 'chart', chart: charts[0]! },
      );
      if (created.status !== 'done')
        throw new Error(`could not create the scenario: ${created.status}`);
      const scenario = created.value;
      let version = scenario.version;
      const file = path.join(scratch, `${positions}.json`);
      const samples = {
        save: [],
        load: [],
        jsonSave: [],
        jsonLoad: [],
        fileSave: [],
        fileLoad: [],
      } as Record<'save' | 'load' | 'jsonSave' | 'jsonLoad' | 'fileSave' | 'fileLoad', number[]>;
      for (let round = 0; round < warmUp + rounds[positions]!; round++) {
        const chart = charts[round % 2]!;
        let text = '';
        const jsonSave = time(() => {
          text = JSON.stringify(chart);
        });
        const jsonLoad = time(() => JSON.parse(text));
        const fileSaveTime = time(() => fileSave(file, chart));
        const fileLoad = time(() => JSON.parse(readFileSync(file, 'utf8')));
        const save = await timeAsync(async () => {
          const saved = await store.updateScenario(workspace.id, scenario.id, version, { chart });
          if (saved.status !== 'done') throw new Error(`save failed: ${saved.status}`);
          version = saved.value.version;
        });
        const load = await timeAsync(async () => {
          const loaded = await store.getScenario(workspace.id, scenario.id);
          if (loaded?.chart.positions.length !== positions) throw new Error('load failed');
        });
        if (round < warmUp) continue;
        samples.save.push(save);
        samples.load.push(load);
        samples.jsonSave.push(jsonSave);
        samples.jsonLoad.push(jsonLoad);
        samples.fileSave.push(fileSaveTime);
        samples.fileLoad.push(fileLoad);
      }
      const figures: Figures = {
        backend: backend.name,
        positions,
        bytes: Buffer.byteLength(JSON.stringify(charts[0])),
        save: median(samples.save),
        load: median(samples.load),
        jsonSave: median(samples.jsonSave),
        jsonLoad: median(samples.jsonLoad),
        fileSave: median(samples.fileSave),
        fileLoad: median(samples.fileLoad),
      };
      console.log(JSON.stringify(figures));
      results.push(figures);
    }
  } finally {
    await store.deleteWorkspace(workspace.id, (await store.getWorkspace(workspace.id))!.version);
  }
  return results;
}

const backends: Backend[] = [
  {
    name: 'PGlite',
    config: { kind: 'pglite', dataDir: path.join(scratch, 'pglite') },
    cleanup: async () => {},
  },
];
const postgres = await postgresBackend();
if (postgres) backends.push(postgres);

const results: Figures[] = [];
try {
  for (const backend of backends) {
    const store = createStore(await openDatabase(backend.config, createLogger('silent')));
    try {
      results.push(...(await measure(backend, store)));
    } finally {
      await store.close();
      await backend.cleanup();
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const ms = (value: number) =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
const times = (value: number) => `${value.toFixed(1)}×`;
const table = markdownTable(
  [
    'database',
    'positions',
    'JSON',
    'save ms',
    'load ms',
    'JSON stringify / parse ms',
    'file write+fsync / read+parse ms',
    'save ÷ file write',
    'load ÷ file read',
    'save ÷ stringify',
    'load ÷ parse',
  ],
  results.map((r) => [
    r.backend,
    r.positions.toLocaleString('en-US'),
    `${(r.bytes / 1024).toFixed(0)} KB`,
    ms(r.save),
    ms(r.load),
    `${ms(r.jsonSave)} / ${ms(r.jsonLoad)}`,
    `${ms(r.fileSave)} / ${ms(r.fileLoad)}`,
    times(r.save / r.fileSave),
    times(r.load / r.fileLoad),
    times(r.save / r.jsonSave),
    times(r.load / r.jsonLoad),
  ]),
);

const report = `# Storage benchmark: saving and loading a scenario

Generated by \`pnpm bench:storage\` in apps/api (bench/storage.bench.ts) on ${new Date().toISOString().slice(0, 10)}.
Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}.
Databases: ${backends.map((backend) => backend.name).join(' and ')}${postgres ? '' : ' (set TEST_DATABASE_URL or DATABASE_URL to include PostgreSQL)'}.
Load average when the run ended: ${os
  .loadavg()
  .map((load) => load.toFixed(1))
  .join(', ')}.

**save** is \`updateScenario\` with a whole chart: one transaction that checks the version with a
conditional UPDATE and writes the chart as a new revision (JSONB). **load** is \`getScenario\`: the
scenario joined with its current revision, the chart parsed back. Both go through the data-access
module as the API does, without HTTP. The baselines run in the same process on the same chart, in
the same rounds: **JSON** is JSON.stringify (save) and JSON.parse (load); **file** writes the JSON
to a file and fsyncs it (save), and reads and parses it (load). Figures are medians of
${rounds[1_000]} rounds (1,000 positions) and ${rounds[10_000]} rounds (10,000 positions) after ${warmUp} warm-up rounds; the
charts are \`generateChart(n)\` of @orgwise/domain/testing, two of each size saved in turn.

${table}

PGlite writes through to the file system on every commit but does not fsync (it is WebAssembly
over Node's fs): a saved scenario survives the process being killed (the durability test proves
it), not a power failure. PostgreSQL fsyncs its WAL on every commit.
`;
writeFileSync(fileURLToPath(new URL('./STORAGE-RESULTS.md', import.meta.url)), report);
console.log(`\n${report}`);
