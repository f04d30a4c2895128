import type { DeckInput } from '@orgwise/deck';
import { ExportError, type ExportFormat } from '@orgwise/formats';
import { useState } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { downloadExport } from '../../ui/download-export.js';
import { messages } from './messages.js';

export interface DeckExportButtonProps {
  deck: DeckInput;
  /** One of the registry's deck formats. */
  format: ExportFormat<'deck'>;
}

/** A button that saves the restructuring-options deck in one of its formats (PowerPoint, PDF). */
export function DeckExportButton({ deck, format }: DeckExportButtonProps) {
  const t = useMessages(messages);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function onClick() {
    setBusy(true);
    setProblem(null);
    try {
      await downloadExport(format, deck, deck.title, deck.date);
    } catch (error) {
      setProblem(
        error instanceof ExportError ? error.message : t('deckFailed', { format: format.label }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <span data-testid={`deck-export-${format.extension}`}>
      <button type="button" className="button" onClick={onClick} disabled={busy} aria-busy={busy}>
        {busy ? t('preparing') : format.label}
      </button>
      {problem !== null && (
        <span role="alert" className="deck-export-problem">
          {problem}
        </span>
      )}
    </span>
  );
}
