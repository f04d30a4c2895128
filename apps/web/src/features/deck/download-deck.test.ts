// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeckInputError } from './check-deck-input.js';
import type { DeckInput } from './deck-model.js';
import { deckBlob, downloadDeck } from './download-deck.js';
import { PPTX_MIME } from './pptx-deck.js';
import { option } from './testing/deck-fixtures.js';
import { readPptx } from './testing/read-pptx.js';

const deck: DeckInput = {
  title: 'Acme',
  client: 'Acme Holding',
  date: new Date(2025, 5, 30),
  options: [option('Today', [{ id: 'ceo', title: 'Chief Executive Officer' }], [])],
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('downloadDeck', () => {
  it('saves the PowerPoint deck under the workspace’s name and date', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:deck';
    });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    const name = await downloadDeck(deck, 'pptx');
    expect(name).toBe('Acme - Restructuring options - 2025-06-30.pptx');
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe(name);
    expect(clicked[0]!.href).toBe('blob:deck');
    expect(document.querySelector('a')).toBeNull();
    expect(blobs[0]!.type).toBe(PPTX_MIME);
    const content = await readPptx(new Uint8Array(await blobs[0]!.arrayBuffer()));
    expect(content.slides.flat()).toContain('Chief Executive Officer');
  });

  it('makes a PDF blob', async () => {
    const blob = await deckBlob(deck, 'pdf');
    expect(blob.type).toBe('application/pdf');
    const head = new TextDecoder().decode(new Uint8Array(await blob.arrayBuffer()).slice(0, 5));
    expect(head).toBe('%PDF-');
  });

  it('refuses a deck without options before making anything', async () => {
    const create = vi.spyOn(URL, 'createObjectURL');
    await expect(downloadDeck({ ...deck, options: [] }, 'pdf')).rejects.toThrow(DeckInputError);
    expect(create).not.toHaveBeenCalled();
  });
});
