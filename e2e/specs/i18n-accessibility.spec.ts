import { join } from 'node:path';
import { expectAccessible } from '../support/accessibility.js';
import { expect, test } from '../support/editor.js';

// The WCAG 2.1 AA audit (axe-core) of accessibility.spec.ts, in Danish and Dutch: the names,
// labels and page language of the translated screens, and the contrast of their longer words.

test.use({ viewport: { width: 1440, height: 900 } });
test.describe.configure({ timeout: 120_000 });
// The audit judges the page's markup, the same in every browser: Chromium only, as the English one.
test.skip(({ browserName }) => browserName === 'firefox', 'audited in Chromium');

const danishCsv = join(import.meta.dirname, '..', 'fixtures', 'import-export', 'danish.csv');
const why = { 'da-DK': 'Hvorfor det er vigtigt', 'nl-NL': 'Waarom dit ertoe doet' };

for (const locale of ['da-DK', 'nl-NL'] as const) {
  test.describe(locale, () => {
    test.use({ locale });

    test('the start screen, the editor with findings, its dialogs, menus and the option menu', async ({
      editor,
      page,
    }) => {
      await expect(page.locator('html')).toHaveAttribute('lang', locale.slice(0, 2));
      await expectAccessible(page, `the start screen (${locale})`);

      await editor.startFrom('enterprise');
      await editor.select('erp-manager');
      const finding = editor.finding('it-under-cio');
      await finding.getByText(why[locale]).click();
      await expect(finding.locator('.finding-sources li').first()).toBeVisible();
      await expectAccessible(page, `the editor with a finding explained (${locale})`);

      await page.getByTestId('open-rule-settings').click();
      await expect(page.getByTestId('rule-settings-close')).toBeVisible();
      await expectAccessible(page, `the rule settings (${locale})`);
      await page.getByTestId('rule-settings-close').click();

      await page.getByTestId('export-menu').click();
      await expect(page.getByTestId('export-json')).toBeVisible();
      await expectAccessible(page, `the Export menu (${locale})`);
      await page.keyboard.press('Escape');

      await page.getByTestId('import-file-input').setInputFiles(danishCsv);
      await expect(page.getByTestId('csv-mapping-dialog')).toBeVisible();
      await expectAccessible(page, `the CSV column mapping (${locale})`);
      await page.getByTestId('csv-import-cancel').click();

      // Saved on the first edit: the options and the workspace panel are there.
      await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
      await page.getByTestId('option-actions').click();
      await expectAccessible(page, `the option menu (${locale})`);
      await page.keyboard.press('Escape');
      await page.getByTestId('workspace-menu').click();
      await expectAccessible(page, `the workspace panel (${locale})`);
    });
  });
}
