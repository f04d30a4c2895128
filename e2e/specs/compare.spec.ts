import { readFile } from 'node:fs/promises';
import { describeFindingDelta, findingDelta, scorecard, validate } from '@orgwise/domain';
import { expect, test } from '@playwright/test';
import { fjordOptions } from '../support/fjord-options.js';
import { openSavedWorkspace, watchErrors } from '../support/saved-workspace.js';

// Comparing the options of a saved workspace: against a baseline, the moved positions are marked
// and listed, the change in findings is put in words, the figures are the charts' own, a finding
// points at its positions, and the comparison downloads as CSV.

const { today, optionB } = fjordOptions();

test('Option B against Today: moves, finding delta, figures, findings and the CSV', async ({
  page,
}) => {
  const problems = watchErrors(page);
  await openSavedWorkspace(page, { name: 'Fjord: technology leadership' }, [
    { name: 'Today', chart: today },
    { name: 'Option B', chart: optionB },
  ]);

  // A position selected in the editor stays out of reach of the keys pressed in the comparison.
  await page.locator('[data-testid="position-card"][data-id="cto"]').click();
  await page.getByTestId('open-compare').click();
  const view = page.getByTestId('view-compare');
  await expect(view.getByTestId('compare-view')).toBeVisible();
  await view.getByRole('list', { name: 'What the highlights mean' }).click();
  await page.keyboard.press('Delete');
  await page.keyboard.press('ArrowDown');
  await view.getByTestId('compare-baseline').selectOption({ label: 'Today' });
  await view.getByRole('checkbox', { name: 'Option B' }).check();

  const columns = view.getByTestId('compare-column');
  await expect(columns).toHaveCount(2);
  const baseline = view.locator('[data-testid="compare-column"][data-option="Today"]');
  const column = view.locator('[data-testid="compare-column"][data-option="Option B"]');
  const roCard = (id: string) => column.locator(`[data-testid="ro-card"][data-id="${id}"]`);

  // The moved positions are marked on Option B's chart and listed; the others are not.
  await expect(roCard('cto')).toHaveAttribute('data-marks', 'moved');
  await expect(roCard('ciso')).toHaveAttribute('data-marks', 'moved');
  await expect(roCard('cio')).toHaveAttribute('data-marks', '');
  await expect(roCard('ceo')).toHaveAttribute('data-marks', '');
  await expect(column.getByTestId('change-list').locator('li')).toHaveText([
    /^Moved: CTO \(was reports to CIO.*now reports to CEO/,
    /^Moved: CISO \(was reports to CIO.*now reports to CEO/,
  ]);

  // The sentence is the domain's own for this pair of reports.
  const todayReport = validate(today);
  const optionReport = validate(optionB);
  const sentence = describeFindingDelta(findingDelta(todayReport, optionReport), 'Option B');
  expect(sentence).toMatch(/^Option B resolves/);
  await expect(column.getByTestId('finding-delta')).toHaveText(`${sentence} compared with Today.`);
  await expect(baseline.getByTestId('finding-delta')).toHaveCount(0);

  // The side-by-side figures: Option B is flatter, with a wider top.
  const figures = view.getByTestId('scorecard').first();
  const figure = (label: string) => figures.locator(`td[data-figure="${label}"]`);
  const expected = [scorecard(today, todayReport), scorecard(optionB, optionReport)];
  await expect(figure('Positions')).toHaveText(['4', '4']);
  await expect(figure('Layers')).toHaveText(['3', '2']);
  await expect(figure('Largest span')).toHaveText(['2', '3']);
  await expect(figure('Executive team')).toHaveText(
    expected.map((card) => String(card.executiveTeam)),
  );
  await expect(figure('Warnings')).toHaveText(
    expected.map((card) => String(card.findings.warnings)),
  );
  await expect(figure('Infos')).toHaveText(expected.map((card) => String(card.findings.infos)));
  expect(expected[0]!.findings.warnings).toBeGreaterThan(expected[1]!.findings.warnings);

  // Clicking one of Today's findings highlights its positions, and only those.
  const finding = todayReport.findings.find((f) => f.ruleId === 'cto-under-cio');
  expect(finding?.positionIds).toEqual(['cto', 'cio']);
  await baseline
    .getByTestId('option-findings')
    .getByRole('button', { name: finding!.message })
    .click();
  const baseCard = (id: string) => baseline.locator(`[data-testid="ro-card"][data-id="${id}"]`);
  await expect(baseCard('cto')).toHaveAttribute('data-highlighted', 'true');
  await expect(baseCard('cio')).toHaveAttribute('data-highlighted', 'true');
  await expect(baseCard('ceo')).toHaveAttribute('data-highlighted', 'false');
  await expect(baseCard('ciso')).toHaveAttribute('data-highlighted', 'false');

  // The CSV holds one row per change of Option B against Today.
  const downloading = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Download comparison (CSV)' }).click();
  const download = await downloading;
  // Named like every export: the workspace, what the file is, the day.
  expect(download.suggestedFilename()).toMatch(
    /^fjord-technology-leadership-comparison-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const csv = await readFile((await download.path())!, 'utf8');
  const lines = csv.trim().split(/\r\n/);
  expect(lines[0]).toBe('Option,Compared with,Change,Position id,Title,Before,After');
  expect(lines.slice(1).sort()).toEqual(
    [
      'Option B,Today,Moved,ciso,CISO,reports to CIO (cio),reports to CEO (ceo)',
      'Option B,Today,Moved,cto,CTO,reports to CIO (cio),reports to CEO (ceo)',
    ].sort(),
  );

  // Presenting the comparison and leaving it comes back here, keys still kept from the editor.
  await view.getByTestId('present-button').click();
  await expect(page.getByTestId('slide-counter')).toHaveText('1 / 3');
  await page.keyboard.press('Escape');
  await expect(view.getByTestId('compare-view')).toBeVisible();
  await page.keyboard.press('Delete');

  // Escape goes back to the editor (as the Back to editor button does), which is unchanged.
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(page.getByTestId('open-compare')).toHaveText('Compare');
  await expect(page.locator('[data-testid="position-card"][data-id="cto"]')).toBeVisible();
  await expect(page.getByTestId('undo')).toBeDisabled();
  expect(problems).toEqual([]);
});
