import { validate } from '@orgwise/domain';
import { importDocument, importFormatNamed, importSource } from '@orgwise/formats';
import { tooManyPositions } from '../http/position-limit.js';
import { inputProblem } from '../http/problem.js';
import type { ImportTask } from './check-request.js';
import { limitFindings } from './limit-findings.js';

type ImportFormat = NonNullable<ReturnType<typeof importFormatNamed>>;

const unreadable = (format: ImportFormat, messages: readonly string[]) =>
  inputProblem(
    'unreadable-document',
    `The body cannot be read as ${format.label} (format=${format.dialect ?? format.extension}); see \`errors\`.`,
    messages.map((message) => ({ path: ['body'], message })),
  );

/**
 * POST /v1/import's heavy part, from the document's bytes to the answer's JSON text: read with
 * the format's record of @orgwise/formats (the same readers as the editor and the CLI), refused
 * over the position limit, checked. Runs where the chart checks run (check-pool.ts).
 */
export async function answerImport(task: ImportTask): Promise<string> {
  const format = importFormatNamed(task.format);
  if (format === undefined) throw new Error(`No import format is named ${task.format}`);
  const imported = await importDocument(format, importSource(task.body));
  if (!imported.ok) throw unreadable(format, imported.errors);
  const { chart, issues } = imported;
  const { maxPositions, maxFindingsPerRule } = task.limits;
  if (chart.positions.length > maxPositions) {
    throw tooManyPositions(chart.positions.length, maxPositions, ['body'], 'The document');
  }
  const report = limitFindings(validate(chart, { locale: task.locale }), maxFindingsPerRule);
  return JSON.stringify({ chart, issues, report });
}
