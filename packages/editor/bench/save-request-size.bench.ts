import { applyPatch, type Chart, type PatchOp } from '@orgwise/domain';
import { generateChart } from '@orgwise/domain/testing';
import { patchBetween } from '../src/document/patch-between.js';

// The size of the request body that saves one edit of a 1,000-position option: the whole chart,
// as the editor sent it before (`{ chart }`), against the patch it sends now (`{ patch }`), for
// the edits people make most. Bytes of UTF-8 JSON, as the browser sends them. The figures go in
// BENCHMARKS.md, "Saving an edit". Run: pnpm --filter @orgwise/editor bench

const chart = generateChart(1000);
const [first, second, third] = [chart.positions[10]!, chart.positions[500]!, chart.positions[900]!];

const edits: [string, PatchOp[]][] = [
  [
    'retitle a position',
    [
      {
        op: 'updatePosition',
        positionId: second.id,
        changes: { title: `${second.title} (acting)` },
      },
    ],
  ],
  [
    'move a position with its team',
    [{ op: 'setReportsTo', positionId: third.id, reportsTo: first.id }],
  ],
  ['remove a position (its reports move up)', [{ op: 'removePosition', positionId: first.id }]],
  [
    'add a position from the palette',
    [{ op: 'addPosition', position: { id: 'new-cto', title: 'CTO', reportsTo: first.id } }],
  ],
];

const bytes = (body: unknown) => Buffer.byteLength(JSON.stringify(body), 'utf8');

console.log(
  `| edit of a ${chart.positions.length}-position option | whole chart (bytes) | patch (bytes) | ratio |`,
);
console.log('| --- | ---: | ---: | ---: |');
for (const [name, ops] of edits) {
  const after: Chart = applyPatch(chart, ops);
  const patch = patchBetween(chart, after);
  if (patch === undefined) throw new Error(`${name}: no patch says it`);
  const whole = bytes({ chart: after });
  const sent = bytes({ patch });
  console.log(
    `| ${name} | ${whole.toLocaleString('en')} | ${sent.toLocaleString('en')} | ${(whole / sent).toFixed(0)}× |`,
  );
}
