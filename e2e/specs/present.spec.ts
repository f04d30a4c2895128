import { expect, test } from '@playwright/test';
import { fjordOptions } from '../support/fjord-options.js';
import { openSavedWorkspace, watchErrors } from '../support/saved-workspace.js';

// Presenting the options of a saved workspace: one slide per option with its rationale, then the
// options side by side; the keyboard moves through them and Escape goes back to the editor.

const { today, optionB } = fjordOptions();
const options = [
  {
    name: 'Today',
    description: 'Technology and security both report through the CIO.',
    chart: today,
  },
  {
    name: 'Option B',
    description: 'The CTO and the CISO join the executive team.',
    chart: optionB,
  },
];

test('Present shows each option with its rationale, moves with the keyboard and Escape leaves', async ({
  page,
}) => {
  const problems = watchErrors(page);
  await openSavedWorkspace(page, { name: 'Fjord: board pack' }, options);

  // A position selected in the editor is out of reach of the keys pressed in the presentation.
  await page.locator('[data-testid="position-card"][data-id="cto"]').click();
  await page.getByTestId('open-present').click();
  const presentation = page.getByTestId('view-present').getByTestId('presentation');
  await expect(presentation).toBeVisible();
  const counter = presentation.getByTestId('slide-counter');
  const slide = presentation.getByTestId('slide');
  const heading = slide.getByRole('heading', { level: 1 });
  // A slide per option, then the options side by side.
  await expect(counter).toHaveText('1 / 3');
  await expect(heading).toHaveText('Today');
  await expect(slide).toContainText(options[0]!.description);
  await expect(slide.locator('[data-testid="ro-card"][data-id="cto"]')).toBeVisible();

  await heading.click();
  await page.keyboard.press('Delete');
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('2 / 3');
  await expect(heading).toHaveText('Option B');
  await expect(slide).toContainText(options[1]!.description);
  await expect(slide.locator('[data-testid="ro-card"][data-id="cto"]')).toHaveAttribute(
    'data-marks',
    'moved',
  );

  await page.keyboard.press('End');
  await expect(counter).toHaveText('3 / 3');
  await expect(slide).toHaveAttribute('data-kind', 'comparison');
  await expect(slide.locator('th[scope="col"]')).toHaveText(['Figure', 'Today', 'Option B']);
  // Past the last slide, nothing moves.
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('3 / 3');

  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveText('2 / 3');
  await page.keyboard.press('Home');
  await expect(counter).toHaveText('1 / 3');
  await expect(heading).toHaveText('Today');

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('view-present')).toHaveCount(0);
  await expect(page.locator('[data-testid="position-card"][data-id="cto"]')).toBeVisible();
  // The presentation edited nothing: the keys it used did not reach the editor.
  await expect(page.getByTestId('undo')).toBeDisabled();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  expect(problems).toEqual([]);
});
