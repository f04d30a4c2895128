import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { exportDownload as download } from '../support/export-download.js';

// Pictures of the chart: a true vector SVG drawn from the layout (shapes and text, which office and
// design tools open), and a PNG drawn from that SVG, so neither holds the editor's controls.

const fixture = (name: string) =>
  join(import.meta.dirname, '..', 'fixtures', 'import-export', name);

async function importFile(page: Page, path: string) {
  await page.getByTestId('import-file-input').setInputFiles(path);
}

const cards = (page: Page) => page.getByTestId('position-card');

/** Width and height from a PNG's header (the IHDR chunk right after the signature). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The SVG as the browser's XML parser reads it: whether it parsed, and what it holds. */
function readSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      parsed: parsed.querySelector('parsererror') === null,
      root: parsed.documentElement.localName,
      foreignObjects: parsed.getElementsByTagName('foreignObject').length,
      html: parsed.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', '*').length,
      texts: Array.from(parsed.getElementsByTagName('text'), (text) => text.textContent ?? ''),
      rects: parsed.getElementsByTagName('rect').length,
      paths: parsed.getElementsByTagName('path').length,
    };
  }, svg);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('import-button')).toBeVisible();
});

test('the SVG is vector: it parses as XML, has no foreignObject, and its titles are text', async ({
  page,
}) => {
  const chart = JSON.parse(await readFile(fixture('acme.json'), 'utf8'));
  await importFile(page, fixture('acme.json'));
  await expect(cards(page)).toHaveCount(6);
  // The chart has findings, so its cards carry finding badges in the editor.
  await expect(page.getByTestId('findings-badge').first()).toBeVisible();
  const svg = (await download(page, 'export-svg')).bytes.toString('utf8');
  expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  const read = await readSvg(page, svg);
  expect(read).toMatchObject({ parsed: true, root: 'svg', foreignObjects: 0, html: 0 });
  for (const position of chart.positions) expect(read.texts).toContain(position.title);
  // Only what the cards say: titles, people, roles and Vacant/Interim; no badges or buttons.
  const allowed = new Set<string>([
    ...chart.positions.flatMap((p: { title: string; holder?: string }) => [p.title, p.holder]),
    'CEO',
    'CFO',
    'CTO',
    'CIO',
    'IT manager',
    'IT Mgr',
    'Interim',
    'Vacant',
  ]);
  expect(read.texts.filter((text) => !allowed.has(text))).toEqual([]);
  // A card and its accent for each position, five reporting lines and the dotted one.
  expect(read.rects).toBeGreaterThanOrEqual(7);
  expect(read.paths).toBeGreaterThanOrEqual(6 + 6);
});

test('the PNG is the SVG drawn at twice its size, the whole chart however wide', async ({
  page,
}) => {
  await importFile(page, fixture('wide.json'));
  await expect(cards(page)).toHaveCount(49);
  const png = await download(page, 'export-png');
  const svg = await download(page, 'export-svg');
  const { width } = pngSize(png.bytes);
  // At 100% zoom the 24 heads and their teams side by side are far wider than the window.
  expect(width / 2).toBeGreaterThan(page.viewportSize()!.width * 2);
  const differences = await page.evaluate(
    async ({ pngUrl, svgUrl }) => {
      const load = async (src: string) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return image;
      };
      const [pngImage, svgImage] = await Promise.all([load(pngUrl), load(svgUrl)]);
      const { naturalWidth: w, naturalHeight: h } = pngImage;
      const pixels = (image: HTMLImageElement) => {
        const canvas = document.createElement('canvas');
        canvas.width = w;
        canvas.height = h;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0, w, h);
        return context.getImageData(0, 0, w, h).data;
      };
      const a = pixels(pngImage);
      const b = pixels(svgImage);
      let count = 0;
      for (let i = 0; i < a.length; i += 4) {
        const delta =
          Math.abs(a[i]! - b[i]!) +
          Math.abs(a[i + 1]! - b[i + 1]!) +
          Math.abs(a[i + 2]! - b[i + 2]!);
        if (delta > 24) count++;
      }
      return { count, svgWidth: svgImage.naturalWidth, width: w };
    },
    {
      pngUrl: `data:image/png;base64,${png.bytes.toString('base64')}`,
      svgUrl: `data:image/svg+xml;base64,${svg.bytes.toString('base64')}`,
    },
  );
  expect(differences.svgWidth * 2).toBe(differences.width);
  expect(differences.count).toBeLessThan(50);
});

test('the SVG of a chart too big to render at once holds every card and line', async ({ page }) => {
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
  const read = await readSvg(page, svg);
  expect(read.parsed).toBe(true);
  const titles = new Set(read.texts);
  for (const position of positions) expect(titles.has(position.title)).toBe(true);
  expect(svg.match(/stroke="#8593a6"/g)).toHaveLength(positions.length - 1);
});
