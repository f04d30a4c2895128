import { describe, expect, it } from 'vitest';
import { HARD_BREAK, normalizeTitle, SOFT_BREAK, tokenizeTitle } from './normalize-title.js';

const soft = SOFT_BREAK;
const hard = HARD_BREAK;

describe('normalizeTitle', () => {
  it.each([
    ['Økonomidirektør', ['okonomidirektor']],
    ['ØKONOMIDIREKTØR', ['okonomidirektor']],
    ['Teknisk Direktør', ['teknisk', 'direktor']],
    ['Directeur Financiën', ['directeur', 'financien']],
    ['Bestyrelsesmedlem i Århus', ['bestyrelsesmedlem', 'i', 'arhus']],
    ['Læge', ['laege']],
    ['Geschäftsführer', ['geschaftsfuhrer']],
    ['Straße', ['strasse']],
    ['Adm. direktør', ['adm', 'direktor']],
    ['IT-chef', ['it', 'chef']],
    ['Co-founder & CEO', ['co', 'founder', 'and', 'ceo']],
    ['R+D', ['r', 'and', 'd']],
    ['Personeel en Organisatie', ['personeel', 'and', 'organisatie']],
    ['Salg og marketing', ['salg', 'and', 'marketing']],
    ['C.E.O.', ['ceo']],
    ['a.i.', ['a', 'i']],
    ["CEO's office", ['ceo', 's', 'office']],
    ["O'Brien", ['obrien']],
    ['  lots   of\tspace\n', ['lots', 'of', 'space']],
    ['', []],
    ['—/—', []],
  ])('%j → %j', (title, words) => {
    expect(normalizeTitle(title)).toEqual(words);
  });
});

describe('tokenizeTitle', () => {
  it.each([
    ['VP, Engineering', ['vp', soft, 'engineering']],
    ['Director: IT', ['director', soft, 'it']],
    ['CEO - Founder', ['ceo', soft, 'founder']],
    ['CEO – Founder', ['ceo', soft, 'founder']],
    ['CEO—Founder', ['ceo', soft, 'founder']],
    ['CEO | Founder', ['ceo', soft, 'founder']],
    ['CIO/CTO', ['cio', hard, 'cto']],
    ['CIO\\CTO', ['cio', hard, 'cto']],
    ['Head of IT (interim)', ['head', 'of', 'it', hard, 'interim']],
    ['CFO; COO', ['cfo', hard, 'coo']],
    ['CEO • Founder', ['ceo', hard, 'founder']],
    // A hyphen inside a word or hanging off one ("Økonomi- og ...") is a space, not a break.
    ['Vice-President', ['vice', 'president']],
    ['Økonomi- og administrationsdirektør', ['okonomi', 'and', 'administrationsdirektor']],
    // Breaks never come twice in a row or at either end, and a hard break wins.
    ['CIO, / CTO', ['cio', hard, 'cto']],
    ['CIO / , CTO', ['cio', hard, 'cto']],
    [', CEO ,', ['ceo']],
    ['(CEO)', ['ceo']],
  ])('%j → %j', (title, tokens) => {
    expect(tokenizeTitle(title)).toEqual(tokens);
  });

  it('tokenizes a title of a million characters', () => {
    const title = 'Head of IT (interim), CIO/CTO & Founder — Økonomi- og '.repeat(20_000);
    const tokens = tokenizeTitle(title);
    expect(tokens.length).toBe(20_000 * 14);
  });
});
