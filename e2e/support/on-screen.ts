import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Where a card is against the chart: 'in view' when it sits wholly inside the canvas and under
 * none of the canvas's overlays (the legend, the search box, the zoom buttons, the overview);
 * otherwise what is in the way. Measured in the page in one go (one round trip per poll: over
 * Firefox's WebDriver BiDi each call is slow).
 */
function verdict(card: Element): string {
  const box = card.getBoundingClientRect();
  const canvas = document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect();
  if (canvas === undefined) return 'no canvas';
  if (
    box.left < canvas.left ||
    box.top < canvas.top ||
    box.right > canvas.right ||
    box.bottom > canvas.bottom
  )
    return `outside the canvas: card ${JSON.stringify(box)}, canvas ${JSON.stringify(canvas)}`;
  for (const panel of document.querySelectorAll('.react-flow__panel')) {
    const covered = panel.getBoundingClientRect();
    const overlaps =
      box.left < covered.right &&
      covered.left < box.right &&
      box.top < covered.bottom &&
      covered.top < box.bottom;
    if (overlaps && covered.width > 0) return `under ${panel.className}`;
  }
  return 'in view';
}

/** Waits until a card is in the free area of the chart, as a user would need to see it. */
export async function expectInFreeArea(_page: Page, card: Locator): Promise<void> {
  await expect
    .poll(() => card.evaluate(verdict), {
      timeout: 10_000,
      message: 'the card comes into the free area of the chart',
    })
    .toBe('in view');
}

/** The canvas's zoom, read from React Flow's viewport transform. */
export async function canvasZoom(page: Page): Promise<number> {
  return page
    .locator('.react-flow__viewport')
    .evaluate((element) => new DOMMatrixReadOnly(getComputedStyle(element).transform).a);
}
