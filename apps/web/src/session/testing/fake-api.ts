import type { RevisionSummary, Scenario, ScenarioSummary, Workspace } from '@orgwise/contract';
import type { ClientError } from '@orgwise/contract/client';
import { applyPatch, type Chart, type PatchOp } from '@orgwise/domain';
import type { SessionApi } from '../api-client.js';

// An in-memory stand-in for the saved-work API, for the session's tests: versions, If-Match
// conflicts with the current resource, 404s, an API key, and a switch that makes it unreachable.
// It follows apps/api's README for the behaviour the editor relies on.

/** A call's input with its ids as the session sends them: strings. */
type Ids<T> = {
  [P in keyof T]: P extends 'workspaceId' | 'scenarioId'
    ? string
    : P extends 'version'
      ? number
      : T[P];
};

let counter = 0;
const newId = () => `id${String(++counter).padStart(20, '0')}`;
const stamp = () => new Date(0).toISOString();

interface StoredScenario {
  scenario: Scenario;
  revisions: { summary: RevisionSummary; chart: Chart }[];
}

export class FakeApi {
  workspaces = new Map<string, Workspace>();
  scenarios = new Map<string, StoredScenario>();
  /** Deleted scenarios, with their place in the order when deleted. */
  deleted = new Map<string, StoredScenario & { index: number }>();
  order = new Map<string, string[]>();
  offline = false;
  requiredKey: string | null = null;
  /** Every call, as "method name", for asserting what was sent. */
  calls: { name: string; input: unknown }[] = [];
  readonly client: SessionApi;

