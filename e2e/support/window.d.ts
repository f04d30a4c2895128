import type { Chart, PatchOp } from '@orgwise/domain';

// The automation handle the editor puts on `window` (apps/web/src/app/automation.ts), as the tests
// see it: only what they call.
declare global {
  interface Window {
    orgwise?: {
      editor: {
        getState(): {
          chart: Chart;
          replaceChart(chart: Chart): void;
          applyPatch(ops: PatchOp[]): void;
          undo(): void;
          select(id: string | null): void;
          movePosition(positionId: string, managerId: string | null): boolean;
          selectedId: string | null;
          ruleSettings: Record<string, unknown>;
          foundChain: Record<string, true> | null;
        };
      };
    };
  }
}
