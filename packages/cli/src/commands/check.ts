import { type Locale, type RuleSettings, validate } from '@orgwise/domain';
import { colorsFor } from '../colors.js';
import type { CheckedFile } from '../format/checked-file.js';
import { formatJson } from '../format/json.js';
import { formatSarif } from '../format/sarif.js';
import { formatText } from '../format/text.js';
import { formatInputProblem, type InputProblem } from '../input/input-problem.js';
import { readChart } from '../input/read-chart.js';
import { importIssueLines, readImport } from '../input/read-import.js';
import { readRuleSettings } from '../input/read-rule-settings.js';
import type { CliIo } from '../io.js';
import { cliLocale } from '../lang/cli-locale.js';
import { cliText } from '../lang/cli-text.js';
import { packageInfo } from '../package-info.js';
import { ExitCode } from './exit-code.js';

export const formats = ['text', 'json', 'sarif'] as const;
export type Format = (typeof formats)[number];

export interface CheckOptions {
  format: Format;
  /** Exit 1 when the warnings of all files together exceed this; undefined means no limit. */
  maxWarnings?: number | undefined;
  /** A JSON file of rule settings. */
  rules?: string | undefined;
  /** --color / --no-color; undefined lets the terminal and the environment decide. */
  color?: boolean | undefined;
  /** --from: the import format the files are in (`scim`, `csv`, …); undefined: chart JSON. */
  from?: string | undefined;
  /** The report's language; undefined takes the environment's locale. */
  lang?: Locale | undefined;
}

/**
 * Checks each file with the domain's validate and prints the reports in one format. A file that
 * cannot be read or is malformed does not stop the others: its problems go to stderr (and into
 * SARIF's notifications), the rest are reported, and the exit code is 2.
 */
export async function runCheck(
  files: readonly string[],
  options: CheckOptions,
  io: CliIo,
): Promise<ExitCode> {
  const locale = cliLocale(options.lang, io.env);
  let settings: RuleSettings | undefined;
  if (options.rules !== undefined) {
    const read = await readRuleSettings(options.rules, io.cwd, locale);
    if (!read.ok) {
      // Checking with other settings than the user asked for would report the wrong findings.
      writeProblems(io, read.problems);
      io.stderr(`${cliText(locale)('invalidRuleSettings')}\n`);
      return ExitCode.InputError;
    }
    settings = read.value;
  }

  // Messages in JSON and SARIF follow it too; their ids and data do not.
  const checked: CheckedFile[] = [];
  const problems: InputProblem[] = [];
  let unreadable = 0;
  for (const file of files) {
    const read =
      options.from === undefined
        ? await readChart(file, io.cwd, locale)
        : await imported(file, options.from, io);
    if (!read.ok) {
      problems.push(...read.problems);
      unreadable++;
      continue;
    }
    const report = validate(
      read.value.chart,
      settings === undefined ? { locale } : { rules: settings, locale },
    );
    checked.push({ ...read.value, report });
  }

  writeProblems(io, problems);
  if (options.format === 'json') {
    io.stdout(formatJson(checked));
  } else if (options.format === 'sarif') {
    const { version, homepage } = packageInfo();
    io.stdout(
      formatSarif(
        checked,
        problems,
        { name: 'orgwise', version, informationUri: homepage },
        io.cwd,
      ),
    );
  } else {
    io.stdout(formatText(checked, colorsFor(io, options.color), unreadable, locale));
  }

  if (unreadable > 0) return ExitCode.InputError;
  let errors = 0;
  let warnings = 0;
  for (const { report } of checked) {
    errors += report.summary.errors;
    warnings += report.summary.warnings;
  }
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    const max = options.maxWarnings;
    io.stderr(`${cliText(locale)('tooManyWarnings', { warnings, max })}\n`);
    return ExitCode.Findings;
  }
  return errors > 0 ? ExitCode.Findings : ExitCode.Ok;
}

/** A file in an import format, what could not be mapped said on stderr (not an input error). */
async function imported(file: string, from: string, io: CliIo) {
  const read = await readImport(file, io.cwd, from);
  if (read.ok) io.stderr(importIssueLines(read.value));
  return read;
}

function writeProblems(io: CliIo, problems: readonly InputProblem[]): void {
  for (const problem of problems) io.stderr(`${formatInputProblem(problem)}\n`);
}
