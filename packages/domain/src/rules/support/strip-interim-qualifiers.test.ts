import { describe, expect, it } from 'vitest';
import { recognizeTitle } from '../../roles/recognize-title.js';
import { stripInterimQualifiers } from './strip-interim-qualifiers.js';

describe('stripInterimQualifiers', () => {
  it.each([
    ['Interim CIO', 'CIO'],
    ['Acting CFO', 'CFO'],
    ['acting Chief Financial Officer', 'Chief Financial Officer'],
    ['CFO a.i.', 'CFO'],
    ['CFO a. i.', 'CFO'],
    ['CFO ad interim', 'CFO'],
    ['CIO (ad interim)', 'CIO'],
    ['CIO (a.i.)', 'CIO'],
    ['CIO [interim]', 'CIO'],
    ['Interim-CFO', 'CFO'],
    ['CFO - interim', 'CFO'],
    ['CFO, acting', 'CFO'],
    ['CIO, interim, Nordics', 'CIO, Nordics'],
    ['CIO/Interim CTO', 'CIO/CTO'],
    ['CEO & acting CFO', 'CEO & CFO'],
    ['INTERIM CTO', 'CTO'],
    ['konstitueret direktør', 'direktør'],
    ['Konstitueret adm. direktør', 'Adm. direktør'],
    ['Kst. økonomidirektør', 'Økonomidirektør'],
    ['kst. it-chef', 'it-chef'],
    ['waarnemend directeur', 'directeur'],
    ['Waarnemend algemeen directeur', 'Algemeen directeur'],
    ['Waarnemende directeur', 'Directeur'],
    ['wnd. financieel directeur', 'financieel directeur'],
    ['Fungerende CFO', 'CFO'],
    ['Midlertidig CFO', 'CFO'],
    ['Tijdelijk CIO', 'CIO'],
    ['Temporary CTO', 'CTO'],
    ['Interim iOS platform lead', 'iOS platform lead'],
    ['Interim Acting CIO', 'CIO'],
    ['Caretaker CEO', 'CEO'],
    ['Konst. direktør', 'Direktør'],
    ['Tf. økonomidirektør', 'Økonomidirektør'],
    ['Tilforordnet direktør', 'Direktør'],
    ['Fungerend directeur', 'Directeur'],
  ])('%j becomes %j', (title, expected) => {
    expect(stripInterimQualifiers(title)).toBe(expected);
  });

  it.each([
    'CIO',
    'Head of AI',
    'Interimsleder',
    'Chief Data & Analytics Officer',
    'Director, Interactive Media',
    'Raad van bestuur',
    '',
  ])('leaves %j as it is', (title) => {
    expect(stripInterimQualifiers(title)).toBe(title);
  });

  it('gives an empty title when the title is nothing but a qualifier', () => {
    expect(stripInterimQualifiers('Interim')).toBe('');
    expect(stripInterimQualifiers(' a.i. ')).toBe('');
  });

  it.each([
    'Interim CIO',
    'Acting CFO',
    'CFO a.i.',
    'CFO ad interim',
    'konstitueret direktør',
    'Kst. økonomidirektør',
    'waarnemend directeur',
    'wnd. financieel directeur',
    'Fungerende CFO',
    'Midlertidig CFO',
    'Tijdelijk CIO',
    'Temporary CTO',
    'CEO & acting CFO',
    'Caretaker CEO',
    'Konst. direktør',
    'Tf. økonomidirektør',
    'Tilforordnet direktør',
    'Fungerend directeur',
  ])('removes every qualifier that makes %j interim, keeping its roles', (title) => {
    const before = recognizeTitle(title);
    const after = recognizeTitle(stripInterimQualifiers(title));
    expect(before.interim).toBe(true);
    expect(after).toMatchObject({ roles: before.roles, interim: false });
  });
});
