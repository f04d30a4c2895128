import { useMemo } from 'react';
import { useMessages } from '../i18n/use-messages.js';
import { messages } from './messages.js';

/**
 * React Flow's aria labels in the chosen language, for the editor's canvas and the read-only
 * charts alike. One object per language: React Flow takes a new one as a change of its
 * configuration.
 */
export function useFlowLabels() {
  const t = useMessages(messages);
  return useMemo(
    () => ({
      labels: {
        'controls.ariaLabel': t('controls'),
        'controls.zoomIn.ariaLabel': t('zoomIn'),
        'controls.zoomOut.ariaLabel': t('zoomOut'),
        'controls.fitView.ariaLabel': t('fitView'),
        'minimap.ariaLabel': t('overview'),
        'handle.ariaLabel': t('handle'),
      },
      overview: t('overview'),
    }),
    [t],
  );
}
