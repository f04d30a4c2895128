import { describe, expect, it } from 'vitest';
import { validate } from '../default-rules.js';
import { locales } from '../i18n/locales.js';
import { allPlaceholders, compileMessage } from '../i18n/message-format.js';
import { roleCatalogue } from '../roles/catalogue.js';
import { rules } from '../rules/index.js';
import { orgChart } from '../testing/org-chart.js';
import { reportWords } from './report-words.js';
import { roleTexts, roleTranslations } from './role-texts.js';
import { ruleTranslations } from './rule-translations.js';

const translated = locales.filter((locale) => locale !== 'en');

describe('rule catalogues', () => {
  it('has every translation the languages list, and no other', () => {
    expect(Object.keys(ruleTranslations).sort()).toEqual([...translated].sort());
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))(
    '%s: English messages parse',
    (_, rule) => {
      for (const text of Object.values(rule.messages))
        expect(() => compileMessage('en', text)).not.toThrow();
    },
  );

  for (const locale of translated) {
    describe(locale, () => {
      const catalogue = ruleTranslations[locale]!;

      it('has texts for every rule, and for no other', () => {
        expect(Object.keys(catalogue).sort()).toEqual(rules.map((rule) => rule.id).sort());
      });

      it.each(rules.map((rule) => [rule.id, rule] as const))(
        '%s: every message, with the same placeholders, parsing',
        (_, rule) => {
          const texts = catalogue[rule.id]!;
          expect(texts.description.trim()).not.toBe('');
          expect(texts.rationale.trim()).not.toBe('');
          expect(Object.keys(texts.messages).sort()).toEqual(Object.keys(rule.messages).sort());
          for (const [id, english] of Object.entries(rule.messages)) {
            const text = texts.messages[id]!;
            expect(() => compileMessage(locale, text), `${rule.id}.${id}`).not.toThrow();
            expect([...allPlaceholders(locale, text)].sort(), `${rule.id}.${id}`).toEqual(
              [...allPlaceholders('en', english)].sort(),
            );
          }
        },
      );
    });
  }
});

describe('report words', () => {
  it.each(locales)('%s has every word English has, with the same placeholders', (locale) => {
    const words = reportWords[locale];
    expect(Object.keys(words).sort()).toEqual(Object.keys(reportWords.en).sort());
    for (const [id, text] of Object.entries(words)) {
      const english = reportWords.en[id as keyof typeof reportWords.en];
      expect([...allPlaceholders(locale, text)].sort(), id).toEqual(
        [...allPlaceholders('en', english)].sort(),
      );
    }
  });
});

describe('role texts', () => {
  it('has every role in Danish and Dutch, each text written', () => {
    expect(Object.keys(roleTranslations).sort()).toEqual([...translated].sort());
    for (const locale of translated) {
      const texts = roleTranslations[locale]!;
      expect(Object.keys(texts).sort()).toEqual(roleCatalogue.map((role) => role.id).sort());
      for (const [id, { name, shortName, summary }] of Object.entries(texts)) {
        for (const text of [name, shortName, summary]) expect(text.trim(), id).not.toBe('');
      }
    }
  });

  it('names roles as each language does; English is the catalogue’s own', () => {
    const cio = roleCatalogue.find((role) => role.id === 'cio')!;
    expect(roleTexts(cio, 'en').name).toBe('Chief Information Officer');
    expect(roleTexts(cio, 'da').name).toBe('Informationschef');
    expect(roleTexts(cio, 'nl').name).toBe('Directeur informatievoorziening');
    const itManager = roleCatalogue.find((role) => role.id === 'it-manager')!;
    expect(roleTexts(itManager, 'da').shortName).toBe('It-chef');
    expect(roleTexts(itManager, 'nl').shortName).toBe('IT-manager');
  });
});

describe('validate in Danish and Dutch', () => {
  const chart = orgChart(
    'ceo: Administrerende direktør\n  cio: CIO\n    cto: CTO\n  cfo: Økonomidirektør [vacant]',
  );
  chart.company = { headcount: 1200, businessModel: 'product' };

  it('renders findings and fix titles in the language asked for; ids and data stay', () => {
    const english = validate(chart);
    const danish = validate(chart, { locale: 'da' });
    const dutch = validate(chart, { locale: 'nl' });
    const strip = (report: typeof english) =>
      report.findings.map(({ message, suggestions, ...rest }) => ({
        ...rest,
        suggestions: suggestions.map(({ title, ...suggestion }) => suggestion),
      }));
    expect(strip(danish)).toEqual(strip(english));
    expect(strip(dutch)).toEqual(strip(english));

    const cto = (report: typeof english) =>
      report.findings.find((f) => f.ruleId === 'cto-under-cio')!;
    expect(cto(english).messageId).toBe('productCompany');
    expect(cto(danish).message).toMatch(
      /^“CTO” refererer til CIO’en “CIO”\. I en produktvirksomhed/,
    );
    expect(cto(danish).suggestions[0]?.title).toBe(
      'Lad “CTO” referere til “Administrerende direktør”',
    );
    expect(cto(dutch).message).toMatch(
      /^“CTO” rapporteert aan de CIO “CIO”\. In een productbedrijf/,
    );
    expect(cto(dutch).suggestions[0]?.title).toBe(
      'Laat “CTO” rapporteren aan “Administrerende direktør”',
    );
  });

  it('writes numbers as each language does', () => {
    const dual = orgChart('ceo: CEO\n  tech: CIO/CTO');
    dual.company = { headcount: 1200 };
    const split = (locale: 'en' | 'da' | 'nl') =>
      validate(dual, { locale }).findings.find((f) => f.ruleId === 'split-cio-cto')?.message;
    expect(split('en')).toContain('1,200 employees');
    expect(split('da')).toContain('1.200 medarbejdere');
    expect(split('nl')).toContain('1.200 medewerkers');
  });

  // The rule tests assert message ids and data; these pin a rendered sentence in each language.
  it('renders a span-of-control finding as each language writes it', () => {
    const wide = orgChart('ceo: CEO\n  lead: Head of Support');
    for (let k = 1; k <= 16; k++) {
      wide.positions.push({ id: `m${k}`, title: `Team Leader ${k}`, reportsTo: 'lead' });
    }
    const message = (locale: 'en' | 'da' | 'nl') =>
      validate(wide, { locale }).findings.find((f) => f.ruleId === 'span-of-control')?.message;
    expect(message('en')).toBe(
      '“Head of Support” has 16 direct reports, most of whom lead teams of their own: more than the 15 a facilitator can give time to. Group them under a few leads or hand part of the team to a peer.',
    );
    expect(message('da')).toBe(
      '“Head of Support” har 16 direkte medarbejdere, hvoraf de fleste selv leder et team: flere end de 15, en leder kan give tid nok. Saml dem under nogle få ledere, eller overdrag en del af teamet til en kollega.',
    );
    expect(message('nl')).toBe(
      '“Head of Support” heeft 16 directe ondergeschikten, van wie de meesten zelf een team leiden: meer dan de 15 waaraan één leidinggevende genoeg tijd kan geven. Breng ze onder bij een paar teamleiders of draag een deel van het team over aan een collega.',
    );
  });
});
