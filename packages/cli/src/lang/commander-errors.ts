import type { CliText } from './cli-text.js';

// Commander writes its own errors in English. Those a user meets (an unknown option or command, a
// missing argument, a value that is not allowed, one argument too many) are said again in the
// language of the CLI from their parts; any other passes as commander wrote it.

const patterns: [RegExp, (match: RegExpExecArray, t: CliText) => string][] = [
  [/^error: unknown option ('[^']*')/, (m, t) => t('unknownOption', { option: m[1]! })],
  [/^error: unknown command ('[^']*')/, (m, t) => t('unknownCommand', { command: m[1]! })],
  [
    /^error: missing required argument ('[^']*')/,
    (m, t) => t('missingArgument', { argument: m[1]! }),
  ],
  [
    /^error: option ('[^']*') argument ('.*') is invalid\. (.*)$/,
    (m, t) => {
      const choices = /^Allowed choices are (.*)\.$/.exec(m[3]!);
      const reason = choices === null ? m[3]! : t('allowedChoices', { choices: choices[1]! });
      return t('invalidValue', { option: m[1]!, value: m[2]!, reason });
    },
  ],
  [
    /^error: too many arguments(?: for ('[^']*'))?\. Expected (\d+) arguments? but got (\d+)\./,
    (m, t) =>
      t('tooManyArguments', {
        command: m[1] ?? 'none',
        expected: Number(m[2]),
        received: Number(m[3]),
      }),
  ],
];

/** A commander error message in the CLI's language, with its "(Did you mean …?)" hint. */
export function translateCommanderError(message: string, t: CliText): string {
  const [first = '', ...rest] = message.replace(/\n$/, '').split('\n');
  for (const [pattern, say] of patterns) {
    const match = pattern.exec(first);
    if (match === null) continue;
    const hint = /^\(Did you mean (?:one of )?(.*)\?\)$/.exec(rest.join('\n'));
    const lines = [say(match, t)];
    if (hint !== null) lines.push(t('didYouMean', { hints: hint[1]! }));
    return `${lines.join('\n')}\n`;
  }
  return message;
}
