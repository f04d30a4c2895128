import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility.js';
import { API_KEY, KEYED_URL } from '../support/keyed-server.js';
import { watchErrors } from '../support/saved-workspace.js';

// An install opened to other machines sets ORGWISE_API_KEY: the editor asks for the key once per
// tab, keeps the work while it waits, and a wrong key is said to be wrong.

test.skip(Boolean(process.env.E2E_BASE_URL), 'needs the protected server the suite starts itself');
test.use({ baseURL: KEYED_URL });

test('a protected server asks for the key once per tab, and the work waits for it', async ({
  page,
  browser,
}) => {
  const problems = watchErrors(page, [/401 \(Unauthorized\)/]);
  await page.goto('/');
  await page.locator('[data-testid="template-option"][data-template="startup"]').click();
  const dialog = page.getByTestId('api-key-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toHaveText('This server needs an API key');
  await expect(page.getByTestId('api-key-input')).toBeFocused();
  await expectAccessible(page, 'the API key dialog');

  // A wrong key is refused, and said to be.
  await page.getByTestId('api-key-input').fill('not-the-key');
  await page.getByRole('button', { name: 'Use this key' }).click();
  await expect(page.getByTestId('api-key-rejected')).toContainText('did not accept the key');

  // "Not now" keeps the chart and says saving waits for the key.
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'unauthorized');
  await expect(page.getByTestId('save-status')).toContainText('API key needed');
  await expect(page.locator('[data-testid="position-card"][data-id="cto"]')).toBeVisible();

  // Given the right key, the waiting work is saved.
  await page.getByTestId('save-status').getByRole('button', { name: 'Enter key' }).click();
  await page.getByTestId('api-key-input').fill(API_KEY);
  await page.getByRole('button', { name: 'Use this key' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(page).toHaveURL(/\/w\/[A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{22}$/);
  const address = page.url();

  // The tab keeps the key: a reload opens the work without asking.
  await page.reload();
  await expect(page.locator('[data-testid="position-card"][data-id="cto"]')).toBeVisible();
  await expect(dialog).toHaveCount(0);

  // Another browser is asked again before it sees anything.
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(address);
  await expect(other.getByTestId('api-key-dialog')).toBeVisible();
  await other.getByTestId('api-key-input').fill(API_KEY);
  await other.getByTestId('api-key-input').press('Enter');
  await expect(other.locator('[data-testid="position-card"][data-id="cto"]')).toBeVisible();
  await context.close();
  expect(problems).toEqual([]);
});
