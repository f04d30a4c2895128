import { expect, type Page, test } from '@playwright/test';
import { watchErrors } from '../support/saved-workspace.js';

// Options (scenarios) of a workspace as tabs above the canvas: a new option is a copy of the open
// one; options are renamed inline, described, reordered, deleted (with undo), and each keeps its
// own chart. Everything is saved and comes back after a reload.

const card = (page: Page, id: string) =>
  page.locator(`[data-testid="position-card"][data-id="${id}"]`);
const tabs = (page: Page) => page.getByTestId('scenario-tab');
const saved = (page: Page) =>
  expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

async function start(page: Page) {
  await page.goto('/');
  await page.locator('[data-testid="template-option"][data-template="startup"]').click();
  await expect(tabs(page)).toHaveText(['Current']);
  await saved(page);
}

async function optionAction(page: Page, testId: string) {
  await page.getByTestId('option-actions').click();
  await page.getByTestId(testId).click();
}

test('a new option copies the open one, is renamed inline and described, and keeps its own chart', async ({
  page,
}) => {
  const problems = watchErrors(page);
  await start(page);

  await page.getByTestId('scenario-new').click();
  // The new option opens with its name ready to be typed over.
  const nameInput = page.getByTestId('scenario-name-input');
  await expect(nameInput).toBeFocused();
  await expect(nameInput).toHaveValue('Option A');
  await nameInput.fill('Split CIO and CTO');
  await nameInput.press('Enter');
  await expect(tabs(page)).toHaveText(['Current', 'Split CIO and CTO']);
  await expect(tabs(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(tabs(page).nth(1)).toBeFocused();

  await page.getByTestId('rationale-toggle').click();
  await page
    .getByTestId('rationale-input')
    .fill('The CTO reports to the CEO.\nProduct decisions are made at the top.');

  // Reshape the option: the head of product moves under the CEO.
  await card(page, 'head-of-product').click();
  await page.getByTestId('inspector-manager').selectOption('ceo');
  await saved(page);

  await page.reload();
  await expect(tabs(page)).toHaveText(['Current', 'Split CIO and CTO']);
  await expect(tabs(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('rationale-toggle')).toContainText('The CTO reports to the CEO.');
  await page.getByTestId('rationale-toggle').click();
  await expect(page.getByTestId('rationale-input')).toHaveValue(
    'The CTO reports to the CEO.\nProduct decisions are made at the top.',
  );
  expect(
    await page.evaluate(
      () =>
        window.orgwise!.editor.getState().chart.positions.find((p) => p.id === 'head-of-product')
          ?.reportsTo,
    ),
  ).toBe('ceo');

  // The keyboard: focus the open tab, arrow to "Current", open it with Enter.
  await tabs(page).nth(1).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs(page).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tabs(page).first()).toHaveAttribute('aria-selected', 'true');
  expect(
    await page.evaluate(
      () =>
        window.orgwise!.editor.getState().chart.positions.find((p) => p.id === 'head-of-product')
          ?.reportsTo,
    ),
  ).toBe('cto');
  // Undo history starts afresh with each option.
  await expect(page.getByTestId('undo')).toBeDisabled();

  // F2 renames the focused tab.
  await tabs(page).first().focus();
  await page.keyboard.press('F2');
  await page.getByTestId('scenario-name-input').fill('Today');
  await page.keyboard.press('Enter');
  await expect(tabs(page)).toHaveText(['Today', 'Split CIO and CTO']);
  await saved(page);
  expect(problems).toEqual([]);
});

test('options are reordered, deleted and brought back with undo; the order is saved', async ({
  page,
}) => {
  const problems = watchErrors(page);
  await start(page);
  await page.getByTestId('scenario-new').click();
  await page.getByTestId('scenario-name-input').press('Enter');
  await page.getByTestId('scenario-new').click();
  await page.getByTestId('scenario-name-input').press('Enter');
  await expect(tabs(page)).toHaveText(['Current', 'Option A', 'Option B']);
  await saved(page);

  // Option B is open: move it left twice, once from the menu, once with the keyboard.
  await optionAction(page, 'option-move-left');
  await expect(tabs(page)).toHaveText(['Current', 'Option B', 'Option A']);
  await tabs(page).nth(1).focus();
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(tabs(page)).toHaveText(['Option B', 'Current', 'Option A']);
  await expect(tabs(page).first()).toBeFocused();
  await saved(page);
  await page.reload();
  await expect(tabs(page)).toHaveText(['Option B', 'Current', 'Option A']);

  // Describe Option B, then delete it: "Current" opens; undo brings it back, rationale and all.
  await page.getByTestId('rationale-toggle').click();
  await page.getByTestId('rationale-input').fill('A leaner top team.');
  await card(page, 'designer').click();
  await page.getByTestId('inspector-title').fill('Head of Design');
  await saved(page);
  await optionAction(page, 'option-delete');
  await expect(tabs(page)).toHaveText(['Current', 'Option A']);
  await expect(tabs(page).first()).toHaveAttribute('aria-selected', 'true');
  await expect(card(page, 'designer')).toContainText('Lead Product Designer');
  const notice = page.getByTestId('session-notice');
  await expect(notice).toContainText('Deleted “Option B”.');
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(tabs(page)).toHaveText(['Option B', 'Current', 'Option A']);
  await expect(tabs(page).first()).toHaveAttribute('aria-selected', 'true');
  await expect(card(page, 'designer')).toContainText('Head of Design');
  await expect(notice).toContainText('Brought back “Option B” with its saved versions.');
  await saved(page);
  // The same option came back, not a copy: its saved versions are all there.
  await optionAction(page, 'option-history');
  await expect(page.getByTestId('revisions-dialog').getByTestId('revision')).not.toHaveCount(1);
  await page.keyboard.press('Escape');

  await page.reload();
  await expect(tabs(page)).toHaveText(['Option B', 'Current', 'Option A']);
  await expect(page.getByTestId('rationale-toggle')).toContainText('A leaner top team.');

  // The last option cannot be deleted.
  await tabs(page).nth(1).click();
  await optionAction(page, 'option-delete');
  await tabs(page).nth(1).click();
  await optionAction(page, 'option-delete');
  await expect(tabs(page)).toHaveText(['Option B']);
  await page.getByTestId('option-actions').click();
  await expect(page.getByTestId('option-delete')).toBeDisabled();
  expect(problems).toEqual([]);
});

test('a deleted option is brought back later from the workspace or Option menu, with its saved versions', async ({
  page,
}) => {
  const problems = watchErrors(page);
  await start(page);
  await page.getByTestId('scenario-new').click();
  await page.getByTestId('scenario-name-input').fill('Lean top team');
  await page.getByTestId('scenario-name-input').press('Enter');
  await card(page, 'cto').click();
  await page.getByTestId('inspector-title').fill('Chief Technology Officer');
  await saved(page);
  await optionAction(page, 'option-delete');
  await expect(tabs(page)).toHaveText(['Current']);
  // The undo notice is long gone: another day, another visit.
  await page.reload();
  await expect(tabs(page)).toHaveText(['Current']);

  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('deleted-options').click();
  const dialog = page.getByTestId('deleted-options-dialog');
  await expect(dialog.getByRole('heading')).toHaveText('Deleted options');
  const deleted = dialog.getByTestId('deleted-option');
  await expect(deleted).toHaveCount(1);
  await expect(deleted).toContainText('Lean top team');
  await expect(deleted).toContainText(/Deleted .* · \d+ positions · kept until /);
  await deleted.getByRole('button', { name: 'Bring back “Lean top team”' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('workspace-menu')).toBeFocused();
  await expect(tabs(page)).toHaveText(['Current', 'Lean top team']);
  await expect(tabs(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(card(page, 'cto')).toContainText('Chief Technology Officer');
  await optionAction(page, 'option-history');
  await expect(page.getByTestId('revisions-dialog').getByTestId('revision')).toHaveCount(3);
  await page.keyboard.press('Escape');

  // Nothing else is deleted now; the Option menu shows the same list.
  await optionAction(page, 'option-deleted');
  await expect(page.getByTestId('deleted-options-empty')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('deleted-options-dialog')).toHaveCount(0);
  await expect(page.getByTestId('option-actions')).toBeFocused();
  await page.reload();
  await expect(tabs(page)).toHaveText(['Current', 'Lean top team']);
  expect(problems).toEqual([]);
});

test('when the deleted options cannot be loaded, the dialog says so', async ({ page }) => {
  const problems = watchErrors(page, [/Failed to load resource|NetworkError/]);
  await start(page);
  await page.route('**/deleted-scenarios', (route) => route.abort());
  await optionAction(page, 'option-deleted');
  const dialog = page.getByTestId('deleted-options-dialog');
  await expect(dialog.getByRole('alert')).toContainText('The deleted options could not be loaded:');
  await expect(dialog.getByTestId('deleted-options-empty')).toHaveCount(0);
  await expect(dialog.getByText('Loading…')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('an earlier saved version of an option can be restored', async ({ page }) => {
  const problems = watchErrors(page);
  await start(page);
  await card(page, 'cto').click();
  await page.getByTestId('inspector-title').fill('Chief Technology Officer');
  await saved(page);

  await optionAction(page, 'option-history');
  const dialog = page.getByTestId('revisions-dialog');
  await expect(dialog.getByTestId('revision')).toHaveCount(2);
  await expect(dialog.getByTestId('revision').first()).toContainText('Version 2 (current)');
  await dialog
    .locator('[data-testid="revision"][data-version="1"]')
    .getByTestId('revision-restore')
    .click();
  await expect(dialog).toHaveCount(0);
  await expect(card(page, 'cto')).toContainText('CTO & Co-founder');
  await expect(page.getByTestId('session-notice')).toContainText('Restored version 1');
  await page.reload();
  await expect(card(page, 'cto')).toContainText('CTO & Co-founder');
  expect(problems).toEqual([]);
});
