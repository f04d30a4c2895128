import { join } from 'node:path';
import { expect, test } from '../support/editor.js';

// The editor in Danish and in Dutch: it follows the browser's language, the findings and fixes
// come from the domain in that language, and a language chosen in the switch is remembered. Each
// walk goes through the main flows (a template, a fix and its undo, the import dialog) and ends
// in the other language, after a reload.

const danishCsv = join(import.meta.dirname, '..', 'fixtures', 'import-export', 'danish.csv');

interface Walk {
  /** The browser's language. */
  browser: string;
  lang: 'da' | 'nl';
  heading: string;
  findings: RegExp;
  ctoMessage: RegExp;
  fix: string;
  applied: string;
  undo: string;
  importTitle: string;
  cancel: string;
  /** The other language: switched to at the end. */
  other: { lang: 'da' | 'nl'; findingsHeading: string; ctoMessage: RegExp };
}

const walks: Walk[] = [
  {
    browser: 'da-DK',
    lang: 'da',
    heading: 'Start et diagram',
    findings: /^0 fejl · 2 advarsler · \d+ bemærkninger$/,
    ctoMessage: /^“CTO” refererer til CIO’en “CIO”\. I en produktvirksomhed/,
    fix: 'Anvend: Lad “CTO” referere til “Chief Executive Officer”',
    applied: 'Anvendt: Lad “CTO” referere til “Chief Executive Officer”. Fortryd med Ctrl+Z.',
    undo: 'Fortryd',
    importTitle: 'Importér danish.csv',
    cancel: 'Annuller',
    other: {
      lang: 'nl',
      findingsHeading: 'Bevindingen',
      ctoMessage: /^“CTO” rapporteert aan de CIO “CIO”\. In een productbedrijf/,
    },
  },
  {
    browser: 'nl-NL',
    lang: 'nl',
    heading: 'Een organogram beginnen',
    findings: /^0 fouten · 2 waarschuwingen · \d+ opmerkingen$/,
    ctoMessage: /^“CTO” rapporteert aan de CIO “CIO”\. In een productbedrijf/,
    fix: 'Toepassen: Laat “CTO” rapporteren aan “Chief Executive Officer”',
    applied:
      'Toegepast: Laat “CTO” rapporteren aan “Chief Executive Officer”. Ongedaan maken met Ctrl+Z.',
    undo: 'Ongedaan maken',
    importTitle: 'danish.csv importeren',
    cancel: 'Annuleren',
    other: {
      lang: 'da',
      findingsHeading: 'Fund',
      ctoMessage: /^“CTO” refererer til CIO’en “CIO”\. I en produktvirksomhed/,
    },
  },
];

for (const walk of walks) {
  test.describe(`in ${walk.browser}`, () => {
    test.use({ locale: walk.browser });

    test('a template, a fix and its undo, the import dialog, then the other language after a reload', async ({
      editor,
      page,
    }) => {
      // The browser's language, before anything is chosen.
      await expect(page.locator('html')).toHaveAttribute('lang', walk.lang);
      await expect(page.getByTestId('language-switch')).toHaveValue(walk.lang);
      await expect(page.getByTestId('start-screen').getByRole('heading')).toHaveText(walk.heading);

      await editor.startFrom('scale-up');
      await expect(page.getByTestId('findings-summary')).toHaveText(walk.findings);
      const cto = editor.finding('cto-under-cio');
      await expect(cto.locator('.finding-message')).toHaveText(walk.ctoMessage);

      // A fix in the language, applied and undone.
      await cto.getByTestId('apply-suggestion').filter({ hasText: walk.fix }).click();
      await expect(editor.status()).toContainText(walk.applied);
      await expect(editor.finding('cto-under-cio')).toHaveCount(0);
      expect(await editor.managerOf('cto')).toBe('ceo');
      await page.getByRole('button', { name: walk.undo, exact: true }).click();
      await expect(editor.finding('cto-under-cio')).toHaveCount(1);
      expect(await editor.managerOf('cto')).toBe('cio');

      // The import dialog speaks the language too; cancelling changes nothing.
      await page.getByTestId('import-file-input').setInputFiles(danishCsv);
      const dialog = page.getByTestId('csv-mapping-dialog');
      await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(walk.importTitle);
      await dialog.getByRole('button', { name: walk.cancel }).click();
      await expect(dialog).toHaveCount(0);
      await expect(editor.cards()).toHaveCount(19);

      // The other language, chosen in the switch: at once, and still after a reload.
      await page.getByTestId('language-switch').selectOption(walk.other.lang);
      await expect(page.locator('html')).toHaveAttribute('lang', walk.other.lang);
      await expect(page.locator('#findings-heading')).toHaveText(walk.other.findingsHeading);
      await expect(editor.finding('cto-under-cio').locator('.finding-message')).toHaveText(
        walk.other.ctoMessage,
      );
      // The chart was saved as a workspace on the first edit: the reload opens it again.
      await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('lang', walk.other.lang);
      await expect(page.getByTestId('language-switch')).toHaveValue(walk.other.lang);
      await expect(page.locator('#findings-heading')).toHaveText(walk.other.findingsHeading);
      await expect(editor.finding('cto-under-cio').locator('.finding-message')).toHaveText(
        walk.other.ctoMessage,
      );
    });
  });
}

test('an English browser gets English, and the switch keeps English once chosen', async ({
  editor,
  page,
}) => {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('language-switch').selectOption('da');
  await expect(page.getByTestId('start-screen').getByRole('heading')).toHaveText(
    'Start et diagram',
  );
  await page.getByTestId('language-switch').selectOption('en');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await editor.startFrom('startup');
  await expect(page.locator('#findings-heading')).toHaveText('Findings');
});
