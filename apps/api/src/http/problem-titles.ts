import { type ProblemSlug, problemTypeUri } from '@orgwise/contract';
import type { Locale } from '@orgwise/domain';

/**
 * Problem titles in Danish and Dutch: the API's own problem types by slug, and the status phrases
 * of "about:blank" problems by status. English titles are the contract's and Node's own. The type
 * URIs never change with the language; details and input errors are in `problem-texts/`.
 */
export const problemTitles: Record<
  Exclude<Locale, 'en'>,
  { types: Record<ProblemSlug, string>; statuses: Record<number, string> }
> = {
  da: {
    types: {
      'invalid-json': 'Anmodningens indhold er ikke gyldig JSON',
      'invalid-request': 'Anmodningen passer ikke til skemaet',
      'too-many-positions': 'Diagrammet har flere stillinger, end serveren modtager',
      'patch-conflict': 'Ændringerne kan ikke anvendes på dette diagram',
      'unreadable-document': 'Dokumentet kan ikke læses i det angivne format',
      'unknown-reference': 'Anmodningen nævner et scenarie, der ikke findes',
      'scenario-order-mismatch': 'Rækkefølgen nævner ikke arbejdsområdets scenarier',
      'scenario-not-deleted': 'Scenariet er ikke slettet',
      'outdated-rule-settings': 'Arbejdsområdets regelindstillinger er forældede',
      'version-mismatch': 'Ressourcen er ændret, siden du læste den',
      'share-password-required': 'Linket kræver sin adgangskode',
      'share-link-expired': 'Linket er udløbet',
      'if-match-required': 'Angiv, hvilken version du ændrer',
    },
    statuses: {
      400: 'Ugyldig anmodning',
      401: 'Ikke autoriseret',
      403: 'Forbudt',
      404: 'Ikke fundet',
      405: 'Metoden er ikke tilladt',
      408: 'Anmodningen tog for lang tid',
      413: 'Anmodningen er for stor',
      415: 'Medietypen understøttes ikke',
      429: 'For mange anmodninger',
      500: 'Intern serverfejl',
      503: 'Tjenesten er ikke tilgængelig',
    },
  },
  nl: {
    types: {
      'invalid-json': 'De inhoud van het verzoek is geen geldige JSON',
      'invalid-request': 'Het verzoek komt niet overeen met het schema',
      'too-many-positions': 'Het organogram heeft meer functies dan de server accepteert',
      'patch-conflict': 'De wijzigingen zijn niet toe te passen op dit organogram',
      'unreadable-document': 'Het document is niet te lezen in het opgegeven formaat',
      'unknown-reference': 'Het verzoek noemt een scenario dat niet bestaat',
      'scenario-order-mismatch': 'De volgorde noemt niet de scenario’s van de werkruimte',
      'scenario-not-deleted': 'Het scenario is niet verwijderd',
      'outdated-rule-settings': 'De regelinstellingen van de werkruimte zijn verouderd',
      'version-mismatch': 'De resource is gewijzigd sinds je hem hebt gelezen',
      'share-password-required': 'Deze link vraagt om zijn wachtwoord',
      'share-link-expired': 'Deze link is verlopen',
      'if-match-required': 'Geef aan welke versie je wijzigt',
    },
    statuses: {
      400: 'Ongeldig verzoek',
      401: 'Niet geautoriseerd',
      403: 'Verboden',
      404: 'Niet gevonden',
      405: 'Methode niet toegestaan',
      408: 'Het verzoek duurde te lang',
      413: 'Het verzoek is te groot',
      415: 'Mediatype niet ondersteund',
      429: 'Te veel verzoeken',
      500: 'Interne serverfout',
      503: 'Dienst niet beschikbaar',
    },
  },
};

const slugsByUri = new Map<string, ProblemSlug>(
  (Object.keys(problemTitles.da.types) as ProblemSlug[]).map((slug) => [
    problemTypeUri(slug),
    slug,
  ]),
);

/** A problem's title in a language, or undefined to keep the English one. */
export function problemTitle(
  locale: Locale,
  problem: { type: string; status: number },
): string | undefined {
  if (locale === 'en') return undefined;
  const titles = problemTitles[locale];
  const slug = slugsByUri.get(problem.type);
  if (slug !== undefined) return titles.types[slug];
  return problem.type === 'about:blank' ? titles.statuses[problem.status] : undefined;
}
