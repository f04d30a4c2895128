import { describeRules, type RuleDescription } from '@orgwise/domain';
import type { Colors } from '../colors.js';
import { wrap } from '../format/wrap.js';
import type { CliIo } from '../io.js';
import { didYouMean } from './did-you-mean.js';
import { ExitCode } from './exit-code.js';

const width = 100;

/** Prints what a rule checks, its default severity and options, why it exists and its sources. */
export function runExplain(ruleId: string, io: CliIo, colors: Colors): ExitCode {
  const rules = describeRules();
  const rule = rules.find((candidate) => candidate.id === ruleId);
  if (rule === undefined) {
    const hints = didYouMean(
      ruleId,
      rules.map((candidate) => candidate.id),
    ).map((hint) => `"${hint}"`);
    const question =
      hints.length === 0
        ? ''
        : hints.length === 1
          ? ` Did you mean ${hints[0]}?`
          : ` Did you mean one of ${hints.join(', ')}?`;
    io.stderr(
      `orgwise: unknown rule "${ruleId}".${question} Run "orgwise rules" to list the rules.\n`,
    );
    return ExitCode.InputError;
  }

  const lines = [
    colors.bold(rule.id),
    ...wrap(rule.description, width),
    '',
    `Default severity: ${rule.defaultSeverity}`,
    `Suggests fixes:   ${rule.suggests ? 'yes' : 'no'}`,
    ...optionLines(rule),
  ];
  if (rule.rationale !== '')
    lines.push('', colors.bold('Rationale'), ...wrap(rule.rationale, width, '  '));
  if (rule.sources.length > 0) {
    lines.push(
      '',
      colors.bold('Sources'),
      ...rule.sources.flatMap((source) =>
        wrap(source, width, '    ').map((line, k) => (k === 0 ? `  - ${line.slice(4)}` : line)),
      ),
    );
  }
  const example =
    rule.defaults === null
      ? `"${rule.defaultSeverity}"`
      : `["${rule.defaultSeverity}", ${JSON.stringify(rule.defaults)}]`;
  lines.push(
    '',
    colors.dim(
      `Configure it in a --rules file, e.g. { "${rule.id}": ${example} }, or turn it off with "off".`,
    ),
  );
  io.stdout(`${lines.join('\n')}\n`);
  return ExitCode.Ok;
}

/** One line per option: its name, default and, when the schema has one, its description. */
function optionLines(rule: RuleDescription): string[] {
  if (rule.defaults === null) return ['Options:          none'];
  const properties = (rule.options?.properties ?? {}) as Record<string, { description?: string }>;
  return [
    'Options:',
    ...Object.entries(rule.defaults).map(([name, value]) => {
      const description = properties[name]?.description;
      return `  ${name} (default ${JSON.stringify(value)})${description === undefined ? '' : `: ${description}`}`;
    }),
  ];
}
