import { describe, expect, it } from 'vitest';
import { importSource, textSource } from './import-source.js';

describe('importSource', () => {
  it('keeps the bytes and decodes the text only when asked', () => {
    const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04]);
    const source = importSource(bytes);
    expect(source.bytes).toBe(bytes);
    expect(source.encoding()).toBeUndefined();
    expect(source.text()).toBe('PK\u0003\u0004');
    expect(source.encoding()).toBe('utf-8');
  });

  it('says when the text was read as Windows-1252', () => {
    const source = importSource(Uint8Array.from([0x53, 0xf8, 0x72, 0x65, 0x6e]));
    expect(source.text()).toBe('Søren');
    expect(source.encoding()).toBe('windows-1252');
  });

  it('makes a source of text in hand', () => {
    expect(textSource('Titel;Navn').text()).toBe('Titel;Navn');
  });
});
