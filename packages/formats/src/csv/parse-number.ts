export type NumberCell = { ok: true; value: number } | { ok: false; message: string };

/**
 * A number as spreadsheets in English, Danish and Dutch write it: "0.8" and "0,8"; "650,000",
 * "650.000" and "650 000" (thousands); "1.234,50" and "1,234.50"; a currency or percent sign
 * around it is ignored ("kr. 650.000", "€ 72.500", "80%" is 0.8). A separator followed by exactly
 * three digits, or used more than once, groups thousands; otherwise it is the decimal point.
 */
export function parseNumberCell(cell: string): NumberCell {
  const percent = /%\s*$/.test(cell);
  const bare = cell.replace(/(kr\.?|dkk|eur|usd|€|\$|%)/gi, '').replace(/[\s\u00a0']/g, '');
  if (!/^-?\d[\d.,]*$/.test(bare)) {
    return { ok: false, message: `'${cell}' is not a number; write it as 0.8 or 650000` };
  }
  const lastDot = bare.lastIndexOf('.');
  const lastComma = bare.lastIndexOf(',');
  let normalized: string;
  if (lastDot !== -1 && lastComma !== -1) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    normalized = bare.split(group).join('').replace(decimal, '.');
  } else {
    const separator = lastDot !== -1 ? '.' : lastComma !== -1 ? ',' : undefined;
    const parts = separator === undefined ? [bare] : bare.split(separator);
    const grouping =
      parts.length > 2 || (parts.length === 2 && parts[1]!.length === 3 && parts[0] !== '0');
    normalized = grouping ? parts.join('') : parts.join('.');
  }
  const value = Number(normalized);
  if (!Number.isFinite(value)) {
    return { ok: false, message: `'${cell}' is not a number; write it as 0.8 or 650000` };
  }
  return { ok: true, value: percent ? value / 100 : value };
}
