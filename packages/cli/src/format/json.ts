import type { ValidationReport } from '@orgwise/domain';
import type { CheckedFile } from './checked-file.js';

/** One element of the JSON output: a file and the contract's ValidationReport for it. */
export interface FileReport {
  file: string;
  report: ValidationReport;
}

/**
 * Always an array, one element per checked file in the order given, even for one file: a glob
 * that matches one file must not change the shape a script reads. `.[0].report` is exactly the
 * report `POST /api/v1/validate` returns.
 */
export function formatJson(files: readonly CheckedFile[]): string {
  const output: FileReport[] = files.map(({ file, report }) => ({ file, report }));
  return `${JSON.stringify(output, null, 2)}\n`;
}
