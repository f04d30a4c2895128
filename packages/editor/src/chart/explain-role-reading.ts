import { getRole, type RoleId, type RoleReading } from '@orgwise/domain';

const names = (roles: readonly RoleId[]) => roles.map((role) => getRole(role).shortName).join('/');
const quoted = (words: readonly string[]) => words.map((word) => `“${word}”`).join(', ');

/** The sentences the inspector shows for a reading. */
export function explainRoleReading(reading: RoleReading, related: string | undefined): string[] {
  const lines: string[] = [];
  if (reading.fromTitle && reading.matched.length > 0) {
    lines.push(`Read from ${quoted(reading.matched)} in the title.`);
  }
  if (reading.corrected.length > 0) {
    lines.push(`Read as a typo: ${reading.corrected.join(', ')}. No one-click fixes rest on it.`);
  }
  const lost = reading.named.filter((role) => !reading.roles.includes(role));
  const gained = reading.roles.filter((role) => !reading.named.includes(role));
  const what = lost.length > 0 ? names(lost) : undefined;
  const at = related === undefined ? '' : ` “${related}”`;
  switch (reading.reason) {
    case 'unit-title':
      lines.push(
        `Leads a unit (${quoted(reading.unitWords)}): the rules treat it as the unit’s ${what}, not the company’s.`,
      );
      break;
    case 'unit-given':
      lines.push(
        `Set to lead a unit: the rules treat it as the unit’s ${what}, not the company’s.`,
      );
      break;
    case 'inside-unit':
      lines.push(
        `Part of the unit led by${at}: the rules treat it as the unit’s ${what}, not the company’s.`,
      );
      break;
    case 'under-same-role':
      lines.push(
        `${at.trim() || 'A position'} above it is the ${what}: this heads a department of theirs.`,
      );
      break;
    case 'head-below-executive':
      lines.push(
        `Heads a function under${at} rather than the CEO: read as a department head${
          gained.length > 0 ? ` (${names(gained)})` : ''
        }, not the company’s ${what}.`,
      );
      break;
    case 'head-beside-chief':
      lines.push(
        `${at.trim() || 'Another position'} is the company’s ${what}: this heads a department beside it.`,
      );
      break;
    default:
      if (reading.scope === 'unit' && reading.named.length === 0 && reading.unitWords.length > 0) {
        lines.push(`Leads a unit (${quoted(reading.unitWords)}).`);
      }
  }
  if (reading.uncertain !== undefined) {
    lines.push(
      `Could be the ${names(reading.uncertain.roles)}: ${reading.uncertain.why}. Tick the role below if it is.`,
    );
  }
  return lines;
}
