import { ExportError, type Exported, type ExportInputs } from '../format.js';

/** A picture of the chart as drawn on screen, by the renderer the web app hands in. */
export function drawChart(
  input: ExportInputs['chart'],
  extension: 'png' | 'svg',
): Promise<Exported> {
  if (input.draw === undefined) {
    return Promise.reject(
      new ExportError(
        `A ${extension.toUpperCase()} is drawn from the chart on screen, in the editor.`,
      ),
    );
  }
  return input.draw(extension);
}
