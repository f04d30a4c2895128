import { defineMessages } from '../../i18n/catalogue.js';

/** Find and focus: the search box over the chart and the levels shown. */
export const messages = defineMessages({
  en: {
    label: 'Find a position',
    placeholder: 'Find: title, name, id or role',
    results: 'Positions found',
    none: 'No position matches “{query}”',
    more: '{count, plural, one {# more position matches: type more to narrow it down} other {# more positions match: type more to narrow them down}}',
    vacant: 'Vacant',
    noHolder: 'No holder named',
    matched: '{field, select, id {id {value}} other {role {value}}}',
    levels: 'Levels shown',
    allLevels: 'All levels',
    topLevels: '{count, plural, one {Top level} other {Top # levels}}',
  },
  da: {
    label: 'Find en stilling',
    placeholder: 'Find: titel, navn, id eller rolle',
    results: 'Fundne stillinger',
    none: 'Ingen stilling passer til “{query}”',
    more: '{count, plural, one {Yderligere # stilling passer: skriv mere for at indsnævre} other {Yderligere # stillinger passer: skriv mere for at indsnævre}}',
    vacant: 'Ubesat',
    noHolder: 'Ingen indehaver angivet',
    matched: '{field, select, id {id {value}} other {rolle {value}}}',
    levels: 'Viste niveauer',
    allLevels: 'Alle niveauer',
    topLevels: '{count, plural, one {Øverste niveau} other {Øverste # niveauer}}',
  },
  nl: {
    label: 'Een functie zoeken',
    placeholder: 'Zoeken: titel, naam, id of rol',
    results: 'Gevonden functies',
    none: 'Geen functie past bij “{query}”',
    more: '{count, plural, one {Nog # functie past: typ verder om te verfijnen} other {Nog # functies passen: typ verder om te verfijnen}}',
    vacant: 'Vacant',
    noHolder: 'Geen bezetting opgegeven',
    matched: '{field, select, id {id {value}} other {rol {value}}}',
    levels: 'Getoonde lagen',
    allLevels: 'Alle lagen',
    topLevels: '{count, plural, one {Bovenste laag} other {Bovenste # lagen}}',
  },
});
