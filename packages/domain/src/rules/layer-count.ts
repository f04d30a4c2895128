import { z } from 'zod';
import { managementLayers } from '../chart/management-layers.js';
import { defineRule } from '../engine/define-rule.js';

const layerLimit = z.strictObject({
  /** The bracket applies to companies with fewer staff than this. */
  below: z.number().int().positive(),
  maxLayers: z.number().int().positive(),
});

// Brackets of domain-knowledge.md SP03: at most 3 layers under 50 staff, 4 under 200, 5 under 500.
const defaultLimits = [
  { below: 50, maxLayers: 3 },
  { below: 200, maxLayers: 4 },
  { below: 500, maxLayers: 5 },
];

const options = z.strictObject({
  limits: z
    .array(layerLimit)
    .superRefine((limits, ctx) => {
      for (let k = 1; k < limits.length; k++) {
        const previous = limits[k - 1]!;
        const limit = limits[k]!;
        if (limit.below <= previous.below) {
          ctx.addIssue({
            code: 'custom',
            path: [k, 'below'],
            message: `Limits must be sorted by "below", each larger than the one before (${limit.below} follows ${previous.below})`,
          });
        } else if (limit.maxLayers < previous.maxLayers) {
          ctx.addIssue({
            code: 'custom',
            path: [k, 'maxLayers'],
            message: `A larger company cannot have a stricter limit (${limit.maxLayers} layers below ${limit.below} staff, but ${previous.maxLayers} below ${previous.below})`,
          });
        }
      }
    })
    .default(defaultLimits),
  /** The limit for any company, and a cap on every bracket; the only one without a headcount. */
  maxLayers: z.number().int().positive().default(9),
});

type Options = z.output<typeof options>;

export default defineRule({
  id: 'layer-count',
  description: 'The chart is deeper than usual for the headcount',
  defaultSeverity: 'info',
  category: 'shape',
  rationale:
    'Every layer between the CEO and the work adds a hand-over, slows decisions and costs a manager. Companies gain layers as they grow: about 3-4 layers is usual for 50-200 staff and 4-5 for 200-500, the US average is about 6 and large public companies have a median of about 9. Layers are counted from the CEO (layer 1) down the deepest chain; a board above the CEO is governance, not a layer.',
  sources: ['EXT:33', 'EXT:31', 'EXT:32'],
  options,
  messages: {
    tooDeep:
      '{layers, number} management layers is deep for a company of {sized, select, yes {{headcount, number} staff} other {any size}} (usual: at most {limit, number}). The longest chain runs from {top} down to {deepest}; every layer adds a hand-over between a decision and the work. Managers with a single report are the first candidates to take out.',
  },
  // Which layer to take out depends on the work; narrow-span suggests the obvious candidates.
  suggests: false,
  check({ analysis, company, options, report }) {
    const headcount = company?.headcount;
    const limit = usualLimit(options, headcount);
    // Boards only take layers away, so a chart within the limit counting them needs no more work.
    if (analysis.layers <= limit) return;
    const depth = managementLayers(analysis);
    let deepest = 0;
    for (let i = 1; i < analysis.size; i++) if (depth[i]! > depth[deepest]!) deepest = i;
    const layers = depth[deepest]!;
    if (layers <= limit) return;

    // The chain of management layers from the deepest position up, so that its length is the count.
    const chain: number[] = [];
    for (let i = deepest; i >= 0; i = analysis.managerOf(i)) {
      if (!analysis.hasRole(i, 'board')) chain.push(i);
    }
    report({
      positions: chain,
      messageId: 'tooDeep',
      data: {
        layers,
        ...(headcount === undefined ? { sized: 'no' } : { sized: 'yes', headcount }),
        limit,
        top: analysis.label(chain[chain.length - 1]!),
        deepest: analysis.label(deepest),
      },
    });
  },
});

function usualLimit({ limits, maxLayers }: Options, headcount: number | undefined): number {
  if (headcount === undefined) return maxLayers;
  const bracket = limits.find((limit) => headcount < limit.below);
  return Math.min(bracket?.maxLayers ?? maxLayers, maxLayers);
}
