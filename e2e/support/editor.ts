import type { Chart } from '@orgwise/domain';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * The editor under test, with helpers that act the way a user does (drag, click, type), plus a
 * guard that fails the test on any console error or uncaught exception in the page.
 */
export class EditorPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByTestId('canvas')).toBeVisible();
    // Charts too large to build by hand are loaded through the editor's automation handle.
    await this.page.waitForFunction(() => window.orgwise !== undefined);
  }

  /** Starts from one of the templates on the start screen (startup, scale-up, enterprise, empty). */
  async startFrom(template: string): Promise<void> {
    await this.page.locator(`[data-testid="template-option"][data-template="${template}"]`).click();
  }

  /** Loads a chart the way a script would, for charts too large to build by hand. */
  async load(chart: Chart): Promise<void> {
    await this.page.evaluate(
      (document) => window.orgwise!.editor.getState().replaceChart(document),
      chart,
    );
  }

  card(id: string): Locator {
    return this.page.locator(`[data-testid="position-card"][data-id="${id}"]`);
  }

  cards(): Locator {
    return this.page.getByTestId('position-card');
  }

  finding(ruleId: string): Locator {
    return this.page.locator(`[data-testid="finding"][data-rule="${ruleId}"]`);
  }

  status(): Locator {
    return this.page.getByTestId('status');
  }

  /** The chart as the store holds it. */
  async chart(): Promise<Chart> {
    return this.page.evaluate(() => window.orgwise!.editor.getState().chart);
  }

  async managerOf(id: string): Promise<string | null | undefined> {
    const chart = await this.chart();
    return chart.positions.find((position) => position.id === id)?.reportsTo;
  }

  /** Drags a card with the mouse and drops it with the pointer over another card. */
  async dragCardOnto(id: string, targetId: string): Promise<void> {
    // A chart that just opened may still be fitting into view: a box read mid-way would start
    // the drag beside the card (seen on a loaded CI machine).
    const from = await this.settledBox(this.card(id));
    const to = await this.settledBox(this.card(targetId));
    const { mouse } = this.page;
    await mouse.move(from.x + from.width / 2, from.y + 12);
    await mouse.down();
    await mouse.move(from.x + from.width / 2 + 20, from.y + 30, { steps: 4 });
    await mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await mouse.up();
  }

  /** An element's box once it has stopped moving: the same in two reads 100 ms apart. */
  private async settledBox(
    locator: Locator,
  ): Promise<{ x: number; y: number; width: number; height: number }> {
    let last = await locator.boundingBox();
    for (let attempt = 0; attempt < 50; attempt++) {
      await this.page.waitForTimeout(100);
      const box = await locator.boundingBox();
      if (
        box !== null &&
        last !== null &&
        box.x === last.x &&
        box.y === last.y &&
        box.width === last.width
      ) {
        return box;
      }
      last = box;
    }
    throw new Error('The element did not come to rest on screen within 5 s');
  }

  /**
   * Drags a role from the palette onto the canvas or a card. Firefox does not complete an HTML5
   * drag synthesised over WebDriver BiDi (dragstart fires, drop never does, on any page), so there
   * the drag's events are dispatched in the page instead: one DataTransfer carried from the
   * palette item to the element under the target's centre, as the browser would.
   */
  async dragRole(role: string, target: Locator): Promise<void> {
    const item = this.page.locator(`[data-testid="palette-item"][data-role="${role}"]`);
    if (this.page.context().browser()?.browserType().name() !== 'firefox') {
      await item.dragTo(target);
      return;
    }
    const box = await target.boundingBox();
    if (box === null) throw new Error(`The drop target for ${role} is not on screen`);
    const dataTransfer = await this.page.evaluateHandle(() => new DataTransfer());
    await item.dispatchEvent('dragstart', { dataTransfer });
    await this.page.evaluate(
      ({ x, y, transfer }) => {
        const under = document.elementFromPoint(x, y);
        if (under === null) throw new Error(`Nothing on screen at ${x}, ${y}`);
        for (const type of ['dragenter', 'dragover', 'drop']) {
          const init = { bubbles: true, cancelable: true, clientX: x, clientY: y };
          under.dispatchEvent(new DragEvent(type, { ...init, dataTransfer: transfer }));
        }
      },
      { x: box.x + box.width / 2, y: box.y + box.height / 2, transfer: dataTransfer },
    );
    await item.dispatchEvent('dragend', { dataTransfer });
  }

  async select(id: string): Promise<void> {
    await this.card(id).click();
    await expect(this.card(id)).toHaveAttribute('data-selected', 'true');
  }

  async fitView(): Promise<void> {
    await this.page.locator('.react-flow__controls-fitview').click();
  }
}

type Fixtures = { editor: EditorPage };

export const test = base.extend<Fixtures>({
  editor: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    const editor = new EditorPage(page);
    await editor.open();
    await use(editor);
    expect(problems, 'the page logged errors').toEqual([]);
  },
});

export { expect };
