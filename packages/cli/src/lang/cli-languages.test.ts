import { describeRules } from '@orgwise/domain';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli.js';

// The whole CLI in Danish and Dutch: by --lang, or by the environment's locale.

describe('the CLI in Danish and Dutch', () => {
  it('lists the rules in the language asked for; ids stay', async () => {
    const danish = await runCli(['rules', '--lang', 'da']);
    expect(danish.code).toBe(0);
    const lines = danish.stdout.split('\n');
    expect(lines[0]).toMatch(/^Regel +Standard +Løsninger +Beskrivelse$/);
    const rules = describeRules({ locale: 'da' });
    const cycle = lines.find((line) => line.startsWith('reporting-cycle '))!;
    expect(cycle.split(/ {2,}/)).toEqual([
      'reporting-cycle',
      'fejl',
      'ja',
      rules.find((rule) => rule.id === 'reporting-cycle')!.description,
    ]);
    expect(danish.stdout).toContain(`${rules.length} regler. Kør "orgwise explain <regel>"`);

    const dutch = await runCli(['rules'], { env: { LANG: 'nl_NL.UTF-8' } });
    expect(dutch.stdout.split('\n')[0]).toMatch(/^Regel +Standaard +Oplossingen +Beschrijving$/);
    expect(dutch.stdout).toMatch(/^cto-under-cio +opmerking +ja /m);
  });

  it('explains a rule in Dutch, its labels lined up, and in Danish from LC_ALL', async () => {
    const dutch = await runCli(['explain', 'span-of-control', '--lang=nl']);
    expect(dutch.code).toBe(0);
    const rule = describeRules({ locale: 'nl' }).find((r) => r.id === 'span-of-control')!;
    expect(dutch.stdout).toContain(rule.description.slice(0, 40));
    expect(dutch.stdout).toMatch(/^Standaardernst: {9}waarschuwing$/m);
    expect(dutch.stdout).toMatch(/^Stelt oplossingen voor: nee$/m);
    expect(dutch.stdout).toMatch(/^Opties:$/m);
    expect(dutch.stdout).toMatch(/^ {2}max \(standaard 15\)/m);
    expect(dutch.stdout).toContain('\nOnderbouwing\n');
    expect(dutch.stdout).toContain('\nBronnen\n');
    expect(dutch.stdout).toContain(
      'Stel hem in een --rules-bestand in, bijv. { "span-of-control": ',
    );

    const danish = await runCli(['explain', 'reporting-cycl'], { env: { LC_ALL: 'da_DK.UTF-8' } });
    expect(danish.code).toBe(2);
    expect(danish.stderr).toBe(
      'orgwise: ukendt regel "reporting-cycl". Mente du "reporting-cycle"? Kør "orgwise rules" for at se reglerne.\n',
    );
  });

  it('writes help in the language of the environment or of --lang', async () => {
    const danish = await runCli(['--help'], { env: { LANG: 'da_DK.UTF-8' } });
    expect(danish.stdout).toContain('Kontrollér ledelsens organisationsdiagrammer');
    expect(danish.stdout).toMatch(/^Brug: orgwise/m);
    expect(danish.stdout).toMatch(/^Tilvalg:$/m);
    expect(danish.stdout).toMatch(/^Kommandoer:$/m);
    expect(danish.stdout).toContain('Afslutningskoder:');
    const dutch = await runCli(['check', '--help', '--lang', 'nl']);
    expect(dutch.stdout).toMatch(/^Gebruik: orgwise check/m);
    expect(dutch.stdout).toMatch(/^Argumenten:$/m);
    expect(dutch.stdout).toContain('organogrambestanden');
    expect(dutch.stdout).toContain('Uitvoerformaten:');
    expect(dutch.stdout).toContain('Voorbeelden:');
    expect(dutch.stdout).toContain('orgwise check --max-warnings 0 charts/*.json');
  });

  it('says commander’s errors in the language too, with the hint', async () => {
    const unknown = await runCli(['rules', '--formt', 'json'], { env: { LANG: 'nl_BE' } });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("fout: onbekende optie '--formt'\n(Bedoelde je --format?)");
    expect(unknown.stderr).toContain('(voer "orgwise --help" uit voor het gebruik)');
    const choice = await runCli(['rules', '--format', 'xml', '--lang', 'da']);
    expect(choice.stderr).toContain(
      "fejl: værdien 'xml' til tilvalget '-f, --format <format>' er ugyldig. Mulige værdier er text, json.",
    );
    const count = await runCli(['check', '--max-warnings', 'many', 'x.json', '--lang', 'da']);
    expect(count.stderr).toContain('er ugyldig. Forventede et helt tal, 0 eller derover.');
    const missing = await runCli(['check'], { env: { LANG: 'da_DK' } });
    expect(missing.stderr).toContain("fejl: mangler det påkrævede argument 'files'");
    const english = await runCli(['rules', '--formt', 'json']);
    expect(english.stderr).toContain("error: unknown option '--formt'\n(Did you mean --format?)");
  });

  it('says what is wrong with a file in the language too, at the same place', async () => {
    const english = await runCli(['check', 'fixtures/malformed.json', 'missing.json']);
    const danish = await runCli([
      'check',
      'fixtures/malformed.json',
      'missing.json',
      '--lang',
      'da',
    ]);
    const dutch = await runCli(['check', 'fixtures/malformed.json', 'missing.json'], {
      env: { LANG: 'nl_NL.UTF-8' },
    });
    expect(danish.code).toBe(2);
    const where = (run: typeof english) =>
      run.stderr.split('\n').map((line) => line.split(' (')[0]);
    expect(english.stderr).toContain(
      'fixtures/malformed.json:5:20: positions[1].title (position "cto"): ',
    );
    expect(danish.stderr).toContain(
      'fixtures/malformed.json:5:20: positions[1].title (stilling "cto"): Skal være tekst',
    );
    expect(danish.stderr).toContain('missing.json: Filen kan ikke læses: filen findes ikke');
    expect(dutch.stderr).toContain('positions[1].title (functie "cto"): Moet tekst zijn');
    expect(dutch.stderr).toContain('positions[2].id: Ontbreekt');
    expect(dutch.stderr).toContain(
      'missing.json: Het bestand kan niet worden gelezen: bestand bestaat niet',
    );
    expect(where(danish)[0]).toBe(where(english)[0]);
  });
});
