import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { exportDownload as download } from '../support/export-download.js';

const fixture = (name: string) =>
  join(import.meta.dirname, '..', 'fixtures', 'import-export', name);
const readFixture = async (name: string) => readFile(fixture(name), 'utf8');

async function importFile(page: Page, path: string) {
  await page.getByTestId('import-file-input').setInputFiles(path);
}

const cards = (page: Page) => page.getByTestId('position-card');
const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('import-button')).toBeVisible();
});

test('JSON import and export round-trip the chart, unknown fields included', async ({ page }) => {
  await importFile(page, fixture('acme.json'));
  await expect(cards(page)).toHaveCount(6);
  await expect(page.locator('[data-testid="position-card"][data-id="cfo"]')).toContainText(
    'Ole Hansen',
  );
  await expect(page.getByTestId('status')).toContainText('Imported 6 positions from acme.json');

  const exported = await download(page, 'export-json');
  expect(exported.name).toBe(`acme-a-s-org-chart-${today()}.json`);
  const text = exported.bytes.toString('utf8');
  expect(text).toContain('\n  "positions": [\n');
  expect(JSON.parse(text)).toEqual(JSON.parse(await readFixture('acme.json')));
});

test('a broken JSON file names the exact paths and leaves the chart as it was', async ({
  page,
}) => {
  await importFile(page, fixture('acme.json'));
  await expect(cards(page)).toHaveCount(6);

  await importFile(page, fixture('broken.json'));
  const dialog = page.getByTestId('import-errors-dialog');
  await expect(dialog).toBeVisible();
  const errors = dialog.getByRole('alert');
  await expect(errors).toContainText('company.headcount: Headcount must not be negative');
  await expect(errors).toContainText('positions[1].reportsTo (CFO): Position id must be a string');
  await expect(errors).toContainText(
    'positions[1].vacant (CFO): "vacant" must be true or false, not "maybe"',
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(cards(page)).toHaveCount(6);
  await expect(page.locator('[data-testid="position-card"][data-id="ceo"]')).toContainText(
    'Administrerende direktør',
  );
});

test('CSV import maps Danish semicolon-separated columns and resolves managers by title or name', async ({
  page,
}) => {
  await importFile(page, fixture('danish.csv'));
  const dialog = page.getByTestId('csv-mapping-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('5 rows separated by semicolons');

  // The guessed mapping, shown as chosen options.
  await expect(page.getByTestId('csv-map-title').locator('option:checked')).toHaveText('Titel');
  await expect(page.getByTestId('csv-map-holder').locator('option:checked')).toHaveText('Navn');
  await expect(page.getByTestId('csv-map-reportsTo').locator('option:checked')).toHaveText('Chef');
  await expect(page.getByTestId('csv-map-id').locator('option:checked')).toHaveText(
    'Not in the file',
  );

  // The preview shows the roles recognised from the Danish titles.
  const recognised = page.getByTestId('csv-preview').getByTestId('csv-preview-roles');
  await expect(recognised).toHaveText(['CEO', 'CFO', 'CTO', 'CIO', '—']);

  await page.getByTestId('csv-import-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(cards(page)).toHaveCount(5);

  const chart = JSON.parse((await download(page, 'export-json')).bytes.toString('utf8'));
  expect(chart.positions).toEqual([
    { id: 'adm-direktoer', title: 'Adm. direktør', holder: 'Mette Jensen' },
    {
      id: 'oekonomidirektoer',
      title: 'Økonomidirektør',
      holder: 'Ole Hansen',
      reportsTo: 'adm-direktoer',
    },
    {
      id: 'teknologichef',
      title: 'Teknologichef',
      holder: 'Søren Ærø',
      reportsTo: 'adm-direktoer',
    },
    { id: 'it-chef', title: 'IT-chef', reportsTo: 'teknologichef' },
    {
      id: 'controller-koncern',
      title: 'Controller; koncern',
      holder: 'Eva Berg',
      reportsTo: 'oekonomidirektoer',
    },
  ]);
});

test('a CSV error names the row and the column, and the mapping can be changed', async ({
  page,
}) => {
  await importFile(page, fixture('acme.json'));
  await expect(cards(page)).toHaveCount(6);

  await importFile(page, fixture('broken.csv'));
  const dialog = page.getByTestId('csv-mapping-dialog');
  await page.getByTestId('csv-import-confirm').click();
  await expect(page.getByTestId('csv-import-errors')).toHaveAttribute('role', 'alert');
  await expect(page.getByTestId('csv-import-errors')).toContainText(
    "Row 14, column 'Reports to': no position has the id, title or holder 'cfo2'",
  );
  await expect(dialog).toBeVisible();
  await expect(cards(page)).toHaveCount(6);

  // Without the reports-to column the same file imports (13 positions, no managers).
  await page.getByTestId('csv-map-reportsTo').selectOption({ label: 'Not in the file' });
  await page.getByTestId('csv-import-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(cards(page)).toHaveCount(13);
});

test('Escape closes the mapping dialog without importing, and focus stays inside it', async ({
  page,
}) => {
  await importFile(page, fixture('acme.json'));
  await expect(cards(page)).toHaveCount(6);
  // Through the button and the browser's file chooser, as a user does it.
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByTestId('import-button').click(),
  ]);
  await chooser.setFiles(fixture('danish.csv'));
  const dialog = page.getByTestId('csv-mapping-dialog');
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Shift+Tab');
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(cards(page)).toHaveCount(6);
  await expect(page.getByTestId('import-button')).toBeFocused();
});

test('CSV export escapes formulas and imports back to the same positions', async ({ page }) => {
  await importFile(page, fixture('acme.json'));
  await expect(cards(page)).toHaveCount(6);
  const before = JSON.parse((await download(page, 'export-json')).bytes.toString('utf8'));

  const csv = await download(page, 'export-csv');
  expect(csv.name).toBe(`acme-a-s-org-chart-${today()}.csv`);
  const text = csv.bytes.toString('utf8');
  expect(text.startsWith('\uFEFFid,title,holder,reports_to,roles,vacant,interim\r\n')).toBe(true);
  expect(text).toContain('it,Head of IT,,cio,it-manager,yes,\r\n');

  await importFile(page, csv.path);
  await expect(page.getByTestId('csv-mapping-dialog')).toBeVisible();
  await page.getByTestId('csv-import-confirm').click();
  await expect(page.getByTestId('csv-mapping-dialog')).toBeHidden();
  const after = JSON.parse((await download(page, 'export-json')).bytes.toString('utf8'));
  // CSV has no unknown fields and no null holders; the rest comes back as it was.
  const plain = (positions: Record<string, unknown>[]) =>
    positions.map(({ costCentre: _c, holder, ...rest }) =>
      holder === null || holder === undefined ? rest : { ...rest, holder },
    );
  expect(after.positions).toEqual(plain(before.positions));
  expect(after.company).toEqual(before.company);
});

test('the Export menu works from the keyboard', async ({ page }) => {
  await importFile(page, fixture('acme.json'));
  await expect(cards(page)).toHaveCount(6);
  await page.getByTestId('export-menu').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('export-json')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  // Up from the first item wraps to the last: the Mermaid flowchart.
  await expect(page.getByTestId('export-mmd')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(page.getByTestId('export-menu')).toBeFocused();

  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
});

test('a file dropped on the page is imported', async ({ page }) => {
  const json = await readFixture('acme.json');
  await page.evaluate((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
    for (const type of ['dragover', 'drop']) {
      document.body.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }
  }, json);
  await expect(cards(page)).toHaveCount(6);
});
