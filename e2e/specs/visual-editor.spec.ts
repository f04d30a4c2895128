import type { Page } from '@playwright/test';
import { expect, test } from '../support/editor.js';
import { canvasZoom } from '../support/on-screen.js';

// How the start screen and the editor look, pixel for pixel, in each browser (Playwright keeps
// one snapshot per project: fonts render differently in Chromium and Firefox). The thresholds
// allow for anti-aliasing between runs, not for a moved panel or a cropped menu. After an
// intended change of look: `npx playwright test visual-editor --update-snapshots`, then look at
// the new PNGs before committing them.

const look = { maxDiffPixelRatio: 0.003, threshold: 0.2 } as const;

/** The pointer off the chart: a card under it would show its hover handles. */
async function pointerAway(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
}

test.use({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });

test('the start screen', async ({ editor }) => {
  await expect(editor.page.getByTestId('start-screen')).toBeVisible();
  await expect(editor.page).toHaveScreenshot('start-screen.png', look);
});

test('the editor with a template open', async ({ editor, page }) => {
  await editor.startFrom('scale-up');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect.poll(() => canvasZoom(page)).toBe(0.75);
  await pointerAway(page);
  await expect(page).toHaveScreenshot('editor-scale-up.png', {
    ...look,
    // The time of the last save, in the status's tooltip only, but masked to be safe.
    mask: [page.getByTestId('save-status')],
  });
});

test('the chart alone, its side panels hidden, at 1280 px', async ({ editor, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await editor.startFrom('enterprise');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await page.keyboard.press('Control+Backslash');
  await expect(page.getByTestId('panel-left')).toHaveCount(0);
  await page.getByTestId('find-input').fill('plant');
  await page.getByTestId('find-input').press('Enter');
  await expect(editor.card('plant-aarhus')).toHaveAttribute('data-selected', 'true');
  await page.getByTestId('find-input').blur();
  await pointerAway(page);
  await expect(page).toHaveScreenshot('editor-chart-alone.png', {
    ...look,
    mask: [page.getByTestId('save-status')],
  });
});
