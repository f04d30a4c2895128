import { expect, test } from '../support/editor.js';

// The size of a consultant's laptop screen: big enough to read a leadership team at a glance.
test.use({ viewport: { width: 1440, height: 900 } });

test('the company profile drives the rules that depend on it, live', async ({ editor, page }) => {
  await editor.startFrom('scale-up');
  const combine = editor.finding('combine-cio-cto');
  await expect(combine).toHaveAttribute('data-severity', 'info');
  await expect(editor.finding('cto-under-cio')).toHaveAttribute('data-severity', 'warning');

  // Under 50 employees a CIO and a CTO should usually be one role.
  await page.getByTestId('company-headcount').fill('40');
  await expect(combine).toHaveAttribute('data-severity', 'warning');

  // From 250 employees the advice turns around.
  await page.getByTestId('company-headcount').fill('400');
  await expect(editor.finding('combine-cio-cto')).toHaveCount(0);

  // In an enterprise the CTO under the CIO is normal, so the warning becomes a note.
  await page.getByTestId('company-business-model').selectOption('enterprise');
  await expect(editor.finding('cto-under-cio')).toHaveAttribute('data-severity', 'info');

  await page.getByTestId('company-name').fill('Fjord Analytics');
  await expect(page.getByTestId('company-title')).toHaveText('Fjord Analytics');
});

test('an invalid headcount is explained and does not reach the chart', async ({ editor, page }) => {
  await editor.startFrom('scale-up');
  await page.getByTestId('company-headcount').fill('lots');
  await expect(page.getByRole('alert')).toContainText('whole number');
  expect((await editor.chart()).company?.headcount).toBe(180);
});

test('the sector is read from the titles until it is set, and rules follow it', async ({
  editor,
  page,
}) => {
  await editor.startFrom('enterprise');
  // 2,400 staff and a CIO but no CTO: a large company usually needs both.
  await expect(editor.finding('split-cio-cto')).toBeVisible();
  const sector = page.getByTestId('company-sector');
  await expect(sector).toContainText('Not set');

  // A hospital runs its technology rather than selling it: no CTO is asked for.
  await sector.selectOption('healthcare');
  await expect(editor.finding('split-cio-cto')).toHaveCount(0);
  expect((await editor.chart()).company?.sector).toBe('healthcare');

  // Back to unset: a title that gives the sector away is enough.
  await sector.selectOption('');
  await expect(editor.finding('split-cio-cto')).toBeVisible();
  await editor.select('ceo');
  await page.getByTestId('inspector-title').fill('Hospitalsdirektør');
  await expect(sector).toContainText('reads as healthcare');
  await expect(editor.finding('split-cio-cto')).toHaveCount(0);
});
