import type { Chart } from '@orgwise/domain';
import { type APIRequestContext, expect, type Page } from '@playwright/test';

export interface OptionSeed {
  name: string;
  chart: Chart;
  description?: string;
}

/**
 * A saved workspace with its options, made through the API (quicker than through the editor, and
 * not what these tests are about). Returns the ids in the order of `options`.
 */
export async function createSavedWorkspace(
  request: APIRequestContext,
  workspace: { name: string; client?: string; notes?: string; language?: 'en' | 'da' | 'nl' },
  options: readonly OptionSeed[],
): Promise<{ workspaceId: string; scenarioIds: string[] }> {
  const created = await request.post('/api/v1/workspaces', { data: workspace });
  expect(created.status()).toBe(201);
  const workspaceId = (await created.json()).id as string;
  const scenarioIds: string[] = [];
  for (const option of options) {
    const response = await request.post(`/api/v1/workspaces/${workspaceId}/scenarios`, {
      data: option,
    });
    expect(response.status()).toBe(201);
    scenarioIds.push((await response.json()).id);
  }
  return { workspaceId, scenarioIds };
}

/**
 * Creates a saved workspace (see createSavedWorkspace) and opens its first option in the editor,
 * ready once it shows as saved.
 */
export async function openSavedWorkspace(
  page: Page,
  workspace: { name: string; client?: string; notes?: string; language?: 'en' | 'da' | 'nl' },
  options: readonly OptionSeed[],
): Promise<{ workspaceId: string; scenarioIds: string[] }> {
  const ids = await createSavedWorkspace(page.request, workspace, options);
  await page.goto(`/w/${ids.workspaceId}/${ids.scenarioIds[0]}`);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  return ids;
}

/**
 * Collects the page's console errors and uncaught exceptions, except those matching `expected`
 * (the network errors a test causes on purpose); a test ends with `expect(problems).toEqual([])`.
 */
export function watchErrors(page: Page, expected: readonly RegExp[] = []): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (expected.some((pattern) => pattern.test(message.text()))) return;
    problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}
