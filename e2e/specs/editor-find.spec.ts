import type { Chart, Position } from '@orgwise/domain';
import { generateChart } from '@orgwise/domain/testing';
import { expect, test } from '../support/editor.js';
import { expectInFreeArea } from '../support/on-screen.js';

// Find and focus: a search box over the chart finds any position, however deep or folded away,
// opens the teams above it, centres it and marks its chain of managers up to the top.

test.use({ viewport: { width: 1440, height: 900 } });

/** The chain of managers from a position up to its top, the position first. */
function chainOf(chart: Chart, id: string): string[] {
  const byId = new Map(chart.positions.map((position) => [position.id, position] as const));
  const chain: string[] = [];
  for (let at: string | null | undefined = id; at != null && !chain.includes(at); ) {
    chain.push(at);
    at = byId.get(at)?.reportsTo;
  }
  return chain;
}

test('finds a position deep in a large chart by its holder, unfolding the teams above it', async ({
  editor,
  page,
}) => {
  test.slow();
  // Over 1,500 positions: the chart opens with its deeper teams folded away.
  const chart = generateChart(2000, { seed: 5 });
  const deepest = chart.positions.reduce<Position>(
    (best, position) =>
      chainOf(chart, position.id).length > chainOf(chart, best.id).length ? position : best,
    chart.positions[0]!,
  );
  const target: Position = { ...deepest, holder: 'Søren Kierkegaard' };
  await editor.load({
    ...chart,
    positions: chart.positions.map((position) => (position.id === target.id ? target : position)),
  });
  await expect(editor.card(target.id)).toHaveCount(0);

  const box = page.getByTestId('find-input');
  await box.fill('soren kierke');
  await expect(page.getByTestId('find-result')).toHaveCount(1);
  await page.getByTestId('find-result').click();

  await expect(editor.card(target.id)).toHaveAttribute('data-selected', 'true');
  await expectInFreeArea(page, editor.card(target.id));
  // Every manager on the way up is marked (and drawn marked where the screen shows it).
  const chain = chainOf(chart, target.id);
  const marked = await page.evaluate(() =>
    Object.keys(window.orgwise!.editor.getState().foundChain ?? {}),
  );
  expect(marked.sort()).toEqual([...chain].sort());
  await expect(page.locator('[data-found-chain]').first()).toBeVisible();
  for (const card of await page.locator('[data-found-chain]').all()) {
    expect(chain).toContain(await card.getAttribute('data-id'));
  }
  // The mark goes once the user moves on.
  await page.evaluate(() => window.orgwise!.editor.getState().select(null));
  await expect(page.locator('[data-found-chain]')).toHaveCount(0);
});

test('finds by title, id or role from the keyboard, and says when nothing matches', async ({
  editor,
  page,
}) => {
  await editor.startFrom('enterprise');
  const box = page.getByTestId('find-input');
  await box.fill('erp-manager');
  await expect(page.getByTestId('find-result').first()).toHaveAttribute('data-id', 'erp-manager');
  await box.press('Enter');
  await expect(editor.card('erp-manager')).toHaveAttribute('data-selected', 'true');
  await expect(page.getByTestId('inspector-title')).toHaveValue('IT Manager (ERP)');

  // A role finds the position holding it, whatever its title says.
  await box.fill('information security');
  await expect(page.getByTestId('find-result').first()).toContainText('role CISO');
  await box.press('ArrowDown');
  await box.press('ArrowUp');
  await box.press('Enter');
  await expect(page.locator('[data-testid="position-card"][data-selected="true"]')).toHaveCount(1);

  await box.fill('nobody here');
  await expect(page.getByTestId('find-none')).toHaveText('No position matches “nobody here”');
  await box.press('Escape');
  await box.press('Escape');
  await expect(box).toHaveValue('');
});

test('shows the top levels only, and all of them again', async ({ editor, page }) => {
  await editor.startFrom('scale-up');
  const levels = page.getByTestId('find-levels');
  await levels.selectOption({ label: 'Top 2 levels' });
  await expect(editor.card('board')).toBeVisible();
  await expect(editor.card('ceo')).toBeVisible();
  await expect(editor.card('cio')).toHaveCount(0);
  await expect(editor.card('ceo').getByTestId('team-toggle')).toHaveText(/^\+\d+$/);
  await levels.selectOption({ label: 'All levels' });
  await expect(editor.card('cio')).toBeVisible();
});
