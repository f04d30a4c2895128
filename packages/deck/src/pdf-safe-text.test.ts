import { describe, expect, it } from 'vitest';
import { isPdfSafe, pdfSafeText } from './pdf-safe-text.js';

describe('pdfSafeText', () => {
  it('keeps Western European text and typographic punctuation as it is', () => {
    const text = 'Søren Dahl – “Zoë” Ærøskøbing € 1… • Straße Œuvre ™';
    expect(isPdfSafe(text)).toBe(true);
    expect(pdfSafeText(text)).toBe(text);
  });

  it('drops accents the font lacks to their base letter', () => {
    expect(pdfSafeText('Łukasz Dvořák Đorđe Ştefan')).toBe('Lukasz Dvorák Dorde Stefan');
  });

  it('leaves emoji out and marks other scripts with question marks', () => {
    expect(pdfSafeText('👩‍💼 Head of Sales 🇩🇰')).toBe('Head of Sales');
    expect(pdfSafeText('CEO 北京 Москва')).toBe('CEO ?? ??????');
  });
});
