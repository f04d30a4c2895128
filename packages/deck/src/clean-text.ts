// Control characters are invalid in the PowerPoint XML (the file would not open) and invisible
// or garbled in a PDF; lone surrogates are invalid in both. Line breaks and tabs become spaces
// because the planner does its own line breaking.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SPACES = /\s+/g;

/**
 * Text from a chart or a form, made safe to place on a slide: a string, no control characters,
 * single spaces, trimmed. Anything that is not a string (hostile or careless input) becomes its
 * plain string form, and null or undefined the empty string.
 */
export function cleanText(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  return text.replace(CONTROL, ' ').replace(LONE_SURROGATE, '').replace(SPACES, ' ').trim();
}
