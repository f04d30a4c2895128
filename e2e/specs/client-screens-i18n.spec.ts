import { findingDelta, validate } from '@orgwise/domain';
import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility.js';
import { fjordOptions } from '../support/fjord-options.js';
import { openSavedWorkspace, watchErrors } from '../support/saved-workspace.js';

// Compare, Present and the shared page in Danish and Dutch: their own words, the changes worded
// in the language (not the comparison CSV's English), findings in it, and the audit passing.

const { today, optionB } = fjordOptions();
const resolved = findingDelta(validate(today), validate(optionB)).resolved.length;

const languages = [
  {
    locale: 'da-DK',
    whatChanges: 'Hvad ændrer sig',
    moved: /^Flyttet\s*CTO: refererer nu til CEO, før CIO$/,
    delta: `Løser ${resolved} fund i forhold til Today.`,
    figure: 'Ledelseslag',
    caption: 'Flyttet: CTO: refererer nu til CEO, før CIO',
    exit: 'Afslut (Esc)',
    forClient: 'Til Fjord Software',
  },
  {
    locale: 'nl-NL',
    whatChanges: 'Wat verandert er',
    moved: /^Verplaatst\s*CTO: rapporteert nu aan CEO, eerst aan CIO$/,
    delta: `Lost ${resolved} bevindingen op ten opzichte van Today.`,
    figure: 'Managementlagen',
    caption: 'Verplaatst: CTO: rapporteert nu aan CEO, eerst aan CIO',
    exit: 'Stoppen (Esc)',
    forClient: 'Voor Fjord Software',
  },
];

for (const language of languages) {
  test.describe(language.locale, () => {
    test.use({ locale: language.locale });

    test(`compare, present and the shared page in ${language.locale}`, async ({
      page,
      browser,
      browserName,
    }) => {
      const problems = watchErrors(page);
      const { workspaceId } = await openSavedWorkspace(
        page,
        { name: 'Fjord', client: 'Fjord Software' },
        [
          { name: 'Today', chart: today },
          { name: 'Option B', chart: optionB },
        ],
      );
      await page.getByTestId('open-compare').click();
      const view = page.getByTestId('view-compare');
      await expect(view.getByRole('heading', { name: language.whatChanges })).toBeVisible();
      const story = view.getByTestId('story-card');
      await expect(story.getByTestId('change-list').locator('li').first()).toHaveText(
        language.moved,
      );
      await expect(story.getByTestId('finding-delta')).toHaveText(language.delta);
      await expect(view.getByRole('rowheader', { name: language.figure })).toBeVisible();
      if (browserName === 'chromium') await expectAccessible(page, `compare in ${language.locale}`);

      await view.getByTestId('present-button').click();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(page.getByTestId('slide-caption')).toHaveText(language.caption);
      await expect(page.getByRole('button', { name: language.exit })).toBeVisible();
      await page.keyboard.press('Escape');

      // The shared page, in a browser with the same language and nothing else.
      const link = await page.request.post(`/api/v1/workspaces/${workspaceId}/share-links`, {
        data: {},
      });
      const context = await browser.newContext({ locale: language.locale });
      const client = await context.newPage();
      await client.goto((await link.json()).url);
      await expect(client.getByTestId('shared-page')).toContainText(language.forClient);
      await expect(client.getByTestId('story-card').getByTestId('finding-delta')).toHaveText(
        language.delta,
      );
      await context.close();
      expect(problems).toEqual([]);
    });
  });
}
