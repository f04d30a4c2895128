import { defineMessages } from '../i18n/catalogue.js';

/** The side panels' toggles and the skip link. */
export const panelMessages = defineMessages({
  en: {
    group: 'Side panels',
    name: '{side, select, left {Palette and company panel} other {Position and findings panel}}',
    hint: '{side, select, left {Show or hide the palette and company panel} other {Show or hide the position and findings panel}} (Ctrl+\\ for both)',
    skipToChart: 'Skip to the chart',
  },
  da: {
    group: 'Sidepaneler',
    name: '{side, select, left {Panelet med palet og virksomhed} other {Panelet med stilling og fund}}',
    hint: '{side, select, left {Vis eller skjul panelet med palet og virksomhed} other {Vis eller skjul panelet med stilling og fund}} (Ctrl+\\ for begge)',
    skipToChart: 'Gå direkte til diagrammet',
  },
  nl: {
    group: 'Zijpanelen',
    name: '{side, select, left {Paneel met palet en bedrijf} other {Paneel met functie en bevindingen}}',
    hint: '{side, select, left {Paneel met palet en bedrijf tonen of verbergen} other {Paneel met functie en bevindingen tonen of verbergen}} (Ctrl+\\ voor beide)',
    skipToChart: 'Direct naar het organogram',
  },
});
