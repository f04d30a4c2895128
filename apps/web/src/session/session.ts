import type { Scenario, ScenarioSummary, Workspace } from '@orgwise/contract';
import type { ClientError } from '@orgwise/contract/client';
import type { Chart, Locale } from '@orgwise/domain';
import {
  mergeChanges,
  parseRoute,
  type QueueSnapshot,
  type QueueStatus,
  type Route,
  rememberWorkspace,
  SavedCharts,
  type SaveOutcome,
  SaveQueue,
  type ScenarioChanges,
  sameJson,
  type WorkspaceChanges,
  workspaceUrl,
} from '@orgwise/editor';
import { translate } from '../i18n/translate.js';
import type { EditorState } from '../store/editor-store.js';
import { messages } from './messages.js';
import { alreadySaved, outcomeOfError } from './save-outcome.js';
import type { SessionContext, SessionDeps } from './session-context.js';
import type { ConflictView, LoadFailure, NoticeAction, SaveTarget } from './session-store.js';

// The link between the editor and the server: opens the workspace named in the address, creates
// one on the first change made on the start screen, and saves every change of the chart, the rule
// settings and the names through save queues. The commands on options, conflicts and revisions
// live in their own modules and use this class through SessionContext.

// A new workspace and its first option are named in the language chosen when they are made.
const untitled = () => translate(messages)('untitled');
const firstOption = () => translate(messages)('firstOption');

/** The workspace is named after the company when the chart names one. */
export function workspaceNameFor(chart: Chart): string {
  const company = chart.company?.name;
  const name = typeof company === 'string' ? company.trim().slice(0, 200).trim() : '';
  return name === '' ? untitled() : name;
}

export function toSummary(scenario: Scenario, position: number): ScenarioSummary {
  const { chart, ...members } = scenario;
  return { ...members, position, positionCount: chart.positions.length };
}

function renumber(scenarios: ScenarioSummary[]): ScenarioSummary[] {
  return scenarios.map((s, position) => (s.position === position ? s : { ...s, position }));
}

function failureOf(error: ClientError): LoadFailure {
  switch (error.kind) {
    case 'not-found':
      return { kind: 'not-found', message: error.message };
    case 'network':
      return { kind: 'network', message: translate(messages)('unreachable') };
    case 'unauthorized':
      return {
        kind: 'unauthorized',
        message: translate(messages)('needsKey'),
      };
    default:
      return { kind: 'problem', message: error.message };
  }
}

function sameConflict(a: ConflictView | null, b: ConflictView | null): boolean {
  return a === b || (a !== null && b !== null && sameJson(a, b));
}

export class Session implements SessionContext {
  readonly api: SessionDeps['api'];
  readonly editor: SessionDeps['editor'];
  readonly store: SessionDeps['store'];
  readonly navigate: SessionDeps['navigate'];
  readonly recentStorage: SessionDeps['recentStorage'];
  readonly apiKey: SessionDeps['apiKey'];
  readonly download: SessionDeps['download'];

  #scenarioQueues = new Map<string, SaveQueue<ScenarioChanges>>();
  #saved = new SavedCharts();
  #workspaceQueue: SaveQueue<WorkspaceChanges> | null = null;
  #creation: SaveQueue<true> | null = null;
  #route: Route | null = null;
  #remote = 0;
  #busy = false;
  #noticeSeq = 0;
  #unsubscribe: () => void;

  constructor(deps: SessionDeps) {
    this.api = deps.api;
    this.editor = deps.editor;
    this.store = deps.store;
    this.navigate = deps.navigate;
    this.recentStorage = deps.recentStorage;
    this.apiKey = deps.apiKey;
    this.download = deps.download;
    this.#unsubscribe = this.editor.subscribe(this.#onEditorChange);
  }

