/**
 * Yes/no as people and spreadsheets write it in English, Danish and Dutch. Excel writes its own
 * TRUE/FALSE in the user's language: SAND/FALSK in Danish, WAAR/ONWAAR in Dutch.
 */
const yes = new Set(['yes', 'y', 'true', '1', 'ja', 'j', 'sand', 'waar', 'x']);
const no = new Set(['no', 'n', 'false', '0', 'nej', 'nee', 'falsk', 'onwaar']);

export type BooleanCell = { ok: true; value: boolean | undefined } | { ok: false; message: string };

/** A yes/no cell; a blank cell means "not said" (the field is left out of the position). */
export function parseBooleanCell(cell: string): BooleanCell {
  const text = cell.trim().toLowerCase();
  if (text === '') return { ok: true, value: undefined };
  if (yes.has(text)) return { ok: true, value: true };
  if (no.has(text)) return { ok: true, value: false };
  const shown = cell.trim().length > 40 ? `${cell.trim().slice(0, 40)}…` : cell.trim();
  return {
    ok: false,
    message: `"${shown}" is not yes or no; write yes/no, true/false, 1/0, ja/nej or ja/nee, or leave the cell empty`,
  };
}
