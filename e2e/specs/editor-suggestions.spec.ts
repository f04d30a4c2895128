import { expect, test } from '../support/editor.js';

// The size of a consultant's laptop screen: big enough to read a leadership team at a glance.
test.use({ viewport: { width: 1440, height: 900 } });

test('applying a suggestion fixes the finding and re-lays out the chart; undo brings it back', async ({
  editor,
  page,
}) => {
  await editor.startFrom('scale-up');
  const finding = editor.finding('cto-under-cio');
  await expect(finding).toBeVisible();
  await expect(finding).toHaveAttribute('data-severity', 'warning');
  const ctoBefore = await editor.card('cto').boundingBox();

  await finding.getByTestId('apply-suggestion').click();
  await expect(editor.finding('cto-under-cio')).toHaveCount(0);
  expect(await editor.managerOf('cto')).toBe('ceo');
  await expect(editor.status()).toContainText(
    'Applied: Let “CTO” report to “Chief Executive Officer”',
  );
  await expect.poll(async () => (await editor.card('cto').boundingBox())?.y).not.toBe(ctoBefore?.y);

  await page.keyboard.press('Control+z');
  await expect(editor.finding('cto-under-cio')).toBeVisible();
  expect(await editor.managerOf('cto')).toBe('cio');

  await page.getByTestId('redo').click();
  await expect(editor.finding('cto-under-cio')).toHaveCount(0);
});

test('a finding names its positions, finds them on the chart and explains itself', async ({
  editor,
  page,
}) => {
  await editor.startFrom('enterprise');
  const finding = editor.finding('it-under-cio');
  await finding.locator('[data-testid="finding-position"][data-id="erp-manager"]').click();
  await expect(editor.card('erp-manager')).toHaveAttribute('data-selected', 'true');
  await expect(editor.card('erp-manager')).toBeInViewport();
  await expect(page.getByTestId('inspector-title')).toHaveValue('IT Manager (ERP)');

  await finding.getByText('Why this matters').click();
  await expect(finding.locator('.finding-sources li').first()).toBeVisible();
});

test('rule settings turn a rule off and explain invalid options', async ({ editor, page }) => {
  await editor.startFrom('enterprise');
  await expect(editor.finding('span-of-control')).toBeVisible();
  await page.getByTestId('open-rule-settings').click();
  const row = page.locator('[data-testid="rule-row"][data-rule="span-of-control"]');
  // The description names options as code, not with literal backticks.
  await expect(row.locator('.rule-description')).not.toContainText('`');
  await expect(row.locator('.rule-description code').first()).toHaveText('max');

  // Each option has its own form control, read from the rule's options schema.
  const max = row.locator('[data-testid="rule-option"][data-option="max"]');
  await expect(max).toHaveAttribute('type', 'number');
  await expect(max).toHaveValue('15');

  // The raw JSON stays for what a form cannot say, behind "Advanced".
  await row.getByText('Advanced: edit as JSON').click();
  await row.getByTestId('rule-options').fill('{"max": "lots"}');
  await row.getByTestId('rule-options-json-save').click();
  await expect(row.getByTestId('rule-options-error')).toHaveText(
    'Option “max” must be a number, not text.',
  );
  await row.getByTestId('rule-options').fill('{"max": 16,}');
  await row.getByTestId('rule-options-json-save').click();
  await expect(row.getByTestId('rule-options-error')).toContainText('not valid JSON');

  // Typed over the default as a user does (Firefox's driver appends when it fills a number box).
  await max.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('16');
  await row.getByTestId('rule-options-save').click();
  await expect(row.getByTestId('rule-options-error')).toHaveCount(0);
  await expect(max).toHaveValue('16');
  await page.getByTestId('rule-settings-close').click();
  await expect(editor.finding('span-of-control')).toHaveCount(0);

  await page.getByTestId('open-rule-settings').click();
  await page
    .locator('[data-testid="rule-row"][data-rule="it-under-cio"]')
    .getByTestId('rule-level')
    .selectOption('off');
  await page.getByTestId('rule-settings-close').click();
  await expect(editor.finding('it-under-cio')).toHaveCount(0);
  await expect(page.getByTestId('open-rule-settings')).toContainText('1 off');
});

test('a list of limits is edited as a table: rows added, changed and removed', async ({
  editor,
  page,
}) => {
  await editor.startFrom('enterprise');
  await page.getByTestId('open-rule-settings').click();
  const row = page.locator('[data-testid="rule-row"][data-rule="layer-count"]');
  const cells = row.getByTestId('rule-option-cell');
  await expect(cells).toHaveCount(6);
  await row.getByRole('button', { name: 'Add a row' }).click();
  await cells.nth(6).fill('1000');
  await cells.nth(7).fill('6');
  await row.getByRole('button', { name: 'Remove row 1 of Most layers by company size' }).click();
  await row.getByTestId('rule-options-save').click();
  await expect(row.getByTestId('rule-options-error')).toHaveCount(0);
  const settings = await page.evaluate(
    () => window.orgwise!.editor.getState().ruleSettings['layer-count'],
  );
  expect(settings).toEqual([
    'info',
    {
      limits: [
        { below: 200, maxLayers: 4 },
        { below: 500, maxLayers: 5 },
        { below: 1000, maxLayers: 6 },
      ],
      maxLayers: 9,
    },
  ]);
  await row.getByTestId('rule-options-defaults').click();
  await expect(cells).toHaveCount(6);
});

test('a finding’s sources link to where they can be read', async ({ editor }) => {
  await editor.startFrom('scale-up');
  const finding = editor.finding('ciso-under-cio');
  await finding.getByText('Why this matters').click();
  const link = finding.getByTestId('finding-source-link').first();
  await expect(link).toHaveAttribute('href', /^https:\/\//);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
});
