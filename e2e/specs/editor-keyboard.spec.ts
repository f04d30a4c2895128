import { expect, test } from '../support/editor.js';

// The size of a consultant's laptop screen: big enough to read a leadership team at a glance.
test.use({ viewport: { width: 1440, height: 900 } });

test.beforeEach(async ({ editor }) => {
  await editor.startFrom('startup');
  await expect(editor.card('ceo')).toBeVisible();
});

test('arrow keys move between manager, reports and colleagues', async ({ editor, page }) => {
  await editor.select('cto');
  await page.keyboard.press('ArrowUp');
  await expect(editor.card('ceo')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(editor.card('cto')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(editor.card('head-of-engineering')).toBeFocused();
  await expect(page.getByTestId('inspector-title')).toHaveValue('Head of Engineering');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('inspector-title')).toBeFocused();
});

test('copy and paste a position with its team, undo with the keyboard', async ({
  editor,
  page,
}) => {
  await editor.select('head-of-engineering');
  await page.keyboard.press('Control+c');
  await editor.select('coo');
  await page.keyboard.press('Control+v');
  await expect(editor.card('head-of-engineering-2')).toBeVisible();
  expect(await editor.managerOf('head-of-engineering-2')).toBe('coo');
  expect(await editor.managerOf('platform-team-lead')).toBe('head-of-engineering-2');

  await page.keyboard.press('Control+z');
  await expect(editor.card('head-of-engineering-2')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(editor.card('head-of-engineering-2')).toBeVisible();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect(editor.card('head-of-engineering-2')).toBeVisible();
});

test('teams collapse and expand from their card', async ({ editor }) => {
  await editor.card('coo').getByTestId('team-toggle').click();
  await expect(editor.card('head-of-sales')).toHaveCount(0);
  await expect(editor.card('coo').getByTestId('team-toggle')).toHaveText('+3');
  await editor.card('coo').getByTestId('team-toggle').click();
  await expect(editor.card('head-of-sales')).toBeVisible();
});

test('the layout turns left to right', async ({ editor, page }) => {
  const top = await editor.card('ceo').boundingBox();
  const report = await editor.card('cto').boundingBox();
  expect(report!.y).toBeGreaterThan(top!.y + top!.height);
  await page.getByText('Left-right').click();
  await expect
    .poll(async () => {
      const [a, b] = [
        await editor.card('ceo').boundingBox(),
        await editor.card('cto').boundingBox(),
      ];
      return b!.x > a!.x + a!.width;
    })
    .toBe(true);
});

test('New replaces the chart with a template from the keyboard, and undo brings it back', async ({
  editor,
  page,
}) => {
  const before = (await editor.chart()).positions.length;
  await page.getByTestId('new-menu').focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Start a new chart' });
  // The first template has the focus; the arrow keys move on, End goes to the empty chart.
  await expect(menu.getByTestId('new-template').first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.locator('[data-template="empty"]')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.locator('[data-template="enterprise"]')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(page.getByTestId('new-menu')).toBeFocused();

  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(editor.card('erp-manager')).toBeVisible();
  await expect(page.getByTestId('status')).toContainText(
    'Undo (Ctrl+Z) brings the previous chart back',
  );
  await page.getByTestId('undo').click();
  await expect(editor.card('ceo')).toBeVisible();
  expect((await editor.chart()).positions.length).toBe(before);
});