  /** Opens what the address names; only the first call counts (React may mount twice). */
  start(pathname: string): void {
    if (this.#route !== null) return;
    this.#route = parseRoute(pathname);
    this.#openRoute();
  }

  /** Tries to open the workspace again after a failure (the "Try again" button). */
  retryLoad(): void {
    if (this.store.getState().phase === 'failed') this.#openRoute();
  }

  hasUnsaved(): boolean {
    if (this.#creation?.hasUnsaved()) return true;
    if (this.#workspaceQueue?.hasUnsaved()) return true;
    for (const queue of this.#scenarioQueues.values()) if (queue.hasUnsaved()) return true;
    return false;
  }

  /** Sends every waiting save now (back online, or the user asked). */
  retryNow(): void {
    this.#creation?.retryNow();
    this.#workspaceQueue?.retryNow();
    for (const queue of this.#scenarioQueues.values()) queue.retryNow();
  }

  submitApiKey(key: string): void {
    this.apiKey.set(key.trim());
    this.store.setState({ needsApiKey: false });
    const { phase, failure } = this.store.getState();
    if (phase === 'failed' && failure?.kind === 'unauthorized') this.#openRoute();
    this.retryNow();
  }

  askForApiKey(): void {
    this.store.setState({ needsApiKey: true });
  }

  /** A 401: the server wants a key, or refused the one given. */
  #unauthorized(): void {
    this.store.setState({ needsApiKey: true, apiKeyRejected: Boolean(this.apiKey.get()) });
  }

  dismissApiKey(): void {
    this.store.setState({ needsApiKey: false });
  }

  dismissNotice(id: number): void {
    if (this.store.getState().notice?.id === id) this.store.setState({ notice: null });
  }

  renameWorkspace(name: string): boolean {
    const trimmed = name.trim();
    const workspace = this.store.getState().workspace;
    if (workspace === null) return false;
    if (trimmed === '') {
      this.notify('A workspace needs a name; the old one is kept.', 'error');
      return false;
    }
    if (trimmed === workspace.name) return true;
    this.store.setState({ workspace: { ...workspace, name: trimmed } });
    this.workspaceQueue().change({ name: trimmed });
    this.#remember();
    return true;
  }

  updateWorkspaceDetails(changes: {
    client?: string | null;
    notes?: string;
    sharedNotes?: string;
    language?: Locale | null;
  }): void {
    const workspace = this.store.getState().workspace;
    if (workspace === null) return;
    this.store.setState({ workspace: { ...workspace, ...changes } });
    this.workspaceQueue().change(changes);
  }

  /** Stops listening to the editor and stops every queue (tests; a new session replaces it). */
  dispose(): void {
    this.#unsubscribe();
    this.#creation?.dispose();
    this.#workspaceQueue?.dispose();
    for (const queue of this.#scenarioQueues.values()) queue.dispose();
  }

  // --- SessionContext ---------------------------------------------------------------------

  workspaceId(): string {
    const workspace = this.store.getState().workspace;
    if (workspace === null) throw new Error('No workspace is open');
    return workspace.id;
  }

  summary(scenarioId: string): ScenarioSummary | undefined {
    return this.store.getState().scenarios.find((s) => s.id === scenarioId);
  }

  scenarioQueue(scenarioId: string): SaveQueue<ScenarioChanges> {
    const existing = this.#scenarioQueues.get(scenarioId);
    if (existing !== undefined) return existing;
    const queue = new SaveQueue<ScenarioChanges>({
      version: this.summary(scenarioId)?.version ?? 1,
      merge: mergeChanges,
      send: (changes, version) => this.#sendScenario(scenarioId, changes, version),
    });
    this.#scenarioQueues.set(scenarioId, queue);
    this.#track(`scenario:${scenarioId}`, queue);
    return queue;
  }

  workspaceQueue(): SaveQueue<WorkspaceChanges> {
    if (this.#workspaceQueue !== null) return this.#workspaceQueue;
    const queue = new SaveQueue<WorkspaceChanges>({
      version: this.store.getState().workspace?.version ?? 1,
      merge: mergeChanges,
      send: (changes, version) => this.#sendWorkspace(changes, version),
    });
    this.#workspaceQueue = queue;
    this.#track('workspace', queue);
    return queue;
  }

  dropScenarioQueue(scenarioId: string): void {
    this.#saved.forget(scenarioId);
    this.#scenarioQueues.get(scenarioId)?.dispose();
    this.#scenarioQueues.delete(scenarioId);
    this.#untrack(`scenario:${scenarioId}`);
    this.#refreshConflict();
  }

  savedChart(scenarioId: string, version: number): Chart | undefined {
    return this.#saved.chartAt(scenarioId, version);
  }

  rememberSaved(scenarioId: string, version: number, chart: Chart): void {
    this.#saved.remember(scenarioId, version, chart);
  }

  applyRemote(change: () => void): void {
    this.#remote += 1;
    try {
      change();
    } finally {
      this.#remote -= 1;
    }
  }

  show(scenario: Scenario): void {
    const rules = this.editor.getState().ruleSettings;
    this.applyRemote(() =>
      this.editor.getState().loadDocument({ chart: scenario.chart, ruleSettings: rules }),
    );
    this.#makeCurrent(scenario);
  }

  adopt(scenario: Scenario): void {
    this.#makeCurrent(scenario);
  }

  addSummary(scenario: Scenario, index?: number): void {
    const scenarios = this.store.getState().scenarios.filter((s) => s.id !== scenario.id);
    const at =
      index === undefined ? scenarios.length : Math.min(Math.max(index, 0), scenarios.length);
    scenarios.splice(at, 0, toSummary(scenario, at));
    this.store.setState({ scenarios: renumber(scenarios) });
  }

  updateSummary(scenarioId: string, changes: Partial<ScenarioSummary>): void {
    this.store.setState((state) => ({
      scenarios: state.scenarios.map((s) => (s.id === scenarioId ? { ...s, ...changes } : s)),
    }));
  }

  removeSummary(scenarioId: string): void {
    this.store.setState((state) => ({
      scenarios: renumber(state.scenarios.filter((s) => s.id !== scenarioId)),
    }));
  }

  async refreshScenarios(): Promise<void> {
    const result = await this.api.listScenarios({ workspaceId: this.workspaceId() });
    if (!result.ok) return;
    const local = new Map(this.store.getState().scenarios.map((s) => [s.id, s] as const));
    const { currentId } = this.store.getState();
    const scenarios = result.value.scenarios.map((server) => {
      // Names and descriptions typed here and not saved yet stay as typed.
      const unsaved = this.#scenarioQueues.get(server.id)?.unsaved();
      const mine = local.get(server.id);
      if (unsaved == null || mine === undefined) return server;
      return {
        ...server,
        ...(unsaved.name === undefined ? {} : { name: mine.name }),
        ...(unsaved.description === undefined ? {} : { description: mine.description }),
      };
    });
    // The open option stays on screen even when it was deleted elsewhere: its next save says so.
    const current = currentId === null ? undefined : local.get(currentId);
    if (current !== undefined && !scenarios.some((s) => s.id === currentId))
      scenarios.push(current);
    this.store.setState({ scenarios: renumber(scenarios) });
  }

  flushCurrent(): Promise<QueueStatus> {
    const { currentId } = this.store.getState();
    return currentId === null ? Promise.resolve('saved') : this.scenarioQueue(currentId).flush();
  }

  notify(text: string, tone: 'info' | 'error' = 'info', action?: NoticeAction): void {
    this.#noticeSeq += 1;
    this.store.setState({
      notice: { id: this.#noticeSeq, text, tone, ...(action === undefined ? {} : { action }) },
    });
  }

  async busy<T>(label: string, action: () => Promise<T>): Promise<T | undefined> {
    if (this.#busy) return undefined;
    this.#busy = true;
    this.store.setState({ busy: label });
    try {
      return await action();
    } finally {
      this.#busy = false;
      this.store.setState({ busy: null });
    }
  }

  // --- Opening and creating ------------------------------------------------------------------

  #openRoute(): void {
    const route = this.#route;
    if (route === null) return;
    switch (route.kind) {
      case 'start':
        this.store.setState({ phase: 'start', failure: null });
        return;
      case 'bad-link':
        this.store.setState({
          phase: 'failed',
          failure: { kind: 'bad-link', message: route.reason },
        });
        return;
      case 'workspace':
        void this.#open(route.workspaceId, route.scenarioId);
    }
  }

  #fail(error: ClientError): void {
    if (error.kind === 'unauthorized') this.#unauthorized();
    this.store.setState({ phase: 'failed', failure: failureOf(error) });
  }

  async #open(workspaceId: string, scenarioId: string | null): Promise<void> {
    this.store.setState({ phase: 'loading', failure: null });
    const [workspace, list] = await Promise.all([
      this.api.getWorkspace({ workspaceId }),
      this.api.listScenarios({ workspaceId }),
    ]);
    if (!workspace.ok) return this.#fail(workspace.error);
    if (!list.ok) return this.#fail(list.error);

    let scenarios = list.value.scenarios;
    if (scenarios.length === 0) {
      // Every option was deleted through the API: start the workspace again with an empty one.
      const created = await this.api.createScenario({
        workspaceId,
        body: { name: firstOption() },
      });
      if (!created.ok) return this.#fail(created.error);
      scenarios = [toSummary(created.value, 0)];
    }
    const target = scenarios.find((s) => s.id === scenarioId) ?? scenarios[0]!;
    const scenario = await this.api.getScenario({ workspaceId, scenarioId: target.id });
    if (!scenario.ok) return this.#fail(scenario.error);

    this.store.setState({ phase: 'ready', failure: null, workspace: workspace.value, scenarios });
    this.workspaceQueue().setVersion(workspace.value.version);
    this.applyRemote(() =>
      this.editor
        .getState()
        .loadDocument({ chart: scenario.value.chart, ruleSettings: workspace.value.rules }),
    );
    this.#makeCurrent(scenario.value);
    if (scenarioId !== null && target.id !== scenarioId) {
      this.notify(translate(messages)('linkGone', { name: target.name }));
    }
  }

  #makeCurrent(scenario: Scenario): void {
    const queue = this.scenarioQueue(scenario.id);
    if (!queue.hasUnsaved()) {
      queue.setVersion(scenario.version);
      this.#saved.remember(scenario.id, scenario.version, scenario.chart);
      this.updateSummary(scenario.id, {
        name: scenario.name,
        description: scenario.description,
        version: scenario.version,
        updatedAt: scenario.updatedAt,
        positionCount: scenario.chart.positions.length,
      });
    }
    this.store.setState({ currentId: scenario.id });
    this.navigate(workspaceUrl(scenario.workspaceId, scenario.id));
    this.#remember();
    this.#refreshConflict();
  }

  #remember(): void {
    const { workspace, currentId } = this.store.getState();
    if (workspace === null) return;
    rememberWorkspace(this.recentStorage, {
      workspaceId: workspace.id,
      scenarioId: currentId,
      name: workspace.name,
      openedAt: Date.now(),
    });
  }

  /** The first change on the start screen creates the workspace and its first option. */
  #ensureCreation(): SaveQueue<true> {
    if (this.#creation !== null) return this.#creation;
    let workspace: Workspace | null = null;
    const queue = new SaveQueue<true>({
      version: 0,
      delayMs: 0,
      merge: () => true,
      send: async (): Promise<SaveOutcome<true>> => {
        if (workspace === null) {
          const { chart, ruleSettings } = this.editor.getState();
          const created = await this.api.createWorkspace({
            body: {
              name: workspaceNameFor(chart),
              rules: ruleSettings,
            },
          });
          if (!created.ok) return this.#failedSave(created.error);
          workspace = created.value;
        }
        // The chart as it is now: edits made while the workspace was being created are in it.
        const chart = this.editor.getState().chart;
        const scenario = await this.api.createScenario({
          workspaceId: workspace.id,
          body: {
            name: firstOption(),
            chart,
          },
        });
        if (!scenario.ok) return this.#failedSave(scenario.error);
        this.#created(workspace, scenario.value, chart);
        return { kind: 'saved', version: 1 };
      },
    });
    this.#creation = queue;
    this.#track('create', queue);
    return queue;
  }

  #created(workspace: Workspace, scenario: Scenario, sentChart: Chart): void {
    this.#creation?.dispose();
    this.#creation = null;
    this.#untrack('create');
    this.store.setState({
      phase: 'ready',
      failure: null,
      workspace,
      scenarios: [toSummary(scenario, 0)],
    });
    this.workspaceQueue().setVersion(workspace.version);
    this.#makeCurrent(scenario);
    this.#saved.remember(scenario.id, scenario.version, sentChart);
    const { chart, ruleSettings } = this.editor.getState();
    if (chart !== sentChart) this.scenarioQueue(scenario.id).change({ chart });
    if (!sameJson(ruleSettings, workspace.rules))
      this.workspaceQueue().change({ rules: ruleSettings });
  }

  // --- Saving ----------------------------------------------------------------------------------

  #onEditorChange = (state: EditorState, previous: EditorState): void => {
    if (this.#remote > 0) return;
    const chartChanged = state.chart !== previous.chart;
    const rulesChanged = state.ruleSettings !== previous.ruleSettings;
    if (!chartChanged && !rulesChanged) return;
    const { phase, currentId } = this.store.getState();
    if (phase === 'start') {
      if (this.#route?.kind === 'start') this.#ensureCreation().change(true);
      return;
    }
    // While a workspace loads or failed to, the editor is covered: nothing there is the user's.
    if (phase !== 'ready') return;
    if (chartChanged && currentId !== null) {
      this.scenarioQueue(currentId).change({ chart: state.chart });
    }
    if (rulesChanged) this.workspaceQueue().change({ rules: state.ruleSettings });
  };

  #failedSave<C>(error: ClientError): SaveOutcome<C> {
    if (error.kind === 'unauthorized') this.#unauthorized();
    return outcomeOfError<C>(error);
  }

  async #sendScenario(
    scenarioId: string,
    changes: ScenarioChanges,
    version: number,
  ): Promise<SaveOutcome<ScenarioChanges>> {
    const body = this.#saved.asPatch(scenarioId, version, changes);
    let result = await this.api.updateScenario({
      workspaceId: this.workspaceId(),
      scenarioId,
      ifMatch: version,
      body,
    });
    if (
      !result.ok &&
      body !== changes &&
      result.error.kind === 'problem' &&
      result.error.status === 422
    ) {
      // The patch did not apply to the saved chart, which then is not the one remembered: the
      // whole chart says the same without depending on it.
      result = await this.api.updateScenario({
        workspaceId: this.workspaceId(),
        scenarioId,
        ifMatch: version,
        body: changes,
      });
    }
    if (result.ok) {
      const saved = result.value;
      // A save without the chart (a new name) leaves the chart as it was at `version`.
      const chart = changes.chart ?? this.#saved.chartAt(scenarioId, version);
      if (chart !== undefined) this.#saved.remember(scenarioId, saved.version, chart);
      this.updateSummary(scenarioId, {
        version: saved.version,
        updatedAt: saved.updatedAt,
        positionCount: saved.chart.positions.length,
      });
      return { kind: 'saved', version: saved.version };
    }
    if (result.error.kind === 'conflict' && alreadySaved(changes, result.error.current)) {
      this.updateSummary(scenarioId, { version: result.error.currentVersion });
      return { kind: 'saved', version: result.error.currentVersion };
    }
    return this.#failedSave(result.error);
  }

  async #sendWorkspace(
    changes: WorkspaceChanges,
    version: number,
  ): Promise<SaveOutcome<WorkspaceChanges>> {
    const { order, ...fields } = changes;
    const workspaceId = this.workspaceId();
    // Fields and order are two requests on the same version: the fields first, then the order
    // (as `rest`) on the version they produced.
    if (Object.keys(fields).length > 0) {
      const result = await this.api.updateWorkspace({
        workspaceId,
        ifMatch: version,
        body: fields,
      });
      const rest = order === undefined ? {} : { rest: { order } };
      if (result.ok) {
        this.#workspaceSaved(result.value.version, result.value.updatedAt);
        return { kind: 'saved', version: result.value.version, ...rest };
      }
      if (result.error.kind === 'conflict' && alreadySaved(fields, result.error.current)) {
        this.#workspaceSaved(result.error.currentVersion);
        return { kind: 'saved', version: result.error.currentVersion, ...rest };
      }
      return this.#failedSave(result.error);
    }
    const ids = this.store.getState().scenarios.map((s) => s.id);
    const result = await this.api.reorderScenarios({
      workspaceId,
      ifMatch: version,
      body: { scenarioIds: ids },
    });
    if (result.ok) {
      const next = result.version ?? version + 1;
      this.#workspaceSaved(next);
      return { kind: 'saved', version: next };
    }
    if (result.error.kind === 'problem' && result.error.status === 400) {
      // The server's options are not the ones listed here: someone added or deleted one.
      await this.refreshScenarios();
      this.notify(translate(messages)('orderNotSaved'), 'error');
      return { kind: 'saved', version };
    }
    return this.#failedSave(result.error);
  }