  /** `apiKey`: the key store the client would read its Bearer token from. */
  constructor(private readonly apiKey?: { get(): string | null }) {
    const wrap = <K extends keyof SessionApi>(
      name: K,
      run: (input: Ids<Parameters<SessionApi[K]>[0]>) => Awaited<ReturnType<SessionApi[K]>>,
    ) =>
      (async (input: Parameters<SessionApi[K]>[0]) => {
        this.calls.push({ name, input: structuredClone(input) });
        if (this.offline) {
          return fail({ kind: 'network', message: 'The Orgwise server cannot be reached.' });
        }
        if (this.requiredKey !== null && this.apiKey?.get() !== this.requiredKey) {
          return fail(problemError('unauthorized', 401, 'Send the API key.'));
        }
        return structuredClone(run(input as Ids<typeof input>));
      }) as SessionApi[K];

    this.client = {
      createWorkspace: wrap('createWorkspace', ({ body }) => {
        const workspace: Workspace = {
          id: newId(),
          name: body.name,
          client: body.client ?? null,
          notes: body.notes ?? '',
          sharedNotes: body.sharedNotes ?? '',
          rules: body.rules ?? {},
          language: body.language ?? null,
          version: 1,
          createdAt: stamp(),
          updatedAt: stamp(),
        };
        this.workspaces.set(workspace.id, workspace);
        this.order.set(workspace.id, []);
        return ok(workspace, 1);
      }),
      getWorkspace: wrap('getWorkspace', ({ workspaceId: id }) => {
        const workspace = this.workspaces.get(id);
        return workspace ? ok(workspace, workspace.version) : notFound('workspace');
      }),
      updateWorkspace: wrap('updateWorkspace', ({ workspaceId: id, ifMatch: version, body }) => {
        const workspace = this.workspaces.get(id);
        if (!workspace) return notFound('workspace');
        if (workspace.version !== version) return conflict(workspace);
        Object.assign(workspace, body, { version: version + 1 });
        return ok(workspace, workspace.version);
      }),
      listScenarios: wrap('listScenarios', ({ workspaceId: id }) => {
        if (!this.workspaces.has(id)) return notFound('workspace');
        return ok({ scenarios: this.summaries(id) }, null);
      }),
      reorderScenarios: wrap('reorderScenarios', ({ workspaceId: id, ifMatch: version, body }) => {
        const ids = body.scenarioIds;
        const workspace = this.workspaces.get(id);
        if (!workspace) return notFound('workspace');
        if (workspace.version !== version) return conflict(workspace);
        const current = this.order.get(id) ?? [];
        if (ids.length !== current.length || !ids.every((s) => current.includes(s))) {
          return badRequest(400, 'List every scenario once.');
        }
        this.order.set(id, [...ids]);
        workspace.version += 1;
        return ok({ scenarios: this.summaries(id) }, workspace.version);
      }),
      createScenario: wrap('createScenario', ({ workspaceId, body = {} }) => {
        if (!this.workspaces.has(workspaceId)) return notFound('workspace');
        let chart: Chart = { version: 1, positions: [] };
        let derivedFrom: string | null = null;
        let name = body.name ?? 'Untitled scenario';
        if (body.duplicateOf !== undefined) {
          const source = this.scenarios.get(body.duplicateOf);
          if (!source) return notFound('scenario');
          chart =
            body.version === undefined
              ? source.scenario.chart
              : (source.revisions.find((r) => r.summary.version === body.version)?.chart ?? chart);
          derivedFrom = body.duplicateOf;
          name = body.name ?? `Copy of ${source.scenario.name}`;
        } else {
          chart = body.chart ?? chart;
          derivedFrom = body.derivedFrom ?? null;
        }
        const scenario: Scenario = {
          id: newId(),
          workspaceId,
          name,
          description: body.description ?? '',
          derivedFrom,
          chart,
          version: 1,
          createdAt: stamp(),
          updatedAt: stamp(),
        };
        this.scenarios.set(scenario.id, { scenario, revisions: [] });
        this.revise(scenario.id, 'created', null);
        this.order.get(workspaceId)!.push(scenario.id);
        return ok(scenario, 1);
      }),
      getScenario: wrap('getScenario', ({ workspaceId, scenarioId: id }) => {
        const stored = this.scenarios.get(id);
        if (!stored || stored.scenario.workspaceId !== workspaceId) return notFound('scenario');
        return ok(stored.scenario, stored.scenario.version);
      }),
      updateScenario: wrap(
        'updateScenario',
        ({ workspaceId, scenarioId: id, ifMatch: version, body }) => {
          const stored = this.scenarios.get(id);
          if (!stored || stored.scenario.workspaceId !== workspaceId) return notFound('scenario');
          if (stored.scenario.version !== version) return conflict(stored.scenario);
          this.saveScenario(id, body);
          return ok(stored.scenario, stored.scenario.version);
        },
      ),
      deleteScenario: wrap(
        'deleteScenario',
        ({ workspaceId, scenarioId: id, ifMatch: version }) => {
          const stored = this.scenarios.get(id);
          if (!stored || stored.scenario.workspaceId !== workspaceId) return notFound('scenario');
          if (stored.scenario.version !== version) return conflict(stored.scenario);
          const order = this.order.get(workspaceId)!;
          this.deleted.set(id, { ...stored, index: order.indexOf(id) });
          this.scenarios.delete(id);
          this.order.set(
            workspaceId,
            order.filter((s) => s !== id),
          );
          return ok(undefined, null);
        },
      ),
      listDeletedScenarios: wrap('listDeletedScenarios', ({ workspaceId }) => {
        if (!this.workspaces.has(workspaceId)) return notFound('workspace');
        const scenarios = [...this.deleted.values()]
          .filter((stored) => stored.scenario.workspaceId === workspaceId)
          .reverse()
          .map(({ scenario: { chart, derivedFrom, ...members } }) => ({
            ...members,
            positionCount: chart.positions.length,
            deletedAt: stamp(),
            erasedAt: stamp(),
          }));
        return ok({ scenarios }, null);
      }),
      restoreDeletedScenario: wrap(
        'restoreDeletedScenario',
        ({ workspaceId, scenarioId: id, ifMatch: version }) => {
          if (this.scenarios.has(id)) {
            return badRequest(409, 'The scenario is not deleted.');
          }
          const stored = this.deleted.get(id);
          if (!stored || stored.scenario.workspaceId !== workspaceId) return notFound('scenario');
          if (stored.scenario.version !== version) return conflict(stored.scenario);
          const { index, ...kept } = stored;
          this.deleted.delete(id);
          this.scenarios.set(id, kept);
          this.order.get(workspaceId)!.splice(index, 0, id);
          return ok(kept.scenario, kept.scenario.version);
        },
      ),
      listRevisions: wrap('listRevisions', ({ scenarioId: id }) => {
        const stored = this.scenarios.get(id);
        if (!stored) return notFound('scenario');
        return ok(
          { revisions: stored.revisions.map((r) => r.summary).reverse(), nextBefore: null },
          null,
        );
      }),
      restoreRevision: wrap(
        'restoreRevision',
        ({ scenarioId: id, version, ifMatch: scenarioVersion }) => {
          const stored = this.scenarios.get(id);
          const revision = stored?.revisions.find((r) => r.summary.version === version);
          if (!stored || !revision) return notFound('revision');
          if (stored.scenario.version !== scenarioVersion) return conflict(stored.scenario);
          stored.scenario.chart = revision.chart;
          stored.scenario.version += 1;
          this.revise(id, 'restored', version);
          return ok(stored.scenario, stored.scenario.version);
        },
      ),
    };
  }

