import { readFile } from 'node:fs/promises';
import { findingDelta, scorecard, validate } from '@orgwise/domain';
import { expect, test } from '@playwright/test';
import { fjordOptions } from '../support/fjord-options.js';
import { nordlysOptions } from '../support/nordlys-options.js';
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
  const story = view.locator('[data-testid="story-card"][data-option="Option B"]');
  const roCard = (id: string) => column.locator(`[data-testid="ro-card"][data-id="${id}"]`);

  // What changed comes first: the moves, in words, before the charts.
  await expect(story.getByTestId('change-list').locator('li')).toHaveText([
    /^Moved\s*CTO: now reports to CEO, was CIO$/,
    /^Moved\s*CISO: now reports to CEO, was CIO$/,
  ]);
  // The moved positions are marked on Option B's chart; the others are not.
  await expect(roCard('cto')).toHaveAttribute('data-marks', 'moved');
  await expect(roCard('ciso')).toHaveAttribute('data-marks', 'moved');
  await expect(roCard('cio')).toHaveAttribute('data-marks', '');
  await expect(roCard('ceo')).toHaveAttribute('data-marks', '');
  // The chart opens on what changed, and shows all of it on request.
  const chart = column.getByTestId('ro-chart');
  await expect(chart).toHaveAttribute('data-framing', 'changes');
  await chart.getByText('Whole chart').click();
  await expect(chart).toHaveAttribute('data-framing', 'whole');

  // The findings it resolves, each named, and the sentence that counts them.
  const todayReport = validate(today);
  const optionReport = validate(optionB);
  const delta = findingDelta(todayReport, optionReport);
  expect(delta.introduced).toEqual([]);
  await expect(story.getByTestId('findings-resolved').locator('li')).toHaveCount(
    delta.resolved.length,
  );
  await expect(story.getByTestId('finding-delta')).toHaveText(
    `Resolves ${delta.resolved.length} findings compared with Today.`,
  );
  await expect(story.getByTestId('findings-introduced')).toHaveCount(0);

  // The side-by-side figures: Option B is flatter, with a wider top; its changes beside them.
  const figures = view.getByTestId('scorecard').first();
  const figure = (key: string) => figures.locator(`td[data-figure="${key}"] .figure-value`);
  const expected = [scorecard(today, todayReport), scorecard(optionB, optionReport)];
  await expect(figure('positions')).toHaveText(['4', '4']);
  await expect(figure('layers')).toHaveText(['3', '2']);
  await expect(figures.locator('td[data-figure="layers"] .figure-delta')).toHaveText('−1');
  await expect(figure('largestSpan')).toHaveText(['2', '3']);
  await expect(figure('executiveTeam')).toHaveText(
    expected.map((card) => String(card.executiveTeam)),
  );
  await expect(figure('warnings')).toHaveText(
    expected.map((card) => String(card.findings.warnings)),
  );
  await expect(figure('infos')).toHaveText(expected.map((card) => String(card.findings.infos)));
  expect(expected[0]!.findings.warnings).toBeGreaterThan(expected[1]!.findings.warnings);
  // The spans and layers of each option, as small bar charts.
  const shapes = view.getByTestId('shape-charts').locator('figure');
  await expect(shapes).toHaveCount(2);
  await expect(shapes.nth(1).locator('caption').nth(1)).toHaveText('Positions by layer');

  // A change in the story spotlights its position in the option's chart.
  await story.getByTestId('change-list').getByRole('button').first().click();
  await expect(roCard('cto')).toHaveAttribute('data-highlighted', 'true');
  await expect(roCard('ciso')).toHaveAttribute('data-highlighted', 'false');

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
  await view.getByRole('group', { name: 'Download' }).getByRole('button', { name: 'CSV' }).click();
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
  // Today, Option B, its two moves step by step, then the options side by side.
  await expect(page.getByTestId('slide-counter')).toHaveText('1 / 5');
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

test('headcount, FTE and cost per option from the HR fields, with their changes', async ({
  page,
}) => {
  const problems = watchErrors(page);
  const options = nordlysOptions();
  await openSavedWorkspace(page, { name: 'Nordlys', client: 'Nordlys Energi A/S' }, options);
  await page.getByTestId('open-compare').click();
  const view = page.getByTestId('view-compare');
  // Three options side by side, each chart focused on what changed.
  await expect(view.getByTestId('compare-column')).toHaveCount(3);
  await expect(view.getByTestId('story-card')).toHaveCount(2);
  const figures = view.getByTestId('scorecard');
  const figure = (key: string) => figures.locator(`td[data-figure="${key}"] .figure-value`);
  const sum = (chart: (typeof options)[number]['chart'], field: 'fte' | 'cost', filled: boolean) =>
    chart.positions
      .filter((p) => !filled || p.vacant !== true)
      .reduce((total, p) => total + Number((p as Record<string, unknown>)[field] ?? 0), 0);
  const [today, split, lean] = options.map((o) => o.chart);
  await expect(figure('headcount')).toHaveText(['36', '36', '35']);
  await expect(figure('fte')).toHaveText(
    [today!, split!, lean!].map((c) => String(Math.round(sum(c, 'fte', true) * 100) / 100)),
  );
  const cost = [today!, split!, lean!].map((c) => sum(c, 'cost', false));
  await expect(figure('cost')).toHaveText(cost.map((c) => c.toLocaleString('en-US')));
  // Option A hires a Head of Data (a vacancy, budgeted): its cost rises by that position's.
  await expect(figures.locator('td[data-figure="cost"] .figure-delta').first()).toHaveText(
    `+${(cost[1]! - cost[0]!).toLocaleString('en-US')}`,
  );
  await expect(figures.locator('td[data-figure="vacancies"] .figure-delta').first()).toHaveText(
    '+1',
  );
  // Each chart opens on its changes: Option A's new Head of Data is in view, marked New.
  const column = view.locator('[data-testid="compare-column"][data-option^="Option A"]');
  const hire = column.locator('[data-testid="ro-card"][data-id="data"]');
  await expect(hire).toHaveAttribute('data-marks', 'added');
  await column.scrollIntoViewIfNeeded();
  const chart = (await column.getByTestId('ro-chart').boundingBox())!;
  const card = (await hire.boundingBox())!;
  expect(card.x).toBeGreaterThanOrEqual(chart.x);
  expect(card.y).toBeGreaterThanOrEqual(chart.y);
  expect(card.x + card.width).toBeLessThanOrEqual(chart.x + chart.width);
  expect(card.y + card.height).toBeLessThanOrEqual(chart.y + chart.height);
  expect(problems).toEqual([]);
});
