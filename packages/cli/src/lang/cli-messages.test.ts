import { allPlaceholders, formatMessage, locales } from '@orgwise/domain';
import { describe, expect, it } from 'vitest';
import { cliMessages } from './cli-messages.js';

describe('the CLI catalogues', () => {
  const english = cliMessages.en;

  it.each(locales)(
    '%s has every message, with the same placeholders, and each parses',
    (locale) => {
      const messages = cliMessages[locale];
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      for (const [id, text] of Object.entries(messages)) {
        const source = english[id as keyof typeof english];
        expect([...allPlaceholders(locale, text)].sort(), id).toEqual(
          [...allPlaceholders('en', source)].sort(),
        );
      }
    },
  );

  it('counts with plurals and numbers as each language does', () => {
    const summary = { errors: 1, warnings: 2, infos: 1200, files: 1 };
    expect(formatMessage('en', cliMessages.en.summary, summary)).toBe(
      '1 error, 2 warnings, 1,200 infos in 1 file',
    );
    expect(formatMessage('da', cliMessages.da.summary, summary)).toBe(
      '1 fejl, 2 advarsler, 1.200 bemærkninger i 1 fil',
    );
    expect(formatMessage('nl', cliMessages.nl.summary, summary)).toBe(
      '1 fout, 2 waarschuwingen, 1.200 opmerkingen in 1 bestand',
    );
  });
});