  /** What someone else's save does: a new version of the scenario. */
  saveScenario(
    id: string,
    {
      patch,
      ...body
    }: Partial<Pick<Scenario, 'name' | 'description' | 'chart'>> & { patch?: PatchOp[] },
  ) {
    const stored = this.scenarios.get(id)!;
    Object.assign(stored.scenario, body);
    // As the API does: the patch applies to the chart of the version named by If-Match.
    if (patch !== undefined) stored.scenario.chart = applyPatch(stored.scenario.chart, patch);
    stored.scenario.version += 1;
    this.revise(id, 'updated', null);
  }

  summaries(workspaceId: string): ScenarioSummary[] {
    return (this.order.get(workspaceId) ?? []).map((id, position) => {
      const { chart, ...members } = this.scenarios.get(id)!.scenario;
      return { ...members, position, positionCount: chart.positions.length };
    });
  }

  /** The calls of one kind, in order. */
  called<K extends keyof SessionApi>(name: K) {
    return this.calls.filter((call) => call.name === name) as {
      name: K;
      input: Parameters<SessionApi[K]>[0];
    }[];
  }

  private revise(id: string, kind: RevisionSummary['kind'], restoredFrom: number | null) {
    const stored = this.scenarios.get(id)!;
    const { scenario } = stored;
    stored.revisions.push({
      summary: {
        version: scenario.version,
        name: scenario.name,
        description: scenario.description,
        positionCount: scenario.chart.positions.length,
        kind,
        restoredFrom,
        createdAt: stamp(),
      },
      chart: structuredClone(scenario.chart),
    });
  }
}

function ok<T>(value: T, version: number | null) {
  return { ok: true as const, value, version };
}

function fail(error: ClientError<never>) {
  return { ok: false as const, error };
}

function problemError(kind: 'unauthorized' | 'not-found', status: 401 | 404, message: string) {
  const problem = { type: 'about:blank', title: message, status, detail: message };
  return { kind, status, message, problem } as ClientError<never>;
}

function notFound(what: string) {
  return fail(problemError('not-found', 404, `There is no ${what} with this id.`));
}

function badRequest(status: number, message: string) {
  const problem = { type: 'about:blank', title: message, status, detail: message };
  return fail({ kind: 'problem', status, message, errors: [], problem });
}

/** A 412 carrying the resource as held now; its type is the one the call's record names. */
function conflict(current: { version: number; name: string }) {
  const message = `“${current.name}” has changed since you read it.`;
  const problem = { type: '/api/problems/version-mismatch', title: message, status: 412 };
  return fail({
    kind: 'conflict',
    status: 412,
    message,
    currentVersion: current.version,
    current: structuredClone(current) as never,
    problem,
  });
}
