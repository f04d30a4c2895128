import { join } from 'node:path';
import { generateChart } from '@orgwise/domain/testing';
import { documentOf, roundTripFormats } from '@orgwise/formats/testing';
import { expect, type Page, test } from '@playwright/test';
import { exportDownload as download } from '../support/export-download.js';

// Imports from where the org lives (a SCIM directory, an HR workbook) and exports for the tools
// people keep diagrams in (draw.io, Mermaid, Excel), through the editor's Import and Export menus.

const fixture = (name: string) =>
  join(import.meta.dirname, '..', 'fixtures', 'import-export', name);
/** The formats package's realistic SCIM answer: two pages, a disabled account, a duplicate. */
const scimUsers = join(
  import.meta.dirname,
  '..',
  '..',
  'packages',
  'formats',
  'fixtures',
  'scim-users.json',
);

const cards = (page: Page) => page.getByTestId('position-card');

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('import-button')).toBeVisible();
});

test('a SCIM export becomes the chart, with what could not be mapped listed', async ({ page }) => {
  await page.getByTestId('import-file-input').setInputFiles(scimUsers);
  const issues = page.getByTestId('import-issues-dialog');
  await expect(issues).toBeVisible();
  // The status shows for six seconds: read it first, before the dialog is worked through.
  await expect(page.getByTestId('status')).toContainText(
    'Imported 5 positions from scim-users.json. 5 parts of the file could not be mapped.',
  );
  await expect(issues).toContainText(
    '[0].Resources[3]: the account is disabled ("active" is false); the person is left out',
  );
  // The chart is imported: these are what it left out, not problems standing in its way.
  await expect(page.getByTestId('import-issues')).toContainText('5 parts of the file:');
  await expect(issues).not.toContainText('before the import');
  await page.getByTestId('import-issues-close').click();
  await expect(cards(page)).toHaveCount(5);

  // Mermaid: a line per reporting line (the CTO and the finance director under the CEO).
  const mermaid = await download(page, 'export-mmd');
  expect(mermaid.name).toMatch(/^org-chart-\d{4}-\d{2}-\d{2}\.mmd$/);
  const text = mermaid.bytes.toString('utf8');
  expect(text.split('\n')[0]).toBe('flowchart TD');
  expect(text.match(/ --> /g)).toHaveLength(2);
  expect(text).toContain('["Administrerende direktør<br/>Mette Jensen"]');

  // draw.io: a card per position, an edge per line.
  const drawio = (await download(page, 'export-drawio')).bytes.toString('utf8');
  expect(drawio.match(/<object id="position-\d+"/g)).toHaveLength(5);
  expect(drawio.match(/edge="1"/g)).toHaveLength(2);
  expect(drawio).toContain('orgwiseId="a1b2c3d4-0002-4000-8000-000000000002"');
});

test('a Dutch HR workbook goes through the mapping step, and the Excel export reads back', async ({
  page,
}) => {
  await page.getByTestId('import-file-input').setInputFiles(fixture('dutch-hr.xlsx'));
  const dialog = page.getByTestId('csv-mapping-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('4 rows in the first sheet');
  await expect(page.getByTestId('csv-map-title').locator('option:checked')).toHaveText('Functie');
  await expect(page.getByTestId('csv-map-reportsTo').locator('option:checked')).toHaveText(
    'Leidinggevende',
  );
  await expect(page.getByTestId('csv-map-department').locator('option:checked')).toHaveText(
    'Afdeling',
  );
  await expect(page.getByTestId('csv-preview-roles')).toHaveText(['CEO', 'CFO', 'CIO', /\S/]);
  await page.getByTestId('csv-import-confirm').click();
  await expect(cards(page)).toHaveCount(4);

  const workbook = await download(page, 'export-xlsx');
  expect(workbook.name).toMatch(/\.xlsx$/);
  expect(workbook.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  // The export imports back to the same chart, reporting lines and extras included.
  const before = JSON.parse((await download(page, 'export-json')).bytes.toString('utf8'));
  await page.getByTestId('import-file-input').setInputFiles({
    name: workbook.name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: workbook.bytes,
  });
  await expect(dialog).toBeVisible();
  await page.getByTestId('csv-import-confirm').click();
  await expect(dialog).toBeHidden();
  const after = JSON.parse((await download(page, 'export-json')).bytes.toString('utf8'));
  expect(after.positions).toEqual(before.positions);
  expect(after.positions[2]).toMatchObject({
    id: '20003',
    reportsTo: '20001',
    department: 'ICT',
    fte: 0.9,
  });
});

const lines = (positions: { id: string; reportsTo?: string | null }[]) =>
  Object.fromEntries(positions.map((position) => [position.id, position.reportsTo ?? null]));

/** The file a person would pick: a directory's answer is JSON, recognised by its content. */
const fileNames: Record<(typeof roundTripFormats)[number], string> = {
  scim: 'users.json',
  msgraph: 'users.json',
  'google-directory': 'users.json',
  csv: 'medarbejdere.csv',
  xlsx: 'medarbejdere.xlsx',
};

for (const size of [5, 5000]) {
  for (const format of roundTripFormats) {
    test(`${size} people from ${format} keep every reporting line`, async ({ page }) => {
      test.setTimeout(size === 5 ? 30_000 : 120_000);
      const chart = generateChart(size);
      await page.getByTestId('import-file-input').setInputFiles({
        name: fileNames[format],
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(await documentOf(format, chart)),
      });
      // A table goes through the mapping step, its columns guessed from the headers.
      if (format === 'csv' || format === 'xlsx') {
        await expect(page.getByTestId('csv-mapping-dialog')).toBeVisible();
        await page.getByTestId('csv-import-confirm').click();
      }
      await expect(page.getByTestId('status')).toContainText(
        `Imported ${size.toLocaleString('en-US')} positions from ${fileNames[format]}`,
      );
      const saved = JSON.parse((await download(page, 'export-json')).bytes.toString('utf8'));
      expect(lines(saved.positions)).toEqual(lines(chart.positions));
    });
  }
}
