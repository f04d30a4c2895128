import { defineMessages } from '../../i18n/catalogue.js';
import type { Translate } from '../../i18n/translate.js';

/**
 * The start screen's and the New menu's texts. A template's name and description are keyed by its
 * id in `@orgwise/editor`'s chartTemplates (`<id>.name`, `<id>.description`).
 */
export const messages = defineMessages({
  en: {
    emptyHint:
      'Drag a role from the palette onto the canvas, or press one, to add the first position.',
    heading: 'Start a chart',
    lead: 'Pick a template to see Orgwise at work, or start empty and build from the palette.',
    meta: '{positions, plural, one {# position} other {# positions}} · {findings, plural, one {# finding} other {# findings}}',
    emptyName: 'Empty chart',
    emptyDescription: 'Start from a blank canvas.',
    'startup.name': 'Startup',
    'startup.description':
      'A 28-person product startup: two founders, an interim COO, engineering growing fast.',
    'scale-up.name': 'SaaS scale-up',
    'scale-up.description':
      'A 180-person software company with a board, a full C-suite and a CIO above the CTO.',
    'enterprise.name': 'Enterprise',
    'enterprise.description':
      'A 2,400-person industrial group: a wide executive team, IT under finance and operations.',
    newMenu: 'New',
    newMenuLabel: 'Start a new chart',
    emptyMenuDescription: 'A blank canvas and the palette.',
    startedTemplate:
      'Started from the {name} template. Undo (Ctrl+Z) brings the previous chart back.',
    startedEmpty: 'Started an empty chart. Undo (Ctrl+Z) brings the previous chart back.',
  },
  da: {
    emptyHint:
      'Træk en rolle fra paletten hen på lærredet, eller tryk på en, for at tilføje den første stilling.',
    heading: 'Start et diagram',
    lead: 'Vælg en skabelon for at se Orgwise i arbejde, eller start tomt og byg op fra paletten.',
    meta: '{positions, plural, one {# stilling} other {# stillinger}} · {findings, plural, one {# fund} other {# fund}}',
    emptyName: 'Tomt diagram',
    emptyDescription: 'Start fra et tomt lærred.',
    'startup.name': 'Startup',
    'startup.description':
      'En produktstartup med 28 medarbejdere: to stiftere, en konstitueret COO og en udviklingsafdeling i hastig vækst.',
    'scale-up.name': 'SaaS-scale-up',
    'scale-up.description':
      'En softwarevirksomhed med 180 medarbejdere, en bestyrelse, en fuld direktion og en CIO over CTO’en.',
    'enterprise.name': 'Koncern',
    'enterprise.description':
      'En industrikoncern med 2.400 medarbejdere: en bred direktion, it under økonomi og drift.',
    newMenu: 'Ny',
    newMenuLabel: 'Start et nyt diagram',
    emptyMenuDescription: 'Et tomt lærred og paletten.',
    startedTemplate:
      'Startede fra skabelonen {name}. Fortryd (Ctrl+Z) henter det forrige diagram tilbage.',
    startedEmpty: 'Startede et tomt diagram. Fortryd (Ctrl+Z) henter det forrige diagram tilbage.',
  },
  nl: {
    emptyHint:
      'Sleep een rol uit het palet naar het canvas, of klik erop, om de eerste functie toe te voegen.',
    heading: 'Een organogram beginnen',
    lead: 'Kies een sjabloon om Orgwise aan het werk te zien, of begin leeg en bouw op vanuit het palet.',
    meta: '{positions, plural, one {# functie} other {# functies}} · {findings, plural, one {# bevinding} other {# bevindingen}}',
    emptyName: 'Leeg organogram',
    emptyDescription: 'Begin met een leeg canvas.',
    'startup.name': 'Start-up',
    'startup.description':
      'Een productstart-up met 28 medewerkers: twee oprichters, een interim-COO en een snel groeiende engineeringafdeling.',
    'scale-up.name': 'SaaS-scale-up',
    'scale-up.description':
      'Een softwarebedrijf met 180 medewerkers, een raad van commissarissen, een volledige directie en een CIO boven de CTO.',
    'enterprise.name': 'Concern',
    'enterprise.description':
      'Een industrieel concern met 2.400 medewerkers: een brede directie, IT onder financiën en operations.',
    newMenu: 'Nieuw',
    newMenuLabel: 'Een nieuw organogram beginnen',
    emptyMenuDescription: 'Een leeg canvas en het palet.',
    startedTemplate:
      'Begonnen met het sjabloon {name}. Ongedaan maken (Ctrl+Z) haalt het vorige organogram terug.',
    startedEmpty:
      'Begonnen met een leeg organogram. Ongedaan maken (Ctrl+Z) haalt het vorige organogram terug.',
  },
});

type Key = keyof typeof messages.en;

/**
 * A template's name or description in the language of `t`; a template the catalogue does not
 * know yet shows the editor package's English.
 */
export function templateText(
  t: Translate<Key>,
  template: { id: string; name: string; description: string },
  part: 'name' | 'description',
): string {
  const key = `${template.id}.${part}`;
  return key in messages.en ? t(key as Key) : template[part];
}
