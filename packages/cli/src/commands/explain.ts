import { describeRules, type Locale, type RuleDescription, severityWord } from '@orgwise/domain';
import type { Colors } from '../colors.js';
import { wrap } from '../format/wrap.js';
import type { CliIo } from '../io.js';
import { type CliText, cliText } from '../lang/cli-text.js';
import { didYouMean } from './did-you-mean.js';
import { ExitCode } from './exit-code.js';

const width = 100;

/**
 * Prints what a rule checks, its default severity and options, why it exists and its sources, in
 * `locale`. The rule id, option names and the example settings stay as they are written.
 */
export function runExplain(
  ruleId: string,
  io: CliIo,
  colors: Colors,
  locale: Locale = 'en',
): ExitCode {
  const rules = describeRules({ locale });
  const t = cliText(locale);
  const rule = rules.find((candidate) => candidate.id === ruleId);
  if (rule === undefined) {
    const hints = didYouMean(
      ruleId,
      rules.map((candidate) => candidate.id),
    ).map((hint) => `"${hint}"`);
    // "none" is no rule id: ids have a hyphen or are quoted here.
    const hinted =
      hints.length === 0
        ? 'none'
        : new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { type: 'disjunction' }).format(
            hints,
          );
    io.stderr(`${t('unknownRule', { rule: ruleId, hints: hinted })}\n`);
    return ExitCode.InputError;
  }

  // The labels' values line up, however long each language's labels are.
  const labels = [t('defaultSeverity'), t('suggestsFixes'), t('optionsLabel')];
  const column = Math.max(...labels.map((label) => label.length)) + 1;
  const field = (label: string, value: string) => `${label.padEnd(column)}${value}`;
  const lines = [
    colors.bold(rule.id),
    ...wrap(rule.description, width),
    '',
    field(labels[0]!, severityWord(rule.defaultSeverity, locale)),
    field(labels[1]!, rule.suggests ? t('yes') : t('no')),
    ...optionLines(rule, t, (value) => field(labels[2]!, value)),
  ];
  if (rule.rationale !== '')
    lines.push('', colors.bold(t('rationale')), ...wrap(rule.rationale, width, '  '));
  if (rule.sources.length > 0) {
    lines.push(
      '',
      colors.bold(t('sources')),
      ...rule.sources.flatMap((source) =>
        wrap(source, width, '    ').map((line, k) => (k === 0 ? `  - ${line.slice(4)}` : line)),
      ),
    );
  }
  const example =
    rule.defaults === null
      ? `"${rule.defaultSeverity}"`
      : `["${rule.defaultSeverity}", ${JSON.stringify(rule.defaults)}]`;
  lines.push('', colors.dim(t('configure', { rule: rule.id, example })));
  io.stdout(`${lines.join('\n')}\n`);
  return ExitCode.Ok;
}

/** One line per option: its name, default and, when the schema has one, its description. */
function optionLines(
  rule: RuleDescription,
  t: CliText,
  field: (value: string) => string,
): string[] {
  if (rule.defaults === null) return [field(t('none'))];
  const properties = (rule.options?.properties ?? {}) as Record<string, { description?: string }>;
  return [
    field('').trimEnd(),
    ...Object.entries(rule.defaults).map(([name, value]) => {
      const description = properties[name]?.description;
      const option = t('optionDefault', { name, value: JSON.stringify(value) });
      return `  ${option}${description === undefined ? '' : `: ${description}`}`;
    }),
  ];
}
