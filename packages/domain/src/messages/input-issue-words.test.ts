import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseChart } from '../chart/parse-chart.js';
import { allPlaceholders } from '../i18n/message-format.js';
import { issueMessage, issueTexts } from './input-issue-words.js';

describe('input error words', () => {
  it('Danish and Dutch have the same ids and placeholders', () => {
    expect(Object.keys(issueTexts.nl).sort()).toEqual(Object.keys(issueTexts.da).sort());
    for (const [id, text] of Object.entries(issueTexts.nl)) {
      const danish = issueTexts.da[id as keyof typeof issueTexts.da];
      expect([...allPlaceholders('nl', text)].sort(), id).toEqual(
        [...allPlaceholders('da', danish)].sort(),
      );
    }
  });

  it('says what is wrong with an input in Danish and Dutch from the issue, English as zod said', () => {
    const schema = z.strictObject({
      name: z
        .string({ error: 'The name must be text' })
        .trim()
        .min(1, 'The name must not be empty'),
      language: z.enum(['en', 'da', 'nl']).optional(),
      count: z.number().int().max(10).optional(),
    });
    const issues = (input: unknown) => schema.safeParse(input, { reportInput: true }).error!.issues;
    const wrong = issues({ name: '', language: 'de', count: 11, extra: 1 });
    const inLanguage = (locale: 'en' | 'da' | 'nl') => wrong.map((i) => issueMessage(locale, i));
    expect(inLanguage('en')[0]).toBe('The name must not be empty');
    expect(inLanguage('da')).toEqual([
      'Må ikke være tom',
      'Skal være en af "en", "da", "nl"',
      'Må højst være 10',
      'Ukendt felt; fjern det eller ret stavningen',
    ]);
    expect(inLanguage('nl')).toEqual([
      'Mag niet leeg zijn',
      'Moet een van deze zijn: "en", "da", "nl"',
      'Mag hoogstens 10 zijn',
      'Onbekend veld; verwijder het of verbeter de spelling',
    ]);
    expect(issues({}).map((i) => issueMessage('da', i))).toEqual(['Mangler']);
    expect(issues({ name: 3 }).map((i) => issueMessage('nl', i))).toEqual(['Moet tekst zijn']);
  });

  it('parseChart says its issues in the language asked for, at the same paths', () => {
    const input = {
      positions: [
        { id: 'cto', title: 3 },
        { id: '', title: 'CIO' },
      ],
    };
    const english = parseChart(input);
    const danish = parseChart(input, { locale: 'da' });
    const dutch = parseChart(input, { locale: 'nl' });
    if (english.ok || danish.ok || dutch.ok) throw new Error('the chart is malformed');
    expect(danish.issues.map((i) => i.path)).toEqual(english.issues.map((i) => i.path));
    expect(english.issues.map((i) => i.message)[0]).toMatch(/^Title must be a string/);
    expect(danish.issues.map((i) => i.message)).toEqual(['Skal være tekst', 'Må ikke være tom']);
    expect(dutch.issues.map((i) => i.message)).toEqual(['Moet tekst zijn', 'Mag niet leeg zijn']);
    const missing = parseChart({ positions: [{ id: 'a' }] }, { locale: 'nl' });
    expect(missing.ok ? [] : missing.issues).toEqual([
      { path: ['positions', 0, 'title'], message: 'Ontbreekt' },
    ]);
  });
});
