import { locales } from '@orgwise/domain';
import { importFormatNames } from '@orgwise/formats';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { colorsFor } from './colors.js';
import { type CheckOptions, formats, runCheck } from './commands/check.js';
import { ExitCode } from './commands/exit-code.js';
import { runExplain } from './commands/explain.js';
import { type FormatsFormat, formatsFormats, runFormats } from './commands/formats.js';
import { runImport } from './commands/import.js';
import { type RulesFormat, rulesFormats, runRules } from './commands/rules.js';
import type { CliIo } from './io.js';
import { packageInfo } from './package-info.js';

export type { CliIo } from './io.js';
export { processIo } from './io.js';

const exitCodesHelp = `
Exit codes:
  0  no errors, and no more warnings than --max-warnings
  1  errors found, or more warnings than --max-warnings
  2  wrong usage, or a file that cannot be read, is not valid JSON or is not a chart`;

const checkHelp = `
Output formats:
  text   per file, the findings grouped by severity, with positions and suggested fixes
  json   always an array, one element per checked file: [{ "file", "report" }], where
         "report" is the ValidationReport of the Orgwise contract (as POST /api/v1/validate)
  sarif  SARIF 2.1.0, for code scanning and review tools
${exitCodesHelp}

Examples:
  orgwise check chart.json
  orgwise check --from scim users.json
  orgwise check --max-warnings 0 charts/*.json
  orgwise check --rules orgwise-rules.json --format sarif charts/*.json > orgwise.sarif`;

const importHelp = `
What could not be mapped (disabled accounts left out, managers nobody in the document is) is
listed on stderr as "file: where: why". CSV and XLSX columns are mapped from their headers
(English, Danish and Dutch HR exports).

Examples:
  orgwise import --format scim users.json -o chart.json
  orgwise import --format xlsx medarbejdere.xlsx > chart.json`;

/**
 * Runs the CLI on `argv` (as in process.argv: node, script, then arguments) and resolves to the
 * exit code. It never exits the process or throws for a user's mistake, so that tests run it
 * in-process; bin.ts sets the exit code.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  const program = new Command('orgwise')
    .description('Check leadership org charts against Orgwise rules.')
    .version(packageInfo().version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run "orgwise --help" for usage)')
    .exitOverride()
    .addHelpText('after', exitCodesHelp);

  program
    .command('check')
    .description('validate chart files (JSON) and report the findings')
    .argument('<files...>', 'chart files')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(formats).default('text'),
    )
    .addOption(
      new Option(
        '--max-warnings <number>',
        'exit 1 when all files together have more warnings than this',
      ).argParser(parseCount),
    )
    .option(
      '--rules <file>',
      'rule settings (JSON): { "<rule>": "off" | severity | [severity, options] }',
    )
    .addOption(
      new Option(
        '--from <format>',
        'read the files as an import format (a directory export or an HR spreadsheet) instead of chart JSON',
      ).choices(importFormatNames()),
    )
    .option('--color', 'colour the text output even when it does not go to a terminal')
    .option('--no-color', 'never colour the text output')
    .addOption(
      new Option(
        '--lang <language>',
        'language of the report: English, Danish or Dutch (default: from LC_ALL, LC_MESSAGES or LANG, else English)',
      ).choices(locales),
    )
    .addHelpText('after', checkHelp)
    .action(async (files: string[], options: CheckOptions) => {
      // Commander names the options after their flags: format, maxWarnings, rules, color, lang.
      exitCode = await runCheck(files, options, io);
    });

  program
    .command('import')
    .description('read a directory export or HR spreadsheet and write the chart JSON')
    .argument('<file>', 'the document: SCIM, Microsoft Graph or Google Directory JSON, CSV or XLSX')
    .addOption(
      new Option('-f, --format <format>', 'the format of the document')
        .choices(importFormatNames())
        .makeOptionMandatory(),
    )
    .option('-o, --output <file>', 'write the chart JSON to this file instead of stdout')
    .addHelpText('after', importHelp)
    .action(async (file: string, options: { format: string; output?: string }) => {
      exitCode = await runImport(file, options, io);
    });

  program
    .command('rules')
    .description('list the rules with their default severity')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(rulesFormats).default('text'),
    )
    .action((options: { format: RulesFormat }) => {
      exitCode = runRules(options.format, io, colorsFor(io));
    });

  program
    .command('explain')
    .description("print a rule's description, default severity, options, rationale and sources")
    .argument('<rule>', 'rule id, e.g. reporting-cycle')
    .action((ruleId: string) => {
      exitCode = runExplain(ruleId, io, colorsFor(io));
    });

  program
    .command('formats')
    .description('list the file formats Orgwise reads and writes, as the editor lists them')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(formatsFormats).default('text'),
    )
    .action((options: { format: FormatsFormat }) => {
      exitCode = runFormats(options.format, io, colorsFor(io));
    });

  try {
    await program.parseAsync([...argv], { from: 'node' });
  } catch (error) {
    // Commander has already printed its message (unknown option, missing argument, ...); help
    // and version "fail" with code 0.
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.Ok : ExitCode.InputError;
    }
    // Not the user's mistake: say so, with the details a bug report needs.
    io.stderr(
      `orgwise: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return ExitCode.InputError;
  }
  return exitCode;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('Expected a whole number, 0 or more.');
  return Number(value);
}
