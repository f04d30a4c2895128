import { defineMessages } from '../../../i18n/catalogue.js';

/** The printed chart's texts. */
export const messages = defineMessages({
  en: {
    orgChart: 'Org chart',
    orgChartOf: 'Org chart of {title}',
    sheet: '{title} · sheet {n, number} of {count, number}',
  },
  da: {
    orgChart: 'Organisationsdiagram',
    orgChartOf: 'Organisationsdiagram for {title}',
    sheet: '{title} · ark {n, number} af {count, number}',
  },
  nl: {
    orgChart: 'Organogram',
    orgChartOf: 'Organogram van {title}',
    sheet: '{title} · blad {n, number} van {count, number}',
  },
});
