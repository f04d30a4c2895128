import type { Finding, Severity } from '@orgwise/domain';
import type { Colors } from '../colors.js';
import { type CheckedFile, titlesById } from './checked-file.js';
import { plural } from './plural.js';

/** A cycle or a wide span can involve thousands of positions; a reader needs the first few. */
const shownPositions = 10;

const headings: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Infos' };
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
): string {
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
      lines.push(`  ${colors.green('No problems found.')}`, '');
      continue;
    }
    const titles = titlesById(chart);
    let group: Severity | undefined;
    for (const finding of report.findings) {
      if (finding.severity !== group) {
        group = finding.severity;
        const count = report.summary[summaryKey[group]];
        lines.push(`  ${colors.bold(paint[group](`${headings[group]} (${count})`))}`);
      }
      lines.push(...findingLines(finding, titles, colors, paint[finding.severity]));
    }
    lines.push('');
  }

  const summary = `${plural(total.errors, 'error')}, ${plural(total.warnings, 'warning')}, ${plural(total.infos, 'info')} in ${plural(files.length, 'file')}`;
  const paintSummary =
    total.errors > 0 ? colors.red : total.warnings > 0 ? colors.yellow : colors.green;
  lines.push(
    colors.bold(paintSummary(summary)) +
      (unreadableFiles > 0
        ? colors.red(`; ${plural(unreadableFiles, 'file')} could not be checked`)
        : ''),
  );
  if (total.errors + total.warnings + total.infos > 0) {
    lines.push(colors.dim('Run "orgwise explain <rule>" to see why a rule exists.'));
  }
  return `${lines.join('\n')}\n`;
}

function findingLines(
  finding: Finding,
  titles: ReadonlyMap<string, string>,
  colors: Colors,
  paint: (text: string) => string,
): string[] {
  const lines = [
    `    ${paint(finding.severity)}  ${colors.dim(finding.ruleId)}  ${finding.message}`,
  ];
  if (finding.positionIds.length > 0) {
    const shown = finding.positionIds
      .slice(0, shownPositions)
      .map((id) => `${titles.get(id) ?? id} (${id})`);
    const more = finding.positionIds.length - shownPositions;
    if (more > 0) shown.push(`… and ${more} more`);
    lines.push(`      ${colors.dim('positions:')} ${shown.join(', ')}`);
  }
  for (const suggestion of finding.suggestions) {
    lines.push(`      ${colors.green('fix:')} ${suggestion.title}`);
  }
  return lines;
}
