import { readFile } from 'node:fs/promises';
import { type Download, expect, type Page, test } from '@playwright/test';
import JSZip from 'jszip';
import { fjordOptions } from '../support/fjord-options.js';
import { openSavedWorkspace } from '../support/saved-workspace.js';

// The comparison's deck, as a consultant hands it over: a PowerPoint file whose slides hold the
// options' names, rationales and position titles as editable text, and a PDF of the same slides.

const longTitles: Record<string, string> = {
  ceo: 'Chief Executive Officer',
  cio: 'Chief Information Officer',
  cto: 'Chief Technology Officer',
};
const { today, optionB } = fjordOptions((position) => ({
  ...position,
  title: longTitles[position.id] ?? position.title,
}));

async function openComparison(page: Page, language?: 'da') {
  await openSavedWorkspace(
    page,
    { name: 'Fjord: technology leadership', ...(language === undefined ? {} : { language }) },
    [
      { name: 'Today', chart: today, description: 'The structure as it is.' },
      { name: 'Option B', chart: optionB, description: 'CTO and CISO report to the CEO.' },
    ],
  );
  await page.getByTestId('open-compare').click();
  const view = page.getByTestId('view-compare');
  await view.getByTestId('compare-baseline').selectOption({ label: 'Today' });
  await view.getByRole('checkbox', { name: 'Option B' }).check();
  return view;
}

async function downloaded(page: Page, testId: string): Promise<{ file: Download; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await page.getByTestId(testId).getByRole('button').click();
  const file = await downloading;
  return { file, bytes: await readFile((await file.path())!) };
}

test('the comparison exports as a PowerPoint deck with editable text, and as a PDF', async ({
  page,
}) => {
  await openComparison(page);

  const pptx = await downloaded(page, 'deck-export-pptx');
  expect(pptx.file.suggestedFilename()).toMatch(
    /^fjord-technology-leadership-restructuring-options-\d{4}-\d{2}-\d{2}\.pptx$/,
  );
  const zip = await JSZip.loadAsync(pptx.bytes);
  const slideFiles = Object.keys(zip.files).filter((name) =>
    /^ppt\/slides\/slide\d+\.xml$/.test(name),
  );
  // A title slide, one slide per option and the comparison.
  expect(slideFiles.length).toBeGreaterThanOrEqual(4);
  const text = (await Promise.all(slideFiles.map((name) => zip.file(name)!.async('string')))).join(
    '\n',
  );
  for (const expected of [
    'Fjord: technology leadership',
    'Option B',
    'CTO and CISO report to the CEO.',
    'Chief Technology Officer',
    'CISO',
  ]) {
    expect(text.includes(`>${expected}<`), `the deck holds the text “${expected}”`).toBe(true);
  }

  const pdf = await downloaded(page, 'deck-export-pdf');
  expect(pdf.file.suggestedFilename()).toMatch(
    /^fjord-technology-leadership-restructuring-options-\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = pdf.bytes.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
  expect(pages.length).toBe(slideFiles.length);
});

test('a workspace whose decks are in Danish gets a Danish deck, whatever the editor speaks', async ({
  page,
}) => {
  await openComparison(page, 'da');
  const pptx = await downloaded(page, 'deck-export-pptx');
  const zip = await JSZip.loadAsync(pptx.bytes);
  const slideFiles = Object.keys(zip.files).filter((name) =>
    /^ppt\/slides\/slide\d+\.xml$/.test(name),
  );
  const text = (await Promise.all(slideFiles.map((name) => zip.file(name)!.async('string')))).join(
    '\n',
  );
  // The deck's own words are Danish and tagged so, the options' names and titles as they are.
  expect(text).toContain('lang="da-DK"');
  for (const danish of ['Nøgletal', 'Stillinger', 'Ledelseslag']) {
    expect(text.includes(`>${danish}<`), `the deck says “${danish}”`).toBe(true);
  }
  expect(text.includes('>Key metrics<')).toBe(false);
  expect(text.includes('>Option B<')).toBe(true);
});
