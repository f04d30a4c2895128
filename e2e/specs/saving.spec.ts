import { expect, type Page, test } from '@playwright/test';
import { watchErrors } from '../support/saved-workspace.js';

// Saving work through the API: the first change on the start screen creates a workspace, every
// edit after it is saved by itself, and the address opens it again, after a reload too. Failures
// (an unknown link, an unreachable server) say what happened and never show a blank page.

const workspaceUrl = /\/w\/[A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{22}$/;

/** Fails the test on page errors and console errors, except the network noise a test expects. */
const card = (page: Page, id: string) =>
  page.locator(`[data-testid="position-card"][data-id="${id}"]`);
const saveStatus = (page: Page) => page.getByTestId('save-status');

async function retitle(page: Page, id: string, title: string) {
  await card(page, id).click();
  await page.getByTestId('inspector-title').fill(title);
}

async function startFromTemplate(page: Page, template = 'startup') {
  await page.goto('/');
  await page.locator(`[data-testid="template-option"][data-template="${template}"]`).click();
  await expect(page).toHaveURL(workspaceUrl);
  await expect(saveStatus(page)).toHaveAttribute('data-state', 'saved');
}

test('a template becomes a saved workspace; edits are saved by themselves and survive a reload', async ({
  page,
  request,
}) => {
  const problems = watchErrors(page);
  await startFromTemplate(page);
  const url = page.url();
  await expect(page.getByTestId('workspace-name')).toHaveText('Nordlys Labs');
  await expect(page.getByTestId('scenario-tab')).toHaveText(['Current']);

  await retitle(page, 'coo', 'Chief Operating Officer');
  // "Saving…" can be too brief to observe: the saved chart on the server is the proof.
  const [, workspaceId, scenarioId] = /\/w\/([^/]+)\/([^/]+)$/.exec(url)!;
  await expect
    .poll(async () => {
      const saved = await request.get(`/api/v1/workspaces/${workspaceId}/scenarios/${scenarioId}`);
      const { chart } = (await saved.json()) as {
        chart: { positions: { id: string; title: string }[] };
      };
      return chart.positions.find((position) => position.id === 'coo')?.title;
    })
    .toBe('Chief Operating Officer');
  await expect(saveStatus(page)).toHaveAttribute('data-state', 'saved');
  await expect(saveStatus(page)).toHaveText('Saved');

  await page.reload();
  expect(page.url()).toBe(url);
  await expect(card(page, 'coo')).toContainText('Chief Operating Officer');
  // A freshly opened workspace has nothing to undo.
  await expect(page.getByTestId('undo')).toBeDisabled();
  // And it is in this browser's recent workspaces.
  await page.goto('/');
  await expect(page.getByTestId('recent-workspace')).toContainText(['Nordlys Labs']);
  await page.getByTestId('recent-workspace').first().click();
  await expect(page).toHaveURL(url);
  await expect(card(page, 'coo')).toContainText('Chief Operating Officer');
  expect(problems).toEqual([]);
});

test('rule settings and the workspace’s name are saved with it', async ({ page }) => {
  const problems = watchErrors(page);
  await startFromTemplate(page, 'scale-up');
  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('workspace-name-input').fill('Cloudberry: leadership 2027');
  await page.getByTestId('workspace-client-input').focus();
  await page.getByTestId('workspace-client-input').fill('Cloudberry Software');
  await page.getByTestId('workspace-notes-input').fill('Board meeting on 3 March.');
  await expect(page.getByTestId('workspace-name')).toHaveText('Cloudberry: leadership 2027');
  await expect(saveStatus(page)).toHaveAttribute('data-state', 'saved');

  const [, workspaceId] = /\/w\/([^/]+)\//.exec(page.url())!;
  const saved = await (await page.request.get(`/api/v1/workspaces/${workspaceId}`)).json();
  expect(saved).toMatchObject({
    name: 'Cloudberry: leadership 2027',
    client: 'Cloudberry Software',
    notes: 'Board meeting on 3 March.',
  });
  expect(problems).toEqual([]);
});

test('a link to a workspace that does not exist says so and offers a new chart', async ({
  page,
}) => {
  const problems = watchErrors(page, [/status of 404/]);
  await page.goto('/w/AAAAAAAAAAAAAAAAAAAAAA/BBBBBBBBBBBBBBBBBBBBBB');
  const failed = page.getByTestId('session-failed');
  await expect(failed).toHaveAttribute('data-kind', 'not-found');
  await expect(failed).toContainText('This workspace was not found');
  await expect(page.getByTestId('session-failed-message')).toContainText(
    'There is no workspace with the id',
  );
  await page.getByTestId('session-start-new').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('start-screen')).toBeVisible();

  // A malformed link is recognised without asking the server.
  await page.goto('/w/not-a-real-id');
  await expect(page.getByTestId('session-failed')).toHaveAttribute('data-kind', 'bad-link');
  await expect(page.getByTestId('session-failed')).toContainText('22 letters, digits');
  expect(problems).toEqual([]);
});

test('when the server cannot be reached, editing goes on and the changes are saved once it is back', async ({
  page,
}) => {
  const problems = watchErrors(page, [/net::ERR_FAILED/, /Failed to load resource/]);
  await startFromTemplate(page);
  const url = page.url();

  await page.route('/api/**', (route) => route.abort('failed'));
  await retitle(page, 'cto', 'CTO while offline');
  await expect(page.getByTestId('offline-banner')).toContainText('cannot be reached');
  await expect(saveStatus(page)).toHaveText(/^Offline/);
  // Editing is not blocked.
  await retitle(page, 'coo', 'COO while offline');
  await expect(card(page, 'coo')).toContainText('COO while offline');

  // "Try now" while still unreachable: another try, still kept.
  await page.getByTestId('offline-banner').getByRole('button', { name: 'Try now' }).click();
  await expect(page.getByTestId('offline-banner')).toBeVisible();

  // Back online: the browser says so, and the editor saves at once instead of at its next try.
  await page.unroute('/api/**');
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(saveStatus(page)).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('offline-banner')).toHaveCount(0);

  await page.reload();
  expect(page.url()).toBe(url);
  await expect(card(page, 'cto')).toContainText('CTO while offline');
  await expect(card(page, 'coo')).toContainText('COO while offline');
  expect(problems).toEqual([]);
});

test('when the server cannot be reached on opening, the page says so and retries on request', async ({
  page,
}) => {
  const problems = watchErrors(page, [/net::ERR_FAILED/, /Failed to load resource/]);
  await startFromTemplate(page);
  const url = page.url();

  await page.route('/api/**', (route) => route.abort('failed'));
  await page.reload();
  const failed = page.getByTestId('session-failed');
  await expect(failed).toHaveAttribute('data-kind', 'network');
  await expect(failed).toContainText('The Orgwise server cannot be reached');

  await page.unroute('/api/**');
  await page.getByTestId('session-retry').click();
  await expect(failed).toHaveCount(0);
  await expect(card(page, 'ceo')).toBeVisible();
  expect(page.url()).toBe(url);
  expect(problems).toEqual([]);
});
