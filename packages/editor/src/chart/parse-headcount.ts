/** Reads the headcount field: empty clears it; anything else must be a whole, non-negative number. */
export function parseHeadcount(
  text: string,
): { ok: true; value: number | undefined } | { ok: false; message: string } {
  const trimmed = text.trim().replace(/[\s,._’']/g, '');
  if (trimmed === '') return { ok: true, value: undefined };
  if (!/^\d+$/.test(trimmed)) {
    return { ok: false, message: 'Enter the number of employees as a whole number, e.g. 120.' };
  }
  const value = Number(trimmed);
  if (!Number.isSafeInteger(value)) {
    return { ok: false, message: 'That number is too large to be a headcount.' };
  }
  return { ok: true, value };
}
