import { describeRules, type Locale, type Severity, severityWord } from '@orgwise/domain';
import type { Colors } from '../colors.js';
import type { CliIo } from '../io.js';
import { cliText } from '../lang/cli-text.js';
import { ExitCode } from './exit-code.js';

export const rulesFormats = ['text', 'json'] as const;
export type RulesFormat = (typeof rulesFormats)[number];

/**
 * Lists every rule: a table for people, or with `--format json` the same rule descriptions as
 * `GET /api/v1/rules`, in `locale` (descriptions and the table's words; ids and severities in
 * JSON do not change).
 */
export function runRules(
  format: RulesFormat,
  io: CliIo,
  colors: Colors,
  locale: Locale = 'en',
): ExitCode {
  const rules = describeRules({ locale });
  const t = cliText(locale);
  if (format === 'json') {
    io.stdout(`${JSON.stringify(rules, null, 2)}\n`);
    return ExitCode.Ok;
  }
  const paint: Record<Severity, (text: string) => string> = {
    error: colors.red,
    warning: colors.yellow,
    info: colors.blue,
  };
  const header = [
    t('ruleColumn'),
    t('defaultColumn'),
    t('fixesColumn'),
    t('descriptionColumn'),
  ] as const;
  const rows = rules.map((rule) => [
    rule.id,
    severityWord(rule.defaultSeverity, locale),
    rule.suggests ? t('yes') : t('no'),
    rule.description,
  ]);
  const widths = [0, 1, 2].map((column) =>
    Math.max(header[column]!.length, ...rows.map((row) => row[column]!.length)),
  );
  const pad = (text: string, column: number) => text.padEnd(widths[column]!);
  const lines = [
    colors.bold(header.map((cell, column) => (column < 3 ? pad(cell, column) : cell)).join('  ')),
    ...rules.map((rule, k) => {
      const row = rows[k]!;
      return [
        pad(row[0]!, 0),
        // Pad before painting: escape codes have no width on screen.
        paint[rule.defaultSeverity](pad(row[1]!, 1)),
        pad(row[2]!, 2),
        row[3],
      ].join('  ');
    }),
    '',
    t('rulesFooter', { count: rules.length }),
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return ExitCode.Ok;
}
