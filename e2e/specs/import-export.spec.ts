import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

/** Width and height from a PNG's header (the IHDR chunk right after the signature). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

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

test('PNG export covers the whole chart, wider than the screen', async ({ page }) => {
  await importFile(page, fixture('wide.json'));
  await expect(cards(page)).toHaveCount(49);
  const png = await download(page, 'export-png');
  expect(png.name).toBe(`wide-co-org-chart-${today()}.png`);
  const { width, height } = pngSize(png.bytes);
  const viewport = page.viewportSize()!;
  // At twice the pixels, 100% zoom: the 24 heads and their teams side by side are far wider
  // than the window.
  expect(width / 2).toBeGreaterThan(viewport.width * 2);
  expect(height).toBeGreaterThan(0);
});

test('SVG export holds every title and the reporting lines', async ({ page }) => {
  const chart = JSON.parse(await readFixture('wide.json'));
  await importFile(page, fixture('wide.json'));
  await expect(cards(page)).toHaveCount(49);
  const svg = (await download(page, 'export-svg')).bytes.toString('utf8');
  expect(svg.startsWith('<?xml')).toBe(true);
  expect(svg).toContain('<svg');
  for (const position of chart.positions) expect(svg).toContain(position.title);
  const edgePaths = svg.match(/class="react-flow__edge-path"[^>]*/g) ?? [];
  expect(edgePaths).toHaveLength(48);
  for (const path of edgePaths) expect(path).toMatch(/stroke: (?!none)/);
});

test('the SVG looks exactly like the PNG', async ({ page }) => {
  await importFile(page, fixture('acme.json'));
  await expect(cards(page)).toHaveCount(6);
  const png = await download(page, 'export-png');
  const svg = await download(page, 'export-svg');
  // The SVG is drawn at the PNG's pixel ratio in the page and compared pixel by pixel: the
  // slimmed-down styles of the SVG must draw what html-to-image drew from the full ones.
  const differences = await page.evaluate(
    async ({ pngUrl, svgUrl }) => {
      const load = (src: string) =>
        new Promise<HTMLImageElement>((resolve, reject) => {
          const image = new Image();
          image.onload = () => resolve(image);
          image.onerror = () => reject(new Error(`cannot load ${src.slice(0, 30)}`));
          image.src = src;
        });
      const [pngImage, svgImage] = await Promise.all([load(pngUrl), load(svgUrl)]);
      const pixels = (image: HTMLImageElement, width: number, height: number) => {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const context = canvas.getContext('2d')!;
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, width, height);
        context.drawImage(image, 0, 0, width, height);
        return context.getImageData(0, 0, width, height).data;
      };
      const { naturalWidth: width, naturalHeight: height } = pngImage;
      const a = pixels(pngImage, width, height);
      const b = pixels(svgImage, width, height);
      let count = 0;
      for (let i = 0; i < a.length; i += 4) {
        if (
          Math.abs(a[i]! - b[i]!) +
            Math.abs(a[i + 1]! - b[i + 1]!) +
            Math.abs(a[i + 2]! - b[i + 2]!) >
          24
        )
          count++;
      }
      return { count, svgWidth: svgImage.naturalWidth, width };
    },
    {
      pngUrl: `data:image/png;base64,${png.bytes.toString('base64')}`,
      svgUrl: `data:image/svg+xml;base64,${svg.bytes.toString('base64')}`,
    },
  );
  expect(differences.svgWidth * 2).toBe(differences.width);
  // A few pixels of leeway for anti-aliasing; a glyph drawn in the wrong colour is hundreds.
  expect(differences.count).toBeLessThan(50);
});

test('SVG export of a chart too big to render at once still holds every card', async ({ page }) => {
  test.setTimeout(90_000);
  const positions: { id: string; title: string; reportsTo?: string }[] = [
    { id: 'ceo', title: 'CEO' },
  ];
  for (let head = 0; head < 15; head++) {
    positions.push({ id: `h${head}`, title: `Head ${head}`, reportsTo: 'ceo' });
    for (let report = 0; report < 18; report++) {
      positions.push({
        id: `h${head}r${report}`,
        title: `Report ${head}.${report}`,
        reportsTo: `h${head}`,
      });
    }
  }
  const path = join(tmpdir(), `orgwise-big-${process.pid}.json`);
  await writeFile(path, JSON.stringify({ version: 1, positions }));
  await importFile(page, path);
  await expect(page.getByTestId('status')).toContainText(`Imported ${positions.length} positions`);
  const svg = (await download(page, 'export-svg')).bytes.toString('utf8');
  for (const position of positions) expect(svg).toContain(`>${position.title}<`);
  // Drawn zoomed out, where the canvas shows such a chart's cards as blocks: the image shows them
  // in full.
  expect(/visibility:\s*hidden/.test(svg), 'the image has hidden card text').toBe(false);
});
