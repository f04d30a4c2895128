import { join } from 'node:path';
import { expectAccessible } from '../support/accessibility.js';
import { expect, test } from '../support/editor.js';
import { fjordOptions } from '../support/fjord-options.js';
import {
  createSavedWorkspace,
  openSavedWorkspace,
  watchErrors,
} from '../support/saved-workspace.js';

// An automated WCAG 2.1 AA audit (axe-core) of every screen and dialog, in the states people see
// them: labels, names, roles, contrast, landmarks and focusable controls. It complements the
// keyboard tests in the other specs; what axe cannot judge (the order of focus, whether a label
// makes sense) is covered there.

test.use({ viewport: { width: 1440, height: 900 } });
// Each audit walks the whole page: several per test take longer than the usual 30 s.
test.describe.configure({ timeout: 120_000 });

// An interim and a vacancy, so that their markers are audited too.
const { today, optionB } = fjordOptions((position) =>
  position.id === 'cto'
    ? { ...position, interim: true }
    : position.id === 'ciso'
      ? { ...position, vacant: true }
      : position,
);

test('the start screen, the editor with findings, and its dialogs and menus', async ({
  editor,
  page,
}) => {
  await expectAccessible(page, 'the start screen');

  await editor.startFrom('enterprise');
  await editor.select('erp-manager');
  const finding = editor.finding('it-under-cio');
  await finding.getByText('Why this matters').click();
  await expect(finding.locator('.finding-sources li').first()).toBeVisible();
  await expectAccessible(page, 'the editor with a position selected and a finding explained');

  await page.getByTestId('open-rule-settings').click();
  await expect(page.getByTestId('rule-settings-close')).toBeVisible();
  await expectAccessible(page, 'the rule settings');
  await page.getByTestId('rule-settings-close').click();

  await page.getByTestId('export-menu').click();
  await expect(page.getByTestId('export-json')).toBeVisible();
  await expectAccessible(page, 'the Export menu');
  await page.keyboard.press('Escape');

  await page
    .getByTestId('import-file-input')
    .setInputFiles(join(import.meta.dirname, '..', 'fixtures', 'import-export', 'danish.csv'));
  await expect(page.getByTestId('csv-mapping-dialog')).toBeVisible();
  await expectAccessible(page, 'the CSV column mapping');
});

test('options, comparison, presentation, sharing, the shared page and deleted options', async ({
  page,
  browser,
}) => {
  const problems = watchErrors(page);
  await openSavedWorkspace(page, { name: 'Fjord: technology leadership' }, [
    { name: 'Today', chart: today, description: 'Where we are.' },
    { name: 'Option B', chart: optionB, description: 'CTO and CISO report to the CEO.' },
  ]);
  await expectAccessible(page, 'a saved workspace with two options');

  await page.getByTestId('open-compare').click();
  const compare = page.getByTestId('view-compare');
  await compare.getByTestId('compare-baseline').selectOption({ label: 'Today' });
  await compare.getByRole('checkbox', { name: 'Option B' }).check();
  await expect(compare.getByTestId('compare-column')).toHaveCount(2);
  await expectAccessible(page, 'the comparison');
  await page.getByTestId('open-compare').click();
  await expect(compare).toHaveCount(0);

  await page.getByTestId('open-present').click();
  await expect(page.getByTestId('presentation')).toBeVisible();
  await expectAccessible(page, 'the presentation');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);

  await page.getByTestId('open-share').click();
  const panel = page.getByTestId('share-panel');
  await panel.getByTestId('create-share-link').click();
  const url = await panel.getByTestId('share-url').inputValue();
  await expectAccessible(page, 'the share panel with a link');

  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const client = await context.newPage();
  await client.goto(url);
  await expect(client.getByTestId('compare-column')).toHaveCount(2);
  await expectAccessible(client, 'the shared page');
  await context.close();

  await page.keyboard.press('Escape');
  await page.getByTestId('scenario-tab').filter({ hasText: 'Option B' }).click();
  await page.getByTestId('option-actions').click();
  await page.getByTestId('option-delete').click();
  await expect(page.getByTestId('scenario-tab')).toHaveText(['Today']);
  await page.getByTestId('workspace-menu').click();
  await expectAccessible(page, 'the workspace panel');
  await page.getByTestId('deleted-options').click();
  await expect(page.getByTestId('deleted-option')).toHaveCount(1);
  await expectAccessible(page, 'the deleted options');
  expect(problems).toEqual([]);
});

test('the page shown when the server cannot be reached', async ({ page, request }) => {
  const {
    workspaceId,
    scenarioIds: [todayId],
  } = await createSavedWorkspace(request, { name: 'Fjord' }, [{ name: 'Today', chart: today }]);
  await page.route('/api/**', (route) => route.abort('failed'));
  await page.goto(`/w/${workspaceId}/${todayId}`);
  await expect(page.getByTestId('session-failed')).toHaveAttribute('data-kind', 'network');
  await expectAccessible(page, 'the unreachable-server page');
});

test('find and focus, and the editor with its side panels hidden', async ({ editor, page }) => {
  await editor.startFrom('scale-up');
  await page.getByTestId('find-input').fill('eng');
  await expect(page.getByTestId('find-result').first()).toBeVisible();
  await expectAccessible(page, 'the search box with its results');
  await page.getByTestId('find-result').first().click();
  await expectAccessible(page, 'a found position with its chain marked');

  await page.keyboard.press('Control+Backslash');
  await expect(page.getByTestId('panel-right')).toHaveCount(0);
  await page.getByTestId('skip-to-chart').focus();
  await expectAccessible(page, 'the chart alone, the skip link focused');
});
