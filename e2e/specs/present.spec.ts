import { expect, test } from '@playwright/test';
import { fjordOptions } from '../support/fjord-options.js';
import { nordlysOptions } from '../support/nordlys-options.js';
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
  // A slide per option, Option B's changes step by step, then the options side by side.
  await expect(counter).toHaveText('1 / 5');
  await expect(heading).toHaveText('Today');
  await expect(slide).toContainText(options[0]!.description);
  await expect(slide.locator('[data-testid="ro-card"][data-id="cto"]')).toBeVisible();

  await heading.click();
  await page.keyboard.press('Delete');
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('2 / 5');
  await expect(heading).toHaveText('Option B');
  await expect(slide).toContainText(options[1]!.description);
  const cto = slide.locator('[data-testid="ro-card"][data-id="cto"]');
  await expect(cto).toHaveAttribute('data-marks', 'moved');
  await expect(cto).toHaveAttribute('data-highlighted', 'false');

  // A clicker's Page Down steps to the first change, spotlit and put in words.
  await page.keyboard.press('PageDown');
  await expect(counter).toHaveText('3 / 5');
  await expect(slide).toHaveAttribute('data-kind', 'change');
  await expect(slide.getByTestId('slide-caption')).toHaveText(
    'Moved: CTO: now reports to CEO, was CIO',
  );
  await expect(cto).toHaveAttribute('data-highlighted', 'true');
  await page.keyboard.press(' ');
  await expect(counter).toHaveText('4 / 5');
  await expect(slide.getByTestId('slide-caption')).toContainText('CISO');

  // B blanks the screen; any key brings the same slide back.
  await page.keyboard.press('b');
  await expect(page.getByTestId('presentation-blank')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presentation-blank')).toHaveCount(0);
  await expect(counter).toHaveText('4 / 5');

  await page.keyboard.press('End');
  await expect(counter).toHaveText('5 / 5');
  await expect(slide).toHaveAttribute('data-kind', 'comparison');
  await expect(slide.locator('th[scope="col"]')).toHaveText(['Figure', 'Today', 'Option B']);
  // Past the last slide, nothing moves.
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('5 / 5');

  await page.keyboard.press('PageUp');
  await expect(counter).toHaveText('4 / 5');
  await page.keyboard.press('Home');
  await expect(counter).toHaveText('1 / 5');
  await expect(heading).toHaveText('Today');

  // A finding on the slide spotlights its positions.
  await slide.getByTestId('slide-findings').getByRole('button').first().click();
  await expect(
    slide.locator('[data-testid="ro-card"][data-highlighted="true"]').first(),
  ).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('view-present')).toHaveCount(0);
  await expect(page.locator('[data-testid="position-card"][data-id="cto"]')).toBeVisible();
  // The presentation edited nothing: the keys it used did not reach the editor.
  await expect(page.getByTestId('undo')).toBeDisabled();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  expect(problems).toEqual([]);
});

test('a chart too big for one slide is shown whole, then branch by branch, legibly', async ({
  page,
}) => {
  const problems = watchErrors(page);
  const [today] = nordlysOptions();
  await openSavedWorkspace(page, { name: 'Nordlys: board' }, [today!]);
  await page.getByTestId('open-present').click();
  const presentation = page.getByTestId('view-present').getByTestId('presentation');
  const slide = presentation.getByTestId('slide');
  await expect(presentation.getByTestId('slide-counter')).toHaveText(/^1 \/ \d+$/);
  await page.keyboard.press('ArrowRight');
  await expect(slide).toHaveAttribute('data-kind', 'branch');
  await expect(slide.getByTestId('slide-caption')).toHaveText('The organisation of CFO');
  // The branch fills the slide at a readable size: its cards (200 px wide at 100%) are drawn at
  // 90% or more, where the whole chart on one slide drew them at a third.
  const card = slide.locator('[data-testid="ro-card"][data-id="fin1"]');
  await expect(card).toBeVisible();
  const box = (await card.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(180);
  // The rest of the chart is there for context, faint.
  await expect(slide.locator('[data-testid="ro-card"][data-id="cfo"]')).not.toHaveClass(
    /ro-card--dimmed/,
  );
  await expect(slide.locator('[data-testid="ro-card"][data-id="ceo"]')).toHaveClass(
    /ro-card--dimmed/,
  );
  expect(problems).toEqual([]);
});
