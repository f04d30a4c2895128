import { readFile } from 'node:fs/promises';
import type { Chart } from '@orgwise/domain';
import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';

// Two people (two browser contexts) edit the same option. The second save is based on a version
// that is no longer current: the editor shows the conflict and overwrites nothing until the user
// chooses, and each choice does what it says (combine both, load theirs, keep mine, save mine as
// a new option).

const chart: Chart = {
  version: 1,
  company: { name: 'Acme A/S', headcount: 40, businessModel: 'product' },
  positions: [
    { id: 'ceo', title: 'CEO', holder: 'Mette Jensen' },
    { id: 'cto', title: 'CTO', reportsTo: 'ceo' },
    { id: 'cfo', title: 'CFO', reportsTo: 'ceo' },
  ],
};

async function createWorkspace(request: APIRequestContext) {
  const workspace = await (
    await request.post('/api/v1/workspaces', { data: { name: 'Acme: conflicts' } })
  ).json();
  const scenario = await (
    await request.post(`/api/v1/workspaces/${workspace.id}/scenarios`, {
      data: { name: 'Current', chart },
    })
  ).json();
  return { workspaceId: workspace.id as string, scenarioId: scenario.id as string };
}

async function savedChart(request: APIRequestContext, workspaceId: string, scenarioId: string) {
  const response = await request.get(`/api/v1/workspaces/${workspaceId}/scenarios/${scenarioId}`);
  return (await response.json()) as { chart: Chart; version: number };
}

const titleOf = (c: Chart, id: string) => c.positions.find((p) => p.id === id)?.title;
const card = (page: Page, id: string) =>
  page.locator(`[data-testid="position-card"][data-id="${id}"]`);

async function openAs(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // The 412 is the conflict under test; the browser logs every 4xx answer.
    if (message.type() === 'error' && !/status of 412/.test(message.text())) {
      problems.push(message.text());
    }
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  await expect(card(page, 'cto')).toBeVisible();
  return { page, problems, close: () => context.close() };
}

async function retitle(page: Page, id: string, title: string) {
  await card(page, id).click();
  await page.getByTestId('inspector-title').fill(title);
}

