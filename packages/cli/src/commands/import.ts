import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serializeChart } from '@orgwise/formats';
import { formatInputProblem } from '../input/input-problem.js';
import { importIssueLines, readImport } from '../input/read-import.js';
import type { CliIo } from '../io.js';
import { ExitCode } from './exit-code.js';

export interface ImportOptions {
  format: string;
  output?: string | undefined;
}

/**
 * Reads one file in an import format and writes the chart JSON (to `--output`, else stdout), the
 * format `orgwise check` and the editor read. What could not be mapped goes to stderr; a file
 * that cannot be read at all exits 2 and writes nothing.
 */
export async function runImport(
  file: string,
  options: ImportOptions,
  io: CliIo,
): Promise<ExitCode> {
  const read = await readImport(file, io.cwd, options.format);
  if (!read.ok) {
    for (const problem of read.problems) io.stderr(`${formatInputProblem(problem)}\n`);
    return ExitCode.InputError;
  }
  io.stderr(importIssueLines(read.value));
  const json = serializeChart(read.value.chart);
  if (options.output === undefined) {
    io.stdout(json);
    return ExitCode.Ok;
  }
  try {
    await writeFile(resolve(io.cwd, options.output), json);
  } catch (error) {
    io.stderr(`${options.output}: Cannot write the file: ${(error as Error).message}\n`);
    return ExitCode.InputError;
  }
  const count = read.value.chart.positions.length;
  io.stderr(`Wrote ${count} position${count === 1 ? '' : 's'} to ${options.output}\n`);
  return ExitCode.Ok;
}
