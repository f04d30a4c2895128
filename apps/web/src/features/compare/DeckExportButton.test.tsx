// @vitest-environment happy-dom
import type { DeckInput } from '@orgwise/deck';
import { ExportError, exportFormats } from '@orgwise/formats';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeckExportButton } from './DeckExportButton.js';

const download = vi.hoisted(() => vi.fn());
vi.mock('../../ui/download-export.js', () => ({ downloadExport: download }));

const deck = { title: 'Acme', date: new Date(2025, 0, 1), options: [] } as unknown as DeckInput;
const [pptx, pdf] = exportFormats('deck');

afterEach(() => {
  cleanup();
  download.mockReset();
});

describe('DeckExportButton', () => {
  it('downloads the deck in its format, named after the workspace and its date, busy meanwhile', async () => {
    let finish: (name: string) => void = () => {};
    download.mockImplementation(() => new Promise<string>((resolve) => (finish = resolve)));
    render(<DeckExportButton deck={deck} format={pptx!} />);
    fireEvent.click(screen.getByRole('button', { name: 'PowerPoint' }));
    expect(download).toHaveBeenCalledWith(pptx, deck, 'Acme', deck.date);
    const busy = await screen.findByRole('button', { name: 'Preparing…' });
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    finish('acme-restructuring-options-2025-01-01.pptx');
    await screen.findByRole('button', { name: 'PowerPoint' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says what is wrong with the deck', async () => {
    download.mockRejectedValue(
      new ExportError('The deck cannot be made: it has no options; add at least one.'),
    );
    render(<DeckExportButton deck={deck} format={pdf!} />);
    fireEvent.click(screen.getByRole('button', { name: 'PDF' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The deck cannot be made: it has no options; add at least one.');
  });

  it('explains an unexpected failure without a stack trace', async () => {
    download.mockRejectedValue(new TypeError('x is undefined'));
    render(<DeckExportButton deck={deck} format={pdf!} />);
    fireEvent.click(screen.getByRole('button', { name: 'PDF' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^The PDF file could not be made\. Try again/);
    expect(alert.textContent).not.toContain('undefined');
    await waitFor(() => expect(screen.getByRole('button')).toHaveProperty('disabled', false));
  });
});
