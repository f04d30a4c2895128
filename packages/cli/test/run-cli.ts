import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseChart, type RuleSettings, type ValidationReport, validate } from '@orgwise/domain';
import type { CliIo } from '../src/io.js';
import { main } from '../src/main.js';

/** The package directory: fixture paths in tests are relative to it, as a user's would be. */
export const packageDir = fileURLToPath(new URL('..', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  tty?: boolean;
  env?: CliIo['env'];
  cwd?: string;
}

/** Runs the whole CLI in-process, as `orgwise <args>` would, and collects what it writes. */
export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'orgwise', ...args], {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: options.cwd ?? packageDir,
    stdoutIsTTY: options.tty ?? false,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

/** The text of a file under the package directory. */
export function readFixture(path: string): string {
  return readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
}

/** What the domain engine itself reports for a fixture: the CLI must print exactly this. */
export function engineReport(path: string, rules?: RuleSettings): ValidationReport {
  const parsed = parseChart(JSON.parse(readFixture(path)));
  if (!parsed.ok) throw new Error(`${path} is not a valid chart`);
  return validate(parsed.chart, rules === undefined ? {} : { rules });
}

// Built from the escape character's code: a control character in a regex literal reads as a typo.
const esc = String.fromCharCode(27);

/** An escape code of a terminal colour. */
export const ansi = new RegExp(`${esc}\\[\\d+m`);

/** The text without its colours. */
export function stripAnsi(text: string): string {
  return text.replace(new RegExp(ansi.source, 'g'), '');
}
