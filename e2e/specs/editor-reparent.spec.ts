import { expect, test } from '../support/editor.js';

// The size of a consultant's laptop screen: big enough to read a leadership team at a glance.
test.use({ viewport: { width: 1440, height: 900 } });

test.beforeEach(async ({ editor }) => {
  await editor.startFrom('scale-up');
  // The chart opens on its top at reading size; these drags reach across all of it.
  await editor.fitView();
  await expect(editor.card('vp-engineering')).toBeInViewport({ ratio: 0.99 });
});

test('dragging a position onto another moves it and its team under that manager', async ({
  editor,
}) => {
  expect(await editor.managerOf('vp-engineering')).toBe('cto');
  await editor.dragCardOnto('vp-engineering', 'ceo');
  await expect(editor.status()).toContainText(
    '“VP Engineering” now reports to “Chief Executive Officer”',
  );
  expect(await editor.managerOf('vp-engineering')).toBe('ceo');
  // The team came along.
  expect(await editor.managerOf('engineering-manager-core')).toBe('vp-engineering');
  await expect(editor.finding('vp-engineering-under-cto')).toBeVisible();
});

test('a move that would make a reporting loop is refused with the reason', async ({ editor }) => {
  const before = await editor.chart();
  await editor.dragCardOnto('cto', 'engineering-manager-core');
  await expect(editor.status()).toHaveAttribute('data-tone', 'error');
  await expect(editor.status()).toContainText('would go round in a loop');
  expect(await editor.chart()).toEqual(before);
  await expect(editor.finding('reporting-cycle')).toHaveCount(0);
});

test('connecting a manager’s handle to a position sets its manager', async ({ editor, page }) => {
  const source = editor.card('cfo').locator('.react-flow__handle[data-handleid="out"]');
  const target = editor.card('head-of-data').locator('.react-flow__handle[data-handleid="in"]');
  await editor.card('cfo').hover();
  const from = await source.boundingBox();
  await editor.card('head-of-data').hover();
  const to = await target.boundingBox();
  if (from === null || to === null) throw new Error('handles not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
  await page.mouse.up();
  await expect.poll(() => editor.managerOf('head-of-data')).toBe('cfo');
});

test('dotted lines are drawn apart from reporting lines and explained in the legend', async ({
  page,
}) => {
  await expect(page.locator('.react-flow__edge.edge-dotted')).toHaveCount(1);
  expect(await page.locator('.react-flow__edge.edge-reporting').count()).toBeGreaterThan(10);
  await expect(page.getByTestId('legend')).toContainText('Dotted line');
  const dash = await page
    .locator('.react-flow__edge.edge-dotted path.react-flow__edge-path')
    .evaluate((path) => getComputedStyle(path).strokeDasharray);
  expect(dash).not.toBe('none');
});
