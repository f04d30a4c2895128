import { expect, test } from '../support/editor.js';

// The size of a consultant's laptop screen: big enough to read a leadership team at a glance.
test.use({ viewport: { width: 1440, height: 900 } });

test('builds a chart from the palette by dragging roles onto the canvas and onto positions', async ({
  editor,
  page,
}) => {
  await editor.startFrom('empty');
  await expect(page.getByTestId('empty-hint')).toBeVisible();

  // A role dropped on empty canvas becomes a new top.
  await editor.dragRole('ceo', page.getByTestId('canvas'));
  await expect(editor.card('ceo')).toBeVisible();
  await expect(editor.card('ceo').getByTestId('role-badge')).toHaveText('CEO');
  await expect(editor.card('ceo').getByTestId('holder')).toHaveText('No holder named');

  // Roles dropped onto a position become its direct reports.
  await editor.dragRole('cto', editor.card('ceo'));
  await expect(editor.card('cto')).toBeVisible();
  await editor.dragRole('vp-engineering', editor.card('cto'));
  await expect(editor.card('vp-engineering')).toBeVisible();
  expect(await editor.managerOf('cto')).toBe('ceo');
  expect(await editor.managerOf('vp-engineering')).toBe('cto');

  // The new position is selected and editable straight away.
  await expect(page.getByTestId('inspector-title')).toHaveValue('VP Engineering');
  await expect(page.getByTestId('findings-summary')).not.toHaveText(
    'Add positions to check the chart.',
  );
});

test('adds positions from the keyboard under the selected position', async ({ editor, page }) => {
  await editor.startFrom('empty');
  const ceo = page.locator('[data-testid="palette-item"][data-role="ceo"]');
  await ceo.focus();
  await page.keyboard.press('Enter');
  await expect(editor.card('ceo')).toBeVisible();

  // The new CEO is selected, so the next role goes under it.
  const cfo = page.locator('[data-testid="palette-item"][data-role="cfo"]');
  await cfo.focus();
  await page.keyboard.press('Enter');
  await expect(editor.card('cfo')).toBeVisible();
  expect(await editor.managerOf('cfo')).toBe('ceo');
  await expect(editor.status()).toContainText('Added “CFO” under “CEO”');
});
