import { expect, type Locator, type Page } from '@playwright/test';

type Rect = { x: number; y: number; width: number; height: number };

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Waits until a card sits wholly inside the canvas and under none of the canvas's overlays (the
 * legend, the search box, the zoom buttons, the overview), as a user would need to see it.
 */
export async function expectInFreeArea(page: Page, card: Locator): Promise<void> {
  await expect
    .poll(
      async () => {
        const box = await card.boundingBox();
        const canvas = await page.getByTestId('canvas').boundingBox();
        if (box === null || canvas === null) return 'not drawn';
        if (
          box.x < canvas.x ||
          box.y < canvas.y ||
          box.x + box.width > canvas.x + canvas.width ||
          box.y + box.height > canvas.y + canvas.height
        )
          return 'outside the canvas';
        for (const panel of await page.locator('.react-flow__panel').all()) {
          const covered = await panel.boundingBox();
          if (covered !== null && overlaps(box, covered)) return 'under an overlay';
        }
        return 'in view';
      },
      { timeout: 5_000 },
    )
    .toBe('in view');
}

/** The canvas's zoom, read from React Flow's viewport transform. */
export async function canvasZoom(page: Page): Promise<number> {
  return page
    .locator('.react-flow__viewport')
    .evaluate((element) => new DOMMatrixReadOnly(getComputedStyle(element).transform).a);
}
