import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG 2.1 A and AA success criteria that axe-core can check automatically. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Audits what the page shows now against WCAG 2.1 AA with axe-core and fails with one readable
 * line per problem (rule, what it means, and the elements), rather than axe's raw report.
 */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  const problems = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 5)
        .map((node) => node.target.join(' '))
        .join(
          ', ',
        )}${violation.nodes.length > 5 ? `, and ${violation.nodes.length - 5} more` : ''}`,
  );
  expect(problems, `accessibility problems in ${state}`).toEqual([]);
}
