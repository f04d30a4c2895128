import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';

const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
};

describe('decodeText', () => {
  it('reads UTF-8, dropping a byte order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFFTitel;Navn\nØkonomichef;Søren Ærø');
    expect(decodeText(bytes)).toEqual({
      text: 'Titel;Navn\nØkonomichef;Søren Ærø',
      encoding: 'utf-8',
    });
  });

  it('reads UTF-16 in both byte orders', () => {
    expect(decodeText(utf16('Titel\tNavn\nØ', true))).toEqual({
      text: 'Titel\tNavn\nØ',
      encoding: 'utf-16le',
    });
    expect(decodeText(utf16('Titel\tNavn\nØ', false))).toEqual({
      text: 'Titel\tNavn\nØ',
      encoding: 'utf-16be',
    });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    // "Økonomichef;Søren" as Danish Excel saves it.
    const bytes = Uint8Array.from([
      0xd8,
      ...new TextEncoder().encode('konomichef;S'),
      0xf8,
      ...new TextEncoder().encode('ren'),
    ]);
    expect(decodeText(bytes)).toEqual({ text: 'Økonomichef;Søren', encoding: 'windows-1252' });
  });
});
