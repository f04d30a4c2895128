import { useState } from 'react';
import { DeckInputError } from './check-deck-input.js';
import type { DeckFormat } from './deck-file-name.js';
import type { DeckInput } from './deck-model.js';
import { downloadDeck } from './download-deck.js';

const LABEL: Record<DeckFormat, string> = {
  pptx: 'Download PowerPoint',
  pdf: 'Download PDF',
};

export interface DeckExportButtonProps {
  deck: DeckInput;
  format: DeckFormat;
}

/** A button that saves the restructuring-options deck as PowerPoint or PDF. */
export function DeckExportButton({ deck, format }: DeckExportButtonProps) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function onClick() {
    setBusy(true);
    setProblem(null);
    try {
      await downloadDeck(deck, format);
    } catch (error) {
      setProblem(
        error instanceof DeckInputError
          ? error.message
          : `The ${format === 'pptx' ? 'PowerPoint' : 'PDF'} file could not be made. Try again; if it keeps failing, export the chart as JSON and report the problem with it.`,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <span data-testid={`deck-export-${format}`}>
      <button type="button" onClick={onClick} disabled={busy} aria-busy={busy}>
        {busy ? 'Preparing…' : LABEL[format]}
      </button>
      {problem !== null && (
        <span role="alert" style={{ whiteSpace: 'pre-line' }}>
          {problem}
        </span>
      )}
    </span>
  );
}
