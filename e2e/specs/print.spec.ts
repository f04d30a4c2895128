import { expect, test } from '@playwright/test';
import { fjordOptions } from '../support/fjord-options.js';
import { nordlysOptions } from '../support/nordlys-options.js';
import { openSavedWorkspace, watchErrors } from '../support/saved-workspace.js';

// Printing: the editor prints its chart, not itself, on legible A4 sheets; while comparing, the
// comparison prints as a document without its controls.

test.skip(
  ({ browserName }) => browserName === 'firefox',
  'print media cannot be emulated in Firefox over WebDriver BiDi (the emulation does not apply), and page.pdf is Chromium’s',
);

test('the editor prints the whole chart on legible sheets, without the editor', async ({
  page,
}) => {
  const problems = watchErrors(page);
  await openSavedWorkspace(page, { name: 'Nordlys' }, nordlysOptions().slice(0, 1));
  // The browser's print (Ctrl+P) announces itself with beforeprint; the page draws the sheets.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app')).toBeHidden();
  const sheets = page.getByTestId('print-sheet');
  // 40 positions do not fit one A4 sheet legibly: more than one, each titled.
  expect(await sheets.count()).toBeGreaterThan(1);
  await expect(sheets.first()).toContainText('Nordlys Energi A/S · sheet 1 of');
  const picture = sheets.first().locator('img');
  await expect(picture).toHaveAttribute('src', /^data:image\/svg\+xml/);
  // Printed at 70% or more of the screen's size: a 200 px card is at least 140 px on paper.
  const width = await picture.evaluate((image) => image.getBoundingClientRect().width);
  const bounds = await page.evaluate(() => {
    const src = document.querySelector<HTMLImageElement>('.print-tile img')!.src;
    const svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
    return Number(/width="(\d+)"/.exec(svg)![1]);
  });
  expect(width / bounds).toBeGreaterThanOrEqual(0.69);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.byteLength).toBeGreaterThan(0);

  // After printing, the sheets go and the editor is back.
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.getByTestId('print-chart')).toHaveCount(0);
  await expect(page.locator('.app')).toBeVisible();
  expect(problems).toEqual([]);
});

test('while comparing, the comparison prints without its controls', async ({ page }) => {
  const { today, optionB } = fjordOptions();
  await openSavedWorkspace(page, { name: 'Fjord' }, [
    { name: 'Today', chart: today },
    { name: 'Option B', chart: optionB },
  ]);
  await page.getByTestId('open-compare').click();
  await expect(page.getByTestId('compare-column')).toHaveCount(2);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-chart')).toBeHidden();
  await expect(page.locator('.compare-toolbar')).toBeHidden();
  await expect(page.locator('.top-bar')).toBeHidden();
  await expect(page.locator('.react-flow__controls').first()).toBeHidden();
  await expect(page.getByTestId('story-card')).toBeVisible();
  await expect(page.getByTestId('compare-column')).toHaveCount(2);
  await expect(page.getByTestId('scorecard')).toBeVisible();
});
