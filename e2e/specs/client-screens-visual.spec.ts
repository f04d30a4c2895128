import { expect, type Page, test } from '@playwright/test';
import { nordlysOptions } from '../support/nordlys-options.js';
import { createSavedWorkspace, openSavedWorkspace } from '../support/saved-workspace.js';

// What a client sees, compared with committed pictures: the comparison, a slide and a share
// link's page, at the 1280 × 800 of a laptop on a projector. The thresholds allow for font
// rendering (anti-aliasing, hinting) differing between machines, not for a moved element.

test.use({ viewport: { width: 1280, height: 800 } });

const look = { maxDiffPixelRatio: 0.02, threshold: 0.25, animations: 'disabled' } as const;
const workspace = { name: 'Nordlys: technology leadership', client: 'Nordlys Energi A/S' };

async function settle(page: Page) {
  // The charts fit themselves once their cards are measured; fonts load before that.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);
}

test('compare: the story of the changes, then the charts side by side', async ({ page }) => {
  await openSavedWorkspace(page, workspace, nordlysOptions());
  await page.getByTestId('open-compare').click();
  await expect(page.getByTestId('compare-column')).toHaveCount(3);
  await settle(page);
  await expect(page).toHaveScreenshot('compare-story.png', look);
  await page.locator('.compare-charts').evaluate((section) => section.scrollIntoView());
  await settle(page);
  await expect(page).toHaveScreenshot('compare-charts.png', look);
});

test('present: an option, a branch and a change step', async ({ page }) => {
  await openSavedWorkspace(page, workspace, nordlysOptions());
  await page.getByTestId('open-present').click();
  const counter = page.getByTestId('slide-counter');
  await expect(counter).toHaveText(/^1 \//);
  await settle(page);
  await expect(page).toHaveScreenshot('present-option.png', look);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide')).toHaveAttribute('data-kind', 'branch');
  await settle(page);
  await expect(page).toHaveScreenshot('present-branch.png', look);
  // The first change of Option A: its slide and the step after it.
  const slide = page.getByTestId('slide');
  while ((await slide.getAttribute('data-kind')) !== 'change')
    await page.keyboard.press('PageDown');
  await settle(page);
  await expect(page).toHaveScreenshot('present-change.png', look);
});

test('share: the page a client opens', async ({ page, request }) => {
  const { workspaceId } = await createSavedWorkspace(
    request,
    { ...workspace, notes: 'Private: fees' },
    nordlysOptions(),
  );
  await request.patch(`/api/v1/workspaces/${workspaceId}`, {
    data: { sharedNotes: 'For the board meeting: three options for technology leadership.' },
  });
  const link = await request.post(`/api/v1/workspaces/${workspaceId}/share-links`, { data: {} });
  const { url } = await link.json();
  await page.goto(url);
  await expect(page.getByTestId('compare-column')).toHaveCount(3);
  await expect(page.getByTestId('shared-page')).not.toContainText('Private');
  await settle(page);
  await expect(page).toHaveScreenshot('share.png', look);
});
