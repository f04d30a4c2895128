import { isLocale, type Locale, locales } from '@orgwise/domain';
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
import { cliLocale } from './lang/cli-locale.js';
import { type CliText, cliText } from './lang/cli-text.js';
import { translateCommanderError } from './lang/commander-errors.js';
import { packageInfo } from './package-info.js';

export type { CliIo } from './io.js';
export { processIo } from './io.js';

const checkExamples = `
  orgwise check chart.json
  orgwise check --from scim users.json
  orgwise check --max-warnings 0 charts/*.json
  orgwise check --rules orgwise-rules.json --format sarif charts/*.json > orgwise.sarif`;

const importExamples = `
  orgwise import --format scim users.json -o chart.json
  orgwise import --format xlsx medarbejdere.xlsx > chart.json`;

/**
 * Runs the CLI on `argv` (as in process.argv: node, script, then arguments) and resolves to the
 * exit code. It never exits the process or throws for a user's mistake, so that tests run it
 * in-process; bin.ts sets the exit code.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  // The language of help and of commander's own errors is needed before the arguments are parsed.
  const locale = cliLocale(langIn(argv), io.env);
  const t = cliText(locale);
  const titles: Record<string, string> = {
    'Usage:': t('helpUsage'),
    'Options:': t('helpOptions'),
    'Arguments:': t('helpArguments'),
    'Commands:': t('helpCommands'),
  };
  const langOption = () =>
    new Option('--lang <language>', t('langOption')).choices(locales) as Option;
  const program = new Command('orgwise')
    .description(t('programDescription'))
    .version(packageInfo().version, '-v, --version', t('versionOption'))
    .helpOption('-h, --help', t('helpOption'))
    .helpCommand('help [command]', t('helpCommand'))
    .configureHelp({ styleTitle: (title) => titles[title] ?? title })
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (message, write) => write(translateCommanderError(message, t)),
    })
    .showHelpAfterError(t('afterError'))
    .exitOverride()
    .addHelpText('after', t('exitCodes'));

  program
    .command('check')
    .description(t('checkDescription'))
    .argument('<files...>', t('checkFiles'))
    .addOption(
      new Option('-f, --format <format>', t('formatOption')).choices(formats).default('text'),
    )
    .addOption(
      new Option('--max-warnings <number>', t('maxWarningsOption')).argParser((value) =>
        parseCount(value, t),
      ),
    )
    .option('--rules <file>', t('rulesOption'))
    .addOption(new Option('--from <format>', t('fromOption')).choices(importFormatNames()))
    .option('--color', t('colorOption'))
    .option('--no-color', t('noColorOption'))
    .addOption(langOption())
    .addHelpText(
      'after',
      `${t('checkHelp')}\n${t('exitCodes')}\n\n${t('examples')}${checkExamples}`,
    )
    .action(async (files: string[], options: CheckOptions) => {
      // Commander names the options after their flags: format, maxWarnings, rules, color, lang.
      exitCode = await runCheck(files, options, io);
    });

  program
    .command('import')
    .description(t('importDescription'))
    .argument('<file>', t('importFile'))
    .addOption(
      new Option('-f, --format <format>', t('importFormat'))
        .choices(importFormatNames())
        .makeOptionMandatory(),
    )
    .option('-o, --output <file>', t('importOutput'))
    .addHelpText('after', `${t('importHelp')}\n\n${t('examples')}${importExamples}`)
    .action(async (file: string, options: { format: string; output?: string }) => {
      exitCode = await runImport(file, options, io);
    });

  program
    .command('rules')
    .description(t('rulesDescription'))
    .addOption(
      new Option('-f, --format <format>', t('formatOption')).choices(rulesFormats).default('text'),
    )
    .addOption(langOption())
    .action((options: { format: RulesFormat }) => {
      exitCode = runRules(options.format, io, colorsFor(io), locale);
    });

  program
    .command('explain')
    .description(t('explainDescription'))
    .argument('<rule>', t('explainArgument'))
    .addOption(langOption())
    .action((ruleId: string) => {
      exitCode = runExplain(ruleId, io, colorsFor(io), locale);
    });

  program
    .command('formats')
    .description(t('formatsDescription'))
    .addOption(
      new Option('-f, --format <format>', t('formatOption'))
        .choices(formatsFormats)
        .default('text'),
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

function parseCount(value: string, t: CliText): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(t('wholeNumber'));
  return Number(value);
}

/**
 * The language --lang names anywhere on the command line (`--lang da`, `--lang=nl`), or undefined:
 * help and commander's own errors are written before the command's options are parsed. A value
 * that is not a language is left to the option's own check.
 */
function langIn(argv: readonly string[]): Locale | undefined {
  for (const [index, arg] of argv.entries()) {
    const value =
      arg === '--lang' ? argv[index + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (isLocale(value)) return value;
  }
  return undefined;
}
