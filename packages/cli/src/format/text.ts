import type { Finding, Locale, Severity } from '@orgwise/domain';
import type { Colors } from '../colors.js';
import { type CliText, cliText } from '../lang/cli-text.js';
import { type CheckedFile, titlesById } from './checked-file.js';

/** A cycle or a wide span can involve thousands of positions; a reader needs the first few. */
const shownPositions = 10;

const summaryKey = { error: 'errors', warning: 'warnings', info: 'infos' } as const;

/**
 * The human report: per file a header, the findings grouped by severity (the engine already sorts
 * them so), each with its label, rule id, message, positions as `title (id)` and one `fix:` line
 * per suggestion; then one summary line over all files.
 */
export function formatText(
  files: readonly CheckedFile[],
  colors: Colors,
  unreadableFiles = 0,
  locale: Locale = 'en',
): string {
  const say = cliText(locale);
  const paint: Record<Severity, (text: string) => string> = {
    error: colors.red,
    warning: colors.yellow,
    info: colors.blue,
  };
  const lines: string[] = [];
  const total = { errors: 0, warnings: 0, infos: 0 };

  for (const { file, chart, report } of files) {
    total.errors += report.summary.errors;
    total.warnings += report.summary.warnings;
    total.infos += report.summary.infos;
    lines.push(colors.bold(colors.underline(file)));
    if (report.findings.length === 0) {
      lines.push(`  ${colors.green(say('noProblems'))}`, '');
      continue;
    }
    const titles = titlesById(chart);
    let group: Severity | undefined;
    for (const finding of report.findings) {
      if (finding.severity !== group) {
        group = finding.severity;
        const count = report.summary[summaryKey[group]];
        lines.push(`  ${colors.bold(paint[group](say(summaryKey[group], { count })))}`);
      }
      lines.push(...findingLines(finding, titles, colors, paint[finding.severity], say));
    }
    lines.push('');
  }

  const summary = say('summary', { ...total, files: files.length });
  const paintSummary =
    total.errors > 0 ? colors.red : total.warnings > 0 ? colors.yellow : colors.green;
  lines.push(
    colors.bold(paintSummary(summary)) +
      (unreadableFiles > 0 ? colors.red(say('unreadable', { count: unreadableFiles })) : ''),
  );
  if (total.errors + total.warnings + total.infos > 0) {
    lines.push(colors.dim(say('explainHint')));
  }
  return `${lines.join('\n')}\n`;
}

function findingLines(
  finding: Finding,
  titles: ReadonlyMap<string, string>,
  colors: Colors,
  paint: (text: string) => string,
  say: CliText,
): string[] {
  const lines = [
    `    ${paint(finding.severity)}  ${colors.dim(finding.ruleId)}  ${finding.message}`,
  ];
  if (finding.positionIds.length > 0) {
    const shown = finding.positionIds
      .slice(0, shownPositions)
      .map((id) => `${titles.get(id) ?? id} (${id})`);
    const more = finding.positionIds.length - shownPositions;
    if (more > 0) shown.push(say('morePositions', { count: more }));
    lines.push(`      ${colors.dim(say('positions'))} ${shown.join(', ')}`);
  }
  for (const suggestion of finding.suggestions) {
    lines.push(`      ${colors.green(say('fix'))} ${suggestion.title}`);
  }
  return lines;
}
