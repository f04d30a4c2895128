import { recognizeTitle } from '@orgwise/domain';
import { generateChart } from '@orgwise/domain/testing';
import { expect, test } from '../support/editor.js';

// The size of a consultant's laptop screen: big enough to read a leadership team at a glance.
test.use({ viewport: { width: 1440, height: 900 } });

test('a 1,000-position chart loads with its findings, and an edit updates them', async ({
  editor,
  page,
}) => {
  // A thousand cards drawn several times over: on a shared CI machine running two browsers at once
  // this takes several times longer than alone.
  test.slow();
  await editor.load(generateChart(1000, { seed: 11 }));
  await expect(page.getByTestId('chart-metrics')).toContainText('1,000 positions');
  await expect(page.getByTestId('findings-summary')).toContainText('warning');
  expect(await editor.cards().count()).toBeGreaterThan(5);
  const chart = await editor.chart();
  const ceo = chart.positions.find((position) =>
    recognizeTitle(position.title).roles.includes('ceo'),
  )!;
  await expect(editor.card(ceo.id)).toBeInViewport();

  // Making the CEO's position vacant draws a new finding at once.
  await editor.select(ceo.id);
  await page.getByTestId('inspector-vacant').check();
  const ceoInFinding = editor
    .finding('vacant-executive')
    .locator(`[data-testid="finding-position"][data-id="${ceo.id}"]`);
  await expect(ceoInFinding).toBeVisible();

  // Every card can be drawn: fitting the whole chart brings all thousand into view.
  await editor.fitView();
  await expect(editor.cards()).toHaveCount(1000);

  // That far out the cards are plain blocks, quick to pan.
  const canvas = page.getByTestId('canvas');
  const holder = editor.card(ceo.id).getByTestId('holder');
  await expect(canvas).toHaveClass(/canvas--blocks/);
  await expect(holder).toBeHidden();
  await expect(editor.card(ceo.id)).toBeVisible();
  // Following the finding to its position zooms back in to reading size.
  await ceoInFinding.click();
  await expect(canvas).not.toHaveClass(/canvas--blocks/);
  await expect(editor.cards().getByTestId('holder').first()).toBeVisible();
});

test('a 10,000-position chart opens with its deeper teams collapsed', async ({ editor, page }) => {
  await editor.load(generateChart(10_000, { seed: 5 }));
  await expect(page.getByTestId('chart-metrics')).toContainText('10,000 positions');
  await expect(page.getByTestId('expand-all')).toBeVisible();
  await editor.fitView();
  const drawn = await editor.cards().count();
  expect(drawn).toBeGreaterThan(10);
  expect(drawn).toBeLessThanOrEqual(1500);
  await expect(
    page.locator('[data-testid="team-toggle"][aria-expanded="false"]').first(),
  ).toBeVisible();
});
