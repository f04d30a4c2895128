import type { Chart, Company, Position } from '../chart/schema.js';
import { isRoleId } from '../roles/role-ids.js';

/**
 * Builds a chart from an indented outline, so that a test reads like the chart it draws:
 *
 *     orgChart(`
 *       ceo: CEO
 *         cto: CTO [interim]
 *         it: Head of IT [vacant, roles=it-manager, reportsTo=cto]
 *         fd: Finance Director [scope=unit]
 *     `, { headcount: 40 })
 *
 * Each line is `id: title`, indented under its manager (any deeper indentation will do). Attributes
 * in brackets at the end of the line: `vacant`, `interim`, `holder=Name` (`holder=` for null),
 * `roles=cio+cto` (`roles=` for none) and `reportsTo=id` (`reportsTo=` for none), which overrides
 * the indentation to draw cycles and dangling managers. Ids may repeat, to draw duplicates. A
 * malformed line, an unknown attribute or an unknown role throws, naming the line.
 */
export function orgChart(outline: string, company?: Company): Chart {
  const lines = outline.split('\n').filter((line) => line.trim() !== '');
  const baseIndent = Math.min(...lines.map((line) => line.length - line.trimStart().length));
  const stack: { indent: number; id: string }[] = [];
  const positions: Position[] = lines.map((line, number) => {
    const indent = line.length - line.trimStart().length - baseIndent;
    const match = /^(\S+):\s*(.*?)\s*(?:\[(.*)\])?\s*$/.exec(line.trim());
    if (match === null)
      throw new Error(`orgChart line ${number + 1}: expected "id: title", got "${line.trim()}"`);
    const [, id, title, attributes] = match as unknown as [
      string,
      string,
      string,
      string | undefined,
    ];
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const position: Position = { id, title };
    const manager = stack[stack.length - 1];
    if (manager !== undefined) position.reportsTo = manager.id;
    for (const attribute of (attributes ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)) {
      // Split at the first "=" only: a holder's name may hold one.
      const equals = attribute.indexOf('=');
      const key = equals === -1 ? attribute : attribute.slice(0, equals).trim();
      const value = equals === -1 ? '' : attribute.slice(equals + 1).trim();
      if (key === 'vacant' || key === 'interim') {
        if (equals !== -1)
          throw new Error(
            `orgChart line ${number + 1}: "${key}" takes no value, got "${attribute}"`,
          );
        position[key] = true;
      } else if (key === 'holder') position.holder = value === '' ? null : value;
      else if (key === 'reportsTo') position.reportsTo = value === '' ? null : value;
      else if (key === 'roles') {
        const roles = value === '' ? [] : value.split('+');
        const unknown = roles.find((role) => !isRoleId(role));
        if (unknown !== undefined)
          throw new Error(`orgChart line ${number + 1}: unknown role "${unknown}"`);
        position.roles = roles.filter(isRoleId);
      } else if (key === 'scope') {
        if (value !== 'company' && value !== 'unit')
          throw new Error(
            `orgChart line ${number + 1}: scope is "company" or "unit", not "${value}"`,
          );
        position.scope = value;
      } else throw new Error(`orgChart line ${number + 1}: unknown attribute "${key}"`);
    }
    stack.push({ indent, id });
    return position;
  });
  return company === undefined ? { version: 1, positions } : { version: 1, company, positions };
}
