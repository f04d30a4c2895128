import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../test/read-pdf.js';
import { readPptx } from '../test/read-pptx.js';
import { DeckInputError } from './check-deck-input.js';
import { buildDeckInput } from './deck-input.js';
import type { DeckInput } from './deck-model.js';
import { pdfDeck } from './pdf-deck.js';
import { planDeck } from './plan-deck.js';
import { pptxDeck } from './pptx-deck.js';
import { threeOptionDeck } from './testing/deck-fixtures.js';
import { joined, slideTexts } from './testing/slide-texts.js';
import { createHelveticaMeasure } from './text-measure.js';

const measure = createHelveticaMeasure();

function deckIn(locale: DeckInput['locale']): DeckInput {
  const deck = threeOptionDeck();
  if (locale !== undefined) deck.locale = locale;
  // A vacancy, an interim holder and a dotted line, so that the legend and the boxes say so.
  const today = deck.options[0]!.chart.nodes;
  today[1] = { ...today[1]!, vacant: true };
  today[2] = { ...today[2]!, interim: true, holder: 'Søren Dahl' };
  return deck;
}

/** Every text of the planned deck, slide by slide. */
function planned(deck: DeckInput): string[] {
  return planDeck(deck, measure).map((slide) => joined(slideTexts(slide)));
}

describe('a deck in Danish and Dutch', () => {
  it('is English by default, word for word as before', () => {
    const slides = planned(deckIn(undefined));
    const [title, today] = slides;
    const comparison = slides.at(-1);
    expect(title).toContain('Restructuring options');
    expect(title).toContain('Prepared for Nordic Retail Group A/S');
    expect(title).toContain('12 March 2025');
    expect(today).toContain('Key metrics');
    expect(today).toContain('2 warnings, 1 info');
    expect(today).toContain('Søren Dahl (interim)');
    expect(comparison).toContain('Options side by side');
    expect(comparison).toContain('Compared with Today');
  });

  // What each slide must say, by language: the title slide, Today's slide (key metrics, findings,
  // legend, holders), Option B's overview, and the comparison.
  const expected = {
    da: {
      title: [
        'Muligheder for omstrukturering',
        'Udarbejdet for Nordic Retail Group A/S',
        '12. marts 2025',
        'Mulighederne i denne præsentation',
      ],
      today: [
        'Nøgletal',
        'Stillinger',
        'Ledelseslag',
        'Største ledelsesspænd',
        'Gennemsnitligt ledelsesspænd',
        'Direktionen',
        'Ledige stillinger',
        'Konstituerede roller',
        'Fund',
        '2 advarsler, 1 bemærkning',
        'Ledig',
        'Søren Dahl (konstitueret)',
        'Advarsel',
      ],
      optionB: [
        '1 fejl, 1 advarsel, 12 bemærkninger',
        'Og 12 til: 12 bemærkninger.',
        'Tilføjet',
        'Ny rolle',
        'For stort til at læse på én slide: vises i 11 dele',
      ],
      parts: [
        'CISO independent (2 af 11)',
        'Refererer til Operations Lead 1, del 1',
        'Teamet fortsætter i del',
      ],
      comparison: [
        'Mulighederne side om side',
        'Sammenlignet med Today',
        'Bemærkninger',
        '12. marts 2025 · 16',
      ],
    },
    nl: {
      title: [
        'Opties voor herstructurering',
        'Opgesteld voor Nordic Retail Group A/S',
        '12 maart 2025',
        'Opties in deze presentatie',
      ],
      today: [
        'Kerncijfers',
        'Functies',
        'Managementlagen',
        'Grootste leidingspanne',
        'Gemiddelde leidingspanne',
        'Directieteam',
        'Vacatures',
        'Interimrollen',
        'Bevindingen',
        '2 waarschuwingen, 1 opmerking',
        'Vacant',
        'Søren Dahl (a.i.)',
        'Waarschuwing',
      ],
      optionB: [
        '1 fout, 1 waarschuwing, 12 opmerkingen',
        'En nog 12: 12 opmerkingen.',
        'Toegevoegd',
        'Rol gewijzigd',
        'Te groot voor één dia: verdeeld over 11 delen',
      ],
      parts: [
        'CISO independent (2 van 11)',
        'Rapporteert aan Operations Lead 1, deel 1',
        'Team verder in deel',
      ],
      comparison: [
        'Opties naast elkaar',
        'Vergeleken met Today',
        'Opmerkingen',
        '12 maart 2025 · 16',
      ],
    },
  } as const;

  it.each(['da', 'nl'] as const)(
    'writes every heading, label, legend, count and date in %s',
    (locale) => {
      const slides = planned(deckIn(locale));
      const [title, today, , optionB] = slides;
      const shown = {
        title,
        today,
        optionB,
        parts: slides.slice(4, -1).join(' '),
        comparison: slides.at(-1),
      };
      for (const [slide, texts] of Object.entries(expected[locale])) {
        for (const text of texts) expect(shown[slide as keyof typeof shown], text).toContain(text);
      }
    },
  );

  it('refuses a language it cannot write, naming the ones it can', () => {
    const deck = { ...threeOptionDeck(), locale: 'de' } as unknown as DeckInput;
    expect(() => planDeck(deck, measure)).toThrow(DeckInputError);
    expect(() => planDeck(deck, measure)).toThrow('“de”; use en, da, nl.');
  });

  it('takes the language from the deck builder’s option, and keeps the old call working', () => {
    const compared = [
      {
        option: { name: 'Today', description: '', report: { findings: [] } },
        scorecard: threeOptionDeck().options[0]!.scorecard,
        deltaSummary: null,
      },
    ];
    const layOut = () => threeOptionDeck().options[0]!.chart;
    const workspace = { name: 'Acme', client: null };
    expect(buildDeckInput(workspace, compared, new Date(), layOut).locale).toBeUndefined();
    expect(buildDeckInput(workspace, compared, new Date(), layOut, { locale: 'nl' }).locale).toBe(
      'nl',
    );
  });
});

describe('the files of a Danish and a Dutch deck', () => {
  let danishPdf: string;
  let dutchPdf: string;

  beforeAll(async () => {
    const dutch = deckIn('nl');
    dutch.options[1]!.rationale = 'Eén directeur informatievoorziening; de ĳzeren regel blijft.';
    const text = async (deck: DeckInput) => joined((await readPdf(pdfDeck(deck))).pages.flat());
    danishPdf = await text(deckIn('da'));
    dutchPdf = await text(dutch);
  });

  it('shows æ, ø, å and é in the PDF as letters, not question marks', () => {
    for (const word of [
      'Nøgletal',
      'Største ledelsesspænd',
      'Udarbejdet',
      'Tilføjet',
      'én slide',
    ]) {
      expect(danishPdf, word).toContain(word);
    }
    expect(danishPdf).toContain('12. marts 2025');
    expect(danishPdf).not.toContain('?');
    expect(dutchPdf).toContain('Te groot voor één dia');
    expect(dutchPdf).toContain('Eén directeur informatievoorziening; de ijzeren regel blijft.');
    expect(dutchPdf).not.toContain('?');
  });

  it('tags the PowerPoint text with the deck’s language', async () => {
    const pptx = await readPptx(await pptxDeck(deckIn('da')));
    expect(pptx.xml[1]).toContain('lang="da-DK"');
    expect(pptx.xml[1]).not.toContain('lang="en-US" dirty');
    expect(joined(pptx.slides.flat())).toContain('Gennemsnitligt ledelsesspænd');
  });
});
