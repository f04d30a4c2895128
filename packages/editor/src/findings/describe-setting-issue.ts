import { describeRules, type InputIssue } from '@orgwise/domain';

const optionNames = new Map(
  describeRules().map((rule) => [rule.id, Object.keys(rule.defaults ?? {})] as const),
);

/**
 * A rule-settings issue from parseRuleSettings in words for the settings form: which option is
 * wrong and what it must be, without paths like `span-of-control.1.max` or zod's phrasing.
 */
export function describeSettingIssue(issue: InputIssue): string {
  const [ruleId, slot, ...rest] = issue.path;
  const message = plainZodMessage(issue.message);
  if (ruleId === undefined || slot !== 1) return message;
  const unknownKey = /^Unrecognized keys?: (.+)$/.exec(issue.message);
  if (unknownKey !== null) {
    const known = optionNames.get(String(ruleId)) ?? [];
    return `${unknownKey[1]} is not an option of this rule${
      known.length > 0 ? `; it takes ${listOf(known.map((name) => `“${name}”`))}` : ''
    }.`;
  }
  if (rest.length === 0) return message;
  const where = rest
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
  return `Option “${where}” ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}

function plainZodMessage(message: string): string {
  const rules: [RegExp, (match: RegExpExecArray) => string][] = [
    [
      /^Too small: expected number to be >(=?)(-?[\d.]+)$/,
      (m) => `must be ${m[1] ? 'at least' : 'more than'} ${m[2]}.`,
    ],
    [
      /^Too big: expected number to be <(=?)(-?[\d.]+)$/,
      (m) => `must be ${m[1] ? 'at most' : 'less than'} ${m[2]}.`,
    ],
    [/^Invalid input: expected int, received number$/, () => 'must be a whole number.'],
    [
      /^Invalid input: expected (\w+), received undefined$/,
      (m) => `is missing; it must be ${article(m[1]!)}.`,
    ],
    [
      /^Invalid input: expected (\w+), received (\w+)$/,
      (m) => `must be ${article(m[1]!)}, not ${article(m[2]!)}.`,
    ],
  ];
  for (const [pattern, render] of rules) {
    const match = pattern.exec(message);
    if (match !== null) return render(match);
  }
  return message;
}

function article(type: string): string {
  const words: Record<string, string> = {
    number: 'a number',
    string: 'text',
    boolean: 'true or false',
    object: 'an object',
    array: 'a list',
    null: 'null',
    int: 'a whole number',
  };
  return words[type] ?? type;
}

/** “a”, “a and b”, “a, b and c”. */
function listOf(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
