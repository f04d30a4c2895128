import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeRules, type Finding, type Severity } from '@orgwise/domain';
import { formatInputProblem, type InputProblem } from '../input/input-problem.js';
import { LineIndex, type TextLocation } from '../json/line-index.js';
import { locatePositionIds } from '../json/locate.js';
import type { JsonSpan } from '../json/scan-json.js';
import type { CheckedFile } from './checked-file.js';

// SARIF 2.1.0 (OASIS), the format code-review tools such as GitHub code scanning read. Only the
// properties those tools use are written; see packages/cli/README.md for how findings map.

export const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json';
const sourceRoot = '%SRCROOT%';

export interface SarifTool {
  name: string;
  version: string;
  informationUri: string;
}

const levels: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

/**
 * One run over all files: every rule in tool.driver.rules (so that a viewer can explain a rule
 * without this tool), one result per finding located at the line of its primary position's id,
 * and the files that could not be checked as tool execution notifications.
 */
export function formatSarif(
  files: readonly CheckedFile[],
  problems: readonly InputProblem[],
  tool: SarifTool,
  cwd: string,
): string {
  const rules = describeRules();
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const artifacts: { location: ArtifactLocation }[] = [];
  const results: unknown[] = [];

  for (const { file, text, chart, report } of files) {
    const artifact = { ...artifactLocation(file, cwd), index: artifacts.length };
    artifacts.push({ location: artifactLocation(file, cwd) });
    if (report.findings.length === 0) continue;

    // Positions are found by id; a duplicated id means its first position, as in the engine.
    const firstIndex = new Map<string, number>();
    chart.positions.forEach((position, index) => {
      if (!firstIndex.has(position.id)) firstIndex.set(position.id, index);
    });
    const spans = text === undefined ? [] : locatePositionIds(text);
    const lines = new LineIndex(text ?? '');
    const regionOf = (id: string) => {
      const index = firstIndex.get(id);
      const span = index === undefined ? undefined : spans[index];
      return span === undefined ? undefined : region(lines, span);
    };
    const titleOf = (id: string) => chart.positions[firstIndex.get(id) ?? -1]?.title ?? id;

    for (const finding of report.findings) {
      results.push(result(finding, ruleIndex.get(finding.ruleId), artifact, regionOf, titleOf));
    }
  }

  const sarif = {
    $schema: sarifSchema,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            semanticVersion: tool.version,
            informationUri: tool.informationUri,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              ...(rule.rationale === '' ? {} : { fullDescription: { text: rule.rationale } }),
              help: help(rule.description, rule.rationale, rule.sources),
              defaultConfiguration: { level: levels[rule.defaultSeverity] },
              properties: { suggestsFixes: rule.suggests, sources: rule.sources },
            })),
          },
        },
        originalUriBaseIds: { [sourceRoot]: { uri: pathToFileURL(`${cwd}${sep}`).href } },
        artifacts,
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: problems.length === 0,
            toolExecutionNotifications: problems.map((problem) => ({
              level: 'error',
              message: { text: formatInputProblem(problem) },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: artifactLocation(problem.file, cwd),
                    ...(problem.location === undefined
                      ? {}
                      : {
                          region: {
                            startLine: problem.location.line,
                            startColumn: problem.location.column,
                          },
                        }),
                  },
                },
              ],
            })),
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function result(
  finding: Finding,
  ruleIndex: number | undefined,
  artifact: ArtifactLocation,
  regionOf: (id: string) => Region | undefined,
  titleOf: (id: string) => string,
) {
  const [primary, ...others] = finding.positionIds;
  // Code-review tools show the message and little else, so the fixes go into it too.
  const titles = finding.suggestions.map((suggestion) => suggestion.title);
  const fixes =
    titles.length === 0
      ? ''
      : ` ${titles.length === 1 ? 'Possible fix' : 'Possible fixes'}: ${titles.join('; ')}.`;
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: levels[finding.severity],
    message: { text: `${finding.message}${fixes}` },
    locations: [location(artifact, primary, regionOf, titleOf)],
    ...(others.length === 0
      ? {}
      : {
          relatedLocations: others.map((id, k) => ({
            id: k + 1,
            ...location(artifact, id, regionOf, titleOf),
          })),
        }),
    properties: {
      positionIds: finding.positionIds,
      sources: finding.sources,
      suggestions: finding.suggestions,
    },
  };
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** The file, the line of the position's `"id"` and the position as a logical location. */
function location(
  artifact: ArtifactLocation,
  id: string | undefined,
  regionOf: (id: string) => Region | undefined,
  titleOf: (id: string) => string,
) {
  const found = id === undefined ? undefined : regionOf(id);
  return {
    physicalLocation: {
      artifactLocation: artifact,
      ...(found === undefined ? {} : { region: found }),
    },
    ...(id === undefined
      ? {}
      : {
          logicalLocations: [{ name: id, kind: 'object' }],
          message: { text: `${titleOf(id)} (${id})` },
        }),
  };
}

function region(lines: LineIndex, span: JsonSpan): Region {
  const start: TextLocation = lines.locate(span.start);
  const end: TextLocation = lines.locate(span.end);
  return {
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

/**
 * Files under the working directory are relative to %SRCROOT% (what GitHub expects: paths from
 * the repository root); others are absolute file URLs.
 */
function artifactLocation(file: string, cwd: string): ArtifactLocation {
  const absolute = resolve(cwd, file);
  const path = relative(cwd, absolute);
  if (path === '' || path.startsWith('..') || isAbsolute(path)) {
    return { uri: pathToFileURL(absolute).href };
  }
  return { uri: path.split(sep).map(encodeURIComponent).join('/'), uriBaseId: sourceRoot };
}

function help(description: string, rationale: string, sources: readonly string[]) {
  const list = sources.map((source) => `- ${source}`).join('\n');
  const text = [description, rationale, sources.length === 0 ? '' : `Sources:\n${list}`]
    .filter((part) => part !== '')
    .join('\n\n');
  return { text, markdown: text };
}
