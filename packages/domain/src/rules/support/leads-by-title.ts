import { normalizeTitle } from '../../roles/normalize-title.js';

// Leadership charts often leave the teams out: a "Head of Sales" with no reports drawn still leads
// one. Titles say so in every language: a rank word on its own or at the end of a compound
// ("Afdelingschef", "Teamleder", "Regiomanager").

const rankWords = new Set([
  'manager',
  'mgr',
  'head',
  'director',
  'lead',
  'leader',
  'supervisor',
  'vp',
  'president',
  'chief',
  'hoofd',
  'directeur',
  'direktor',
  'chef',
  'leder',
  'leiter',
  'teamleider',
  'leidinggevende',
]);
const compoundEndings = ['chef', 'leder', 'direktor', 'directeur', 'manager', 'leider', 'leiter'];

/** Whether a title names someone who leads people ("Team Leader Claims", "Afdelingschef"). */
export function leadsByTitle(title: string): boolean {
  for (const word of normalizeTitle(title)) {
    if (rankWords.has(word)) return true;
    if (compoundEndings.some((end) => word.length > end.length + 2 && word.endsWith(end))) {
      return true;
    }
  }
  return false;
}
