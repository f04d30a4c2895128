import type { Chart, Position } from '@orgwise/domain';
import { expect, test } from '../support/editor.js';
import { canvasZoom, expectInFreeArea } from '../support/on-screen.js';

// What a consultant runs into when putting the editor in front of a client: menus that open
// where they can be seen, new positions that land in view, a chart readable when it opens, and
// side panels that make way for it.

const widths = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

/** A 40-person company as an HR export gives it: a CEO, six directors, their teams. */
function fortyPeople(): Chart {
  const positions: Position[] = [{ id: 'ceo', title: 'CEO', holder: 'Mette Jensen' }];
  const heads = ['CFO', 'COO', 'CTO', 'CMO', 'Head of Sales', 'Head of People'];
  heads.forEach((title, k) => {
    const id = `head-${k}`;
    positions.push({ id, title, holder: `Director ${k + 1}`, reportsTo: 'ceo' });
    const team = k < 3 ? 6 : 5;
    for (let m = 0; m < team && positions.length < 40; m++)
      positions.push({ id: `${id}-${m}`, title: `${title} team member ${m + 1}`, reportsTo: id });
  });
  return {
    version: 1,
    company: { name: 'Fyrtårn ApS', headcount: 40, businessModel: 'product' },
    positions,
  };
}

for (const viewport of widths) {
  test(`the workspace menu opens in full view at ${viewport.width} px`, async ({
    editor,
    page,
  }) => {
    await page.setViewportSize(viewport);
    await editor.startFrom('scale-up');
    await page.getByTestId('workspace-menu').click();
    const name = page.getByTestId('workspace-name-input');
    await expect(name).toBeInViewport({ ratio: 1 });
    // Not cut away by the top bar: what is drawn at the field's centre is the field itself.
    const box = (await name.boundingBox())!;
    const hit = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('data-testid'),
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    expect(hit).toBe('workspace-name-input');
    await expect(page.getByTestId('deleted-options')).toBeInViewport({ ratio: 1 });
  });
}

test.describe('at a laptop size', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('new positions land in view, clear of the legend and the panels', async ({
    editor,
    page,
  }) => {
    await editor.startFrom('empty');
    await editor.dragRole('ceo', page.getByTestId('canvas'));
    await expectInFreeArea(page, editor.card('ceo'));
    // The next new top goes beside the first one: still in view.
    await page.evaluate(() => window.orgwise!.editor.getState().select(null));
    await page.locator('[data-testid="palette-item"][data-role="board"]').click();
    await expectInFreeArea(page, editor.card('board-of-directors'));
    for (const role of ['cfo', 'cio', 'cto', 'coo', 'cmo', 'chro']) {
      await editor.dragRole(role, editor.card('ceo'));
      await expectInFreeArea(page, editor.card(role));
    }
  });

  test('after a move the view follows the moved position', async ({ editor, page }) => {
    await editor.startFrom('enterprise');
    // A far branch moved under the top: the chart re-lays out, the moved card stays in view.
    await editor.load(fortyPeople());
    await expect(editor.card('head-5-4')).toHaveCount(1);
    await page.evaluate(() => window.orgwise!.editor.getState().movePosition('head-5-4', 'head-0'));
    await expectInFreeArea(page, editor.card('head-5-4'));
  });

  test('a fix keeps the position it is about in view', async ({ editor }) => {
    await editor.startFrom('scale-up');
    await editor.finding('cto-under-cio').getByTestId('apply-suggestion').click();
    await expectInFreeArea(editor.page, editor.card('cto'));
  });

  test('a template and a 40-person import open at a readable size, on their top', async ({
    editor,
    page,
  }) => {
    await editor.startFrom('scale-up');
    await expect.poll(() => canvasZoom(page)).toBeGreaterThanOrEqual(0.75);
    await expectInFreeArea(page, editor.card('ceo'));
    // Titles at least 10 px tall on screen.
    const title = editor.card('ceo').locator('.card-title');
    await expect
      .poll(async () => {
        const size = await title.evaluate((element) =>
          parseFloat(getComputedStyle(element).fontSize),
        );
        return size * (await canvasZoom(page));
      })
      .toBeGreaterThanOrEqual(9.5);

    await editor.load(fortyPeople());
    await expect.poll(() => canvasZoom(page)).toBeGreaterThanOrEqual(0.75);
    await expectInFreeArea(page, editor.card('ceo'));
  });

  test('the side panels hide and show from the top bar and with Ctrl+\\, and stay as left', async ({
    editor,
    page,
  }) => {
    await editor.startFrom('startup');
    const canvas = page.getByTestId('canvas');
    const before = (await canvas.boundingBox())!.width;
    await page.getByTestId('toggle-panel-left').click();
    await expect(page.getByTestId('toggle-panel-left')).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByTestId('panel-left')).toHaveCount(0);
    await expect.poll(async () => (await canvas.boundingBox())!.width).toBeGreaterThan(before);

    await page.keyboard.press('Control+Backslash');
    await expect(page.getByTestId('panel-right')).toHaveCount(0);
    await expect.poll(async () => (await canvas.boundingBox())!.width).toBe(1440);

    // Remembered in this browser.
    await page.reload();
    await expect(page.getByTestId('canvas')).toBeVisible();
    await expect(page.getByTestId('panel-right')).toHaveCount(0);
    await page.keyboard.press('Control+Backslash');
    await expect(page.getByTestId('panel-right')).toBeVisible();
    await expect(page.getByTestId('panel-left')).toBeVisible();
  });

  test('the status line’s “undo with Ctrl+Z” goes away with the undo', async ({ editor, page }) => {
    await editor.startFrom('scale-up');
    await editor.finding('cto-under-cio').getByTestId('apply-suggestion').click();
    await expect(editor.status()).toContainText('Undo with Ctrl+Z');
    await page.keyboard.press('Control+z');
    await expect(editor.status()).toHaveCount(0);
  });

  test('a refused move says plainly why, without a possessive after a quoted title', async ({
    editor,
    page,
  }) => {
    await editor.startFrom('startup');
    await page.evaluate(() =>
      window.orgwise!.editor.getState().movePosition('cto', 'head-of-product'),
    );
    await expect(editor.status()).toContainText(
      '“Head of Product” is in the team under “CTO & Co-founder”',
    );
    await expect(editor.status()).not.toContainText('”’s');
  });

  test('the chart is two Tab presses away, and Ctrl+C copies the focused card', async ({
    editor,
    page,
  }) => {
    await editor.startFrom('startup');
    // From a fresh page, as someone arriving: the first Tab lands on the skip link.
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
    await page.reload();
    await expect(editor.card('ceo')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('skip-to-chart')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(editor.card('ceo')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(editor.card('cto')).toBeFocused();
    await page.keyboard.press('Control+c');
    await expect(editor.status()).toContainText('Copied “CTO & Co-founder” with a team of');
  });
});