/** Alice saves first; Bob, who opened the same version, then edits and hits the conflict. */
async function conflictBetweenTwo(browser: Browser, request: APIRequestContext) {
  const ids = await createWorkspace(request);
  const url = `/w/${ids.workspaceId}/${ids.scenarioId}`;
  const alice = await openAs(browser, url);
  const bob = await openAs(browser, url);

  await retitle(alice.page, 'cto', 'Alice’s CTO');
  await expect(alice.page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect
    .poll(async () => (await savedChart(request, ids.workspaceId, ids.scenarioId)).version)
    .toBe(2);

  await retitle(bob.page, 'cfo', 'Bob’s CFO');
  const dialog = bob.page.getByTestId('conflict-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Someone else saved “Current”');
  await expect(dialog).toContainText('version 2');
  await expect(bob.page.getByTestId('save-status')).toHaveAttribute('data-state', 'conflict');
  await expect(bob.page.getByTestId('save-status')).toHaveText('Conflict');
  // Nothing was overwritten.
  const held = await savedChart(request, ids.workspaceId, ids.scenarioId);
  expect(held.version).toBe(2);
  expect(titleOf(held.chart, 'cto')).toBe('Alice’s CTO');
  expect(titleOf(held.chart, 'cfo')).toBe('CFO');
  return { ...ids, url, alice, bob };
}

test('combine both: Alice’s and Bob’s edits are both saved, and Bob’s undo undoes only his', async ({
  browser,
  request,
}) => {
  const { alice, bob, workspaceId, scenarioId } = await conflictBetweenTwo(browser, request);
  const combine = bob.page.getByTestId('conflict-combine');
  await expect(combine).toContainText('Combine both');
  await combine.click();
  await expect(bob.page.getByTestId('conflict-dialog')).toHaveCount(0);
  await expect(bob.page.getByTestId('session-notice')).toContainText(
    'Combined their version of “Current” with your changes, and saved it.',
  );
  await expect(bob.page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(card(bob.page, 'cto')).toContainText('Alice’s CTO');
  await expect(card(bob.page, 'cfo')).toContainText('Bob’s CFO');

  const saved = await savedChart(request, workspaceId, scenarioId);
  expect(saved.version).toBe(3);
  expect(titleOf(saved.chart, 'cto')).toBe('Alice’s CTO');
  expect(titleOf(saved.chart, 'cfo')).toBe('Bob’s CFO');

  // Alice's change took no undo step: Bob's undo takes back his own edit, and only it.
  await card(bob.page, 'ceo').click();
  await bob.page.keyboard.press('Control+z');
  await expect(card(bob.page, 'cfo')).not.toContainText('Bob’s CFO');
  await expect(card(bob.page, 'cfo')).toContainText('CFO');
  await expect(card(bob.page, 'cto')).toContainText('Alice’s CTO');
  await expect
    .poll(async () => (await savedChart(request, workspaceId, scenarioId)).version)
    .toBe(4);
  const undone = await savedChart(request, workspaceId, scenarioId);
  expect(titleOf(undone.chart, 'cfo')).toBe('CFO');
  expect(titleOf(undone.chart, 'cto')).toBe('Alice’s CTO');
  await expect(bob.page.getByTestId('conflict-dialog')).toHaveCount(0);
  expect([...alice.problems, ...bob.problems]).toEqual([]);
  await alice.close();
  await bob.close();
});

test('load their version: Bob sees Alice’s chart, and can still download his own', async ({
  browser,
  request,
}) => {
  const { alice, bob } = await conflictBetweenTwo(browser, request);
  const [download] = await Promise.all([
    bob.page.waitForEvent('download'),
    bob.page.getByTestId('conflict-download').click(),
  ]);
  const mine = JSON.parse(await readFile(await download.path(), 'utf8')) as Chart;
  expect(titleOf(mine, 'cfo')).toBe('Bob’s CFO');

  await bob.page.getByTestId('conflict-load-theirs').click();
  await expect(bob.page.getByTestId('conflict-dialog')).toHaveCount(0);
  await expect(card(bob.page, 'cto')).toContainText('Alice’s CTO');
  await expect(card(bob.page, 'cfo')).not.toContainText('Bob’s CFO');
  await expect(bob.page.getByTestId('session-notice')).toContainText('Loaded their version');
  await expect(bob.page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  // Bob's next edit is based on Alice's version and saves without a conflict.
  await retitle(bob.page, 'ceo', 'Chief Executive');
  await expect(bob.page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(bob.page.getByTestId('conflict-dialog')).toHaveCount(0);
  expect([...alice.problems, ...bob.problems]).toEqual([]);
  await alice.close();
  await bob.close();
});

test('keep mine: Bob’s chart replaces Alice’s, which stays in the history', async ({
  browser,
  request,
}) => {
  const { alice, bob, workspaceId, scenarioId } = await conflictBetweenTwo(browser, request);
  await bob.page.getByTestId('conflict-keep-mine').click();
  await expect(bob.page.getByTestId('conflict-dialog')).toHaveCount(0);
  await expect(bob.page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  const saved = await savedChart(request, workspaceId, scenarioId);
  expect(saved.version).toBe(3);
  expect(titleOf(saved.chart, 'cfo')).toBe('Bob’s CFO');
  expect(titleOf(saved.chart, 'cto')).toBe('CTO');
  const history = await (
    await request.get(`/api/v1/workspaces/${workspaceId}/scenarios/${scenarioId}/revisions`)
  ).json();
  expect(history.revisions.map((r: { version: number }) => r.version)).toEqual([3, 2, 1]);

  await alice.page.reload();
  await expect(card(alice.page, 'cfo')).toContainText('Bob’s CFO');
  expect([...alice.problems, ...bob.problems]).toEqual([]);
  await alice.close();
  await bob.close();
});

test('save mine as a new option: both versions are kept, side by side', async ({
  browser,
  request,
}) => {
  const { alice, bob, workspaceId, scenarioId } = await conflictBetweenTwo(browser, request);
  await bob.page.getByTestId('conflict-save-as-option').click();
  await expect(bob.page.getByTestId('conflict-dialog')).toHaveCount(0);
  const tabs = bob.page.getByTestId('scenario-tab');
  await expect(tabs).toHaveText(['Current', 'Current (your version)']);
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(card(bob.page, 'cfo')).toContainText('Bob’s CFO');
  await expect(bob.page).toHaveURL(new RegExp(`/w/${workspaceId}/(?!${scenarioId})`));

  const original = await savedChart(request, workspaceId, scenarioId);
  expect(titleOf(original.chart, 'cto')).toBe('Alice’s CTO');
  expect(titleOf(original.chart, 'cfo')).toBe('CFO');

  await tabs.first().click();
  await expect(card(bob.page, 'cto')).toContainText('Alice’s CTO');
  await expect(card(bob.page, 'cfo')).not.toContainText('Bob’s CFO');
  expect([...alice.problems, ...bob.problems]).toEqual([]);
  await alice.close();
  await bob.close();
});
