import { defineMessages } from '../i18n/catalogue.js';

/** React Flow's own controls, named for screen readers, on every chart the app draws. */
export const messages = defineMessages({
  en: {
    controls: 'Zoom and fit controls',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitView: 'Fit the chart into view',
    overview: 'Overview of the whole chart',
    handle: 'Connection point',
  },
  da: {
    controls: 'Zoom og tilpas',
    zoomIn: 'Zoom ind',
    zoomOut: 'Zoom ud',
    fitView: 'Tilpas diagrammet til visningen',
    overview: 'Oversigt over hele diagrammet',
    handle: 'Forbindelsespunkt',
  },
  nl: {
    controls: 'Zoomen en passend maken',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    fitView: 'Het organogram passend weergeven',
    overview: 'Overzicht van het hele organogram',
    handle: 'Verbindingspunt',
  },
});