  #workspaceSaved(version: number, updatedAt?: string): void {
    const workspace = this.store.getState().workspace;
    if (workspace === null) return;
    this.store.setState({
      workspace: { ...workspace, version, ...(updatedAt === undefined ? {} : { updatedAt }) },
    });
  }

  // --- Publishing queue state ------------------------------------------------------------------

  #track<C>(key: string, queue: SaveQueue<C>): void {
    const publish = () => {
      this.store.setState((state) => ({ queues: { ...state.queues, [key]: queue.snapshot() } }));
      this.#refreshConflict();
    };
    queue.subscribe(publish);
    publish();
  }

  #untrack(key: string): void {
    this.store.setState((state) => {
      const { [key]: _removed, ...queues } = state.queues;
      return { queues };
    });
  }

  /** The conflict to show: the open option's first, then the workspace's, then other options'. */
  #refreshConflict(): void {
    const { currentId, workspace } = this.store.getState();
    const candidates: [SaveTarget, { snapshot(): QueueSnapshot }, string][] = [];
    const nameOf = (id: string) => this.summary(id)?.name ?? translate(messages)('thisOption');
    if (currentId !== null) {
      const current = this.#scenarioQueues.get(currentId);
      if (current !== undefined) {
        candidates.push([{ kind: 'scenario', scenarioId: currentId }, current, nameOf(currentId)]);
      }
    }
    if (this.#workspaceQueue !== null) {
      candidates.push([{ kind: 'workspace' }, this.#workspaceQueue, workspace?.name ?? untitled()]);
    }
    for (const [id, queue] of this.#scenarioQueues) {
      if (id !== currentId)
        candidates.push([{ kind: 'scenario', scenarioId: id }, queue, nameOf(id)]);
    }
    let conflict: ConflictView | null = null;
    for (const [target, queue, name] of candidates) {
      const snapshot = queue.snapshot();
      if (snapshot.status !== 'conflict' && snapshot.status !== 'gone') continue;
      conflict = {
        target,
        kind: snapshot.status,
        name,
        theirVersion: snapshot.conflict?.currentVersion ?? null,
        message: snapshot.message ?? '',
      };
      break;
    }
    if (!sameConflict(conflict, this.store.getState().conflict)) this.store.setState({ conflict });
  }
}
