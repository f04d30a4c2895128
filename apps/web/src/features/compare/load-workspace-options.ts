import { type Chart, type RuleSettings, validate } from '@orgwise/domain';
import type { ComparedOption } from '../../comparison/compared-option.js';
import { useLocale } from '../../i18n/locale-store.js';
import { translate } from '../../i18n/translate.js';
import type { SessionApi } from '../../session/api-client.js';
import { messages } from './messages.js';

export type LoadedOptions =
  | { ok: true; options: ComparedOption[] }
  | { ok: false; message: string };

/**
 * Every option of the saved workspace, in its order, validated with the editor's rule settings.
 * The option being edited is taken from the editor, so unsaved changes are compared too.
 */
export async function loadWorkspaceOptions(
  api: Pick<SessionApi, 'listScenarios' | 'getScenario'>,
  workspaceId: string,
  rules: RuleSettings,
  editing: { scenarioId: string | null; chart: Chart },
): Promise<LoadedOptions> {
  const list = await api.listScenarios({ workspaceId });
  if (!list.ok) return { ok: false, message: list.error.message };
  const loaded = await Promise.all(
    list.value.scenarios.map(async (summary) => {
      if (summary.id === editing.scenarioId) return { summary, chart: editing.chart };
      const scenario = await api.getScenario({ workspaceId, scenarioId: summary.id });
      return scenario.ok
        ? { summary, chart: scenario.value.chart }
        : { summary, error: scenario.error.message };
    }),
  );
  const failed = loaded.find((entry) => 'error' in entry);
  if (failed !== undefined && 'error' in failed) {
    return {
      ok: false,
      message: translate(messages)('notLoaded', {
        name: failed.summary.name,
        reason: failed.error,
      }),
    };
  }
  return {
    ok: true,
    options: loaded.map((entry) => {
      const chart = (entry as { chart: Chart }).chart;
      return {
        key: entry.summary.id,
        name: entry.summary.name,
        description: entry.summary.description,
        chart,
        report: validate(chart, { rules, locale: useLocale.getState().locale }),
      };
    }),
  };
}
