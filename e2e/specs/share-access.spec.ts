import { expect, test } from '@playwright/test';
import { fjordOptions } from '../support/fjord-options.js';
import { openSavedWorkspace, watchErrors } from '../support/saved-workspace.js';

// What a link's viewer sees and needs: the note written for viewers (never the private notes), a
// password when the link has one, and a link that follows the expiry and password the consultant
// changes in the Share panel.

const { today, optionB } = fjordOptions();

test('a link with a password and an expiry, changed in the Share panel; viewers see only the shared note', async ({
  page,
  browser,
}) => {
  const problems = watchErrors(page);
  await openSavedWorkspace(
    page,
    {
      name: 'Fjord: private test',
      client: 'Fjord Software',
      notes: 'Private: the CFO leaves in June.',
    },
    [
      { name: 'Today', chart: today },
      { name: 'Option B', chart: optionB },
    ],
  );

  await page.getByTestId('open-share').click();
  const panel = page.getByTestId('share-panel');
  await panel.getByLabel('Note for viewers').fill('Two options for the board on 14 March.');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  await panel.getByLabel('Label (optional)').fill('Board');
  await panel.getByTestId('share-expiry').first().selectOption('7');
  await panel.getByTestId('share-password').first().fill('short');
  await panel.getByTestId('create-share-link').click();
  await expect(panel.getByRole('status')).toHaveText('A password needs at least 8 characters.');
  await panel.getByTestId('share-password').first().fill('board-room-2027');
  await panel.getByTestId('create-share-link').click();
  const url = await panel.getByTestId('share-url').inputValue();
  const access = panel.getByTestId('share-link-access');
  await expect(access).toContainText('expires');
  await expect(access).toContainText(', password');

  // The viewer is asked for the password; a wrong one is refused, the right one opens the link.
  const context = await browser.newContext();
  const viewer = await context.newPage();
  const viewerProblems = watchErrors(viewer, [/status of 401/]);
  await viewer.goto(url);
  const form = viewer.getByTestId('shared-password-form');
  await expect(form).toContainText('This link needs a password');
  await viewer.getByTestId('shared-password').fill('board-room-2028');
  await form.getByRole('button', { name: 'Open' }).click();
  await expect(form).toContainText('That is not the password of this link');
  await viewer.getByTestId('shared-password').fill('board-room-2027');
  await form.getByRole('button', { name: 'Open' }).click();
  const shared = viewer.getByTestId('shared-page');
  await expect(shared.getByTestId('shared-notes')).toHaveText(
    'Two options for the board on 14 March.',
  );
  await expect(shared).not.toContainText('CFO leaves');
  await expect(shared.getByTestId('compare-column')).toHaveCount(2);

  // The consultant removes the password and the expiry: the same link opens at once.
  await panel.getByRole('button', { name: 'Change…' }).click();
  const edit = panel.getByTestId('share-link-edit');
  await edit.getByTestId('share-expiry').selectOption('never');
  await edit.getByTestId('save-share-link').click();
  await expect(access).toContainText('no expiry, password');
  await panel.getByRole('button', { name: 'Change…' }).click();
  await panel
    .getByTestId('share-link-edit')
    .getByRole('button', { name: 'Remove password' })
    .click();
  await expect(access).toHaveText('no expiry, no password');
  await viewer.reload();
  await expect(viewer.getByTestId('shared-page').getByTestId('compare-column')).toHaveCount(2);

  await context.close();
  expect(problems).toEqual([]);
  expect(viewerProblems).toEqual([]);
});
