import { expect, test } from '@playwright/test';
import { fjordOptions } from '../support/fjord-options.js';
import { openSavedWorkspace, watchErrors } from '../support/saved-workspace.js';

// A consultant shares a workspace's options with a client: the link opens a read-only page (in a
// browser that has never seen the workspace) that can present the options; the token changes
// nothing; once revoked, the link opens nothing.

const { today, optionB } = fjordOptions();

test('a share link opens the options read-only, can present them, and stops working when revoked', async ({
  page,
  browser,
  request,
}) => {
  const problems = watchErrors(page);
  const {
    workspaceId,
    scenarioIds: [todayId, optionId],
  } = await openSavedWorkspace(page, { name: 'Fjord: for the board', client: 'Fjord Software' }, [
    { name: 'Today', chart: today, description: 'Today: the rationale.' },
    { name: 'Option B', chart: optionB, description: 'Option B: the rationale.' },
  ]);

  await page.getByTestId('open-share').click();
  const panel = page.getByTestId('share-panel');
  await expect(panel).toContainText('No links yet.');
  await panel.getByLabel('Label (optional)').fill('Board, 14 March');
  await panel.getByTestId('create-share-link').click();
  const url = await panel.getByTestId('share-url').inputValue();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/share\/[A-Za-z0-9_-]{43}$/);
  await expect(panel.getByTestId('share-links').locator('li')).toHaveCount(1);
  await expect(panel.getByTestId('share-links')).toContainText('Board, 14 March');
  const token = url.slice(url.lastIndexOf('/') + 1);

  // Someone else's browser: no API key, no recent workspaces, nothing but the link.
  const context = await browser.newContext();
  const client = await context.newPage();
  const clientProblems = watchErrors(client, [/status of 404/]);
  await client.goto(url);
  const shared = client.getByTestId('shared-page');
  await expect(shared.getByRole('heading', { level: 1 })).toHaveText('Fjord: for the board');
  await expect(shared).toContainText('For Fjord Software');
  await expect(shared.getByTestId('compare-column')).toHaveCount(2);
  await expect(
    shared.locator('[data-testid="compare-column"][data-option="Option B"]'),
  ).toContainText('Option B: the rationale.');
  await expect(
    shared.locator(
      '[data-testid="compare-column"][data-option="Option B"] [data-testid="ro-card"][data-id="cto"]',
    ),
  ).toHaveAttribute('data-marks', 'moved');
  // Nothing on it edits.
  await expect(client.getByTestId('palette-item')).toHaveCount(0);
  await expect(client.getByTestId('inspector')).toHaveCount(0);
  await expect(client.getByTestId('inspector-title')).toHaveCount(0);
  await expect(client.getByTestId('save-status')).toHaveCount(0);
  await expect(client.getByTestId('position-card')).toHaveCount(0);
  await expect(client.getByTestId('open-share')).toHaveCount(0);

  // Presenting works from the shared page.
  await shared.getByTestId('present-button').click();
  const counter = client.getByTestId('slide-counter');
  await expect(counter).toHaveText('1 / 5');
  await expect(client.getByTestId('slide')).toContainText('Today: the rationale.');
  await client.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('2 / 5');
  await expect(client.getByTestId('slide').getByRole('heading', { level: 1 })).toHaveText(
    'Option B',
  );
  await client.keyboard.press('Escape');
  await expect(client.getByTestId('presentation')).toHaveCount(0);
  await expect(client.getByTestId('shared-page')).toBeVisible();

  // The token writes nothing: the shared route only reads, and what it shows carries no ids to
  // address the saved work with. (The e2e server runs without ORGWISE_API_KEY, where a workspace
  // id alone opens the saved-work routes, so the token sent as a key cannot be tried here.)
  const sharedApi = `${new URL(url).origin}/api/v1/shared/${token}`;
  for (const method of ['PATCH', 'PUT', 'POST', 'DELETE']) {
    const write = await context.request.fetch(sharedApi, { method, data: { name: 'Hacked' } });
    expect(write.status(), `${method} on the shared route`).toBe(405);
  }
  const body = await (await context.request.get(sharedApi)).text();
  expect(body).toContain('Option B');
  for (const id of [workspaceId, todayId, optionId]) expect(body).not.toContain(id);
  const stored = await (
    await request.get(`/api/v1/workspaces/${workspaceId}/scenarios/${optionId}`)
  ).json();
  expect(stored.name).toBe('Option B');

  // Revoked in the panel, the link opens nothing from now on.
  await panel.getByTestId('share-links').getByRole('button', { name: 'Revoke' }).click();
  await expect(panel).toContainText('Link revoked: it no longer opens anything.');
  await expect(panel).toContainText('No links yet.');
  await client.reload();
  await expect(client.getByTestId('shared-error')).toContainText('This link cannot be opened');
  await expect(client.getByTestId('shared-page')).toHaveCount(0);
  // A link mangled on its way (cut short, bad percent-encoding) says the same, not the editor.
  for (const mangled of [url.slice(0, -5), `${new URL(url).origin}/share/%E0%A4%A`]) {
    await client.goto(mangled);
    await expect(client.getByTestId('shared-error')).toContainText('This link cannot be opened');
    await expect(client.getByTestId('canvas')).toHaveCount(0);
  }

  await context.close();
  expect(problems).toEqual([]);
  expect(clientProblems).toEqual([]);
});

test('the workspace’s language for decks and shared pages is set in the Share panel and kept', async ({
  page,
  request,
}) => {
  const problems = watchErrors(page);
  const { workspaceId } = await openSavedWorkspace(page, { name: 'Fjord: sprog' }, [
    { name: 'Today', chart: today },
  ]);
  await page.getByTestId('open-share').click();
  const panel = page.getByTestId('share-panel');
  const language = panel.getByLabel('Language of decks and shared pages');
  await expect(language).toHaveValue('');
  await language.selectOption('da');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  const saved = await request.get(`/api/v1/workspaces/${workspaceId}`);
  expect((await saved.json()).language).toBe('da');

  // A reader whose browser asks for a language Orgwise does not speak gets the workspace's.
  await panel.getByTestId('create-share-link').click();
  const url = await panel.getByTestId('share-url').inputValue();
  const token = url.slice(url.lastIndexOf('/') + 1);
  const shared = await request.get(`/api/v1/shared/${token}`, {
    headers: { 'Accept-Language': 'de-DE' },
  });
  expect(shared.headers()['content-language']).toBe('da');

  await page.reload();
  await page.getByTestId('open-share').click();
  await expect(
    page.getByTestId('share-panel').getByLabel('Language of decks and shared pages'),
  ).toHaveValue('da');
  expect(problems).toEqual([]);
});
