import { expect, test } from '../support/editor.js';

// The size of a consultant's laptop screen: big enough to read a leadership team at a glance.
test.use({ viewport: { width: 1440, height: 900 } });

test.beforeEach(async ({ editor }) => {
  await editor.startFrom('startup');
  await expect(editor.card('head-of-product')).toBeVisible();
});

test('edits title, holder, vacancy, interim and manager, each undoable', async ({
  editor,
  page,
}) => {
  await editor.select('head-of-product');
  const inspector = page.getByTestId('inspector');

  await inspector.getByTestId('inspector-holder').fill('Ada Lovelace');
  await expect(editor.card('head-of-product').getByTestId('holder')).toHaveText('Ada Lovelace');

  await inspector.getByTestId('inspector-holder').fill('');
  await inspector.getByTestId('inspector-vacant').check();
  await expect(editor.card('head-of-product').getByTestId('holder')).toHaveText('Vacant');

  await inspector.getByTestId('inspector-interim').check();
  await expect(editor.card('head-of-product').getByTestId('interim-marker')).toBeVisible();

  await inspector.getByTestId('inspector-manager').selectOption('ceo');
  expect(await editor.managerOf('head-of-product')).toBe('ceo');

  // Each change above is one undo step, the typing included.
  await page.getByTestId('undo').click();
  expect(await editor.managerOf('head-of-product')).toBe('cto');
  await page.getByTestId('undo').click();
  await expect(editor.card('head-of-product').getByTestId('interim-marker')).toHaveCount(0);
});

test('recognises roles from the title as the user types, and lets roles be chosen by hand', async ({
  editor,
  page,
}) => {
  // Reporting to the CEO, the position holds the C-level role its title names.
  await editor.select('head-of-engineering');
  const title = page.getByTestId('inspector-title');
  const recognised = page.getByTestId('recognised-roles');
  await expect(recognised).toContainText('VP Engineering');

  await title.fill('');
  await title.pressSequentially('Teknisk direktør');
  await expect(recognised).toContainText('CTO');
  await expect(editor.card('head-of-engineering').getByTestId('role-badge')).toHaveText('CTO');

  await title.fill('Acting CIO/CTO');
  await expect(recognised).toContainText('CIO');
  await expect(recognised).toContainText('CTO');
  await expect(recognised).toContainText('Interim');
  await expect(editor.card('head-of-engineering').getByTestId('interim-marker')).toBeVisible();

  // Choosing roles by hand overrides the title.
  await title.fill('Head of Platform');
  await expect(recognised).toContainText('No role recognised');
  await page.getByTestId('role-picker').locator('input[data-role="cto"]').check();
  await expect(page.getByTestId('roles-source')).toHaveText('chosen by hand');
  await expect(editor.card('head-of-engineering').getByTestId('role-badge')).toHaveText('CTO');
  await page.getByTestId('roles-reset').click();
  await expect(page.getByTestId('roles-source')).toHaveText('from the title');
});

test('says why a title holds a role or not, and lets the user say what a position leads', async ({
  editor,
  page,
}) => {
  await editor.select('head-of-product');
  const title = page.getByTestId('inspector-title');
  const reading = page.getByTestId('role-reading');
  const badge = editor.card('head-of-product').getByTestId('role-badge');

  // Nobody else is the CPO: the head of product is, under the CTO as in many startups.
  await expect(reading).toContainText('Read from “head of product” in the title.');
  await expect(badge).toHaveText('CPO');

  // A product director under the head of product heads a department of theirs.
  await editor.select('designer');
  await title.fill('Product Director');
  await expect(reading).toContainText(
    '“Head of Product” above it is the CPO: this heads a department of theirs.',
  );
  await expect(editor.card('designer').getByTestId('role-badge')).toHaveCount(0);
  await editor.select('head-of-product');

  // A unit's head: the words that name the unit are shown.
  await page.getByTestId('inspector-manager').selectOption('ceo');
  await title.fill('Chief Product Officer, Nordics');
  await expect(reading).toContainText('Leads a unit (“nordics”)');
  await expect(page.getByTestId('inspector-scope')).toContainText(
    'As the title and chart say (a unit)',
  );
  await expect(badge).toHaveCount(0);

  // The user knows better: this CPO leads the company.
  await page.getByTestId('inspector-scope').selectOption('company');
  await expect(badge).toHaveText('CPO');
  await expect(reading).not.toContainText('Leads a unit');
  await page.getByTestId('undo').click();
  await expect(badge).toHaveCount(0);

  // A typo is read, and said.
  await title.fill('Cheif Product Officer');
  await expect(reading).toContainText('Read as a typo: cheif → chief.');
  await expect(badge).toHaveText('CPO');
});

test('Delete removes a position and its reports move up to its manager', async ({
  editor,
  page,
}) => {
  await editor.select('head-of-engineering');
  await page.keyboard.press('Delete');
  await expect(editor.card('head-of-engineering')).toHaveCount(0);
  expect(await editor.managerOf('platform-lead')).toBe('ceo');
  await page.keyboard.press('Control+z');
  await expect(editor.card('head-of-engineering')).toBeVisible();
  expect(await editor.managerOf('platform-lead')).toBe('head-of-engineering');
});
