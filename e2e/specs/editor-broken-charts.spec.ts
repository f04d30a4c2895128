import { expect, test } from '../support/editor.js';

// The size of a consultant's laptop screen: big enough to read a leadership team at a glance.
test.use({ viewport: { width: 1440, height: 900 } });

test('positions on a reporting loop or under an unknown manager are drawn and marked', async ({
  editor,
  page,
}) => {
  await editor.load({
    version: 1,
    positions: [
      { id: 'ceo', title: 'CEO' },
      { id: 'coo', title: 'COO', reportsTo: 'cfo' },
      { id: 'cfo', title: 'CFO', reportsTo: 'coo' },
      { id: 'it', title: 'Head of IT', reportsTo: 'cio' },
      { id: 'ceo', title: 'Second CEO box' },
    ],
  });
  await expect(editor.cards()).toHaveCount(5);
  await expect(editor.card('coo').getByTestId('card-mark')).toHaveAttribute('data-mark', 'cycle');
  await expect(editor.card('it').getByTestId('card-mark')).toContainText(
    'Reports to “cio”, which does not exist',
  );
  await expect(page.locator('[data-testid="card-mark"][data-mark="duplicate-id"]')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge.edge-loop')).toHaveCount(1);
  await expect(editor.finding('reporting-cycle')).toBeVisible();
  await expect(editor.finding('unknown-manager')).toBeVisible();
  await expect(editor.finding('duplicate-id')).toBeVisible();
});

test('hostile text is shown as text', async ({ editor, page }) => {
  const title = `<img src=x onerror="window.hacked=1">${'Very long title '.repeat(40)}`;
  await editor.load({ version: 1, positions: [{ id: 'x', title, holder: '<b>bold</b>' }] });
  await expect(editor.card('x').getByTestId('holder')).toHaveText('<b>bold</b>');
  expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
  const box = await editor.card('x').boundingBox();
  expect(box!.height).toBeLessThan(200);
});
