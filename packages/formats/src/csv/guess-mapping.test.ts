import { describe, expect, it } from 'vitest';
import { guessMapping } from './guess-mapping.js';

describe('guessMapping', () => {
  it('reads its own export headers', () => {
    expect(
      guessMapping(['id', 'title', 'holder', 'reports_to', 'roles', 'vacant', 'interim']),
    ).toEqual({ id: 0, title: 1, holder: 2, reportsTo: 3, roles: 4, vacant: 5, interim: 6 });
  });

  it('reads English HR-system headers', () => {
    expect(guessMapping(['Employee ID', 'Full Name', 'Job Title', 'Manager ID'])).toEqual({
      id: 0,
      holder: 1,
      title: 2,
      reportsTo: 3,
    });
  });

  it('reads Danish headers', () => {
    expect(guessMapping(['Titel', 'Navn', 'Chef'])).toEqual({ title: 0, holder: 1, reportsTo: 2 });
    expect(
      guessMapping([
        'Stillings-ID',
        'Stillingsbetegnelse',
        'Medarbejder',
        'Nærmeste leder',
        'Ledig',
        'Konstitueret',
      ]),
    ).toEqual({ id: 0, title: 1, holder: 2, reportsTo: 3, vacant: 4, interim: 5 });
  });

  it('reads Dutch headers', () => {
    expect(
      guessMapping([
        'Nummer',
        'Functie',
        'Naam',
        'Leidinggevende',
        'Vacature',
        'Waarnemend',
        'Rollen',
      ]),
    ).toEqual({ id: 0, title: 1, holder: 2, reportsTo: 3, vacant: 4, interim: 5, roles: 6 });
  });

  it('falls back to words inside longer headers, reports-to before holder', () => {
    expect(guessMapping(['Position title (2024)', 'Manager name', 'Employee full name'])).toEqual({
      title: 0,
      reportsTo: 1,
      holder: 2,
    });
  });

  it('gives each field one column and leaves unknown columns unmapped', () => {
    expect(guessMapping(['Title', 'Titel', 'Department', '', '__proto__'])).toEqual({
      title: 0,
      department: 2,
    });
  });

  it('keeps the columns of Danish and Dutch HR exports beyond the chart as extras', () => {
    expect(
      guessMapping([
        'Medarbejdernr.',
        'Navn',
        'Stilling',
        'Leder',
        'Afdeling',
        'Lokation',
        'Beskæftigelsesgrad',
        'Lønomkostning',
      ]),
    ).toEqual({
      id: 0,
      holder: 1,
      title: 2,
      reportsTo: 3,
      department: 4,
      location: 5,
      fte: 6,
      cost: 7,
    });
    expect(
      guessMapping([
        'Positie-ID',
        'Personeelsnummer',
        'Naam',
        'Functie',
        'Leidinggevende',
        'Afdeling',
        'Locatie',
        'FTE',
        'Loonkosten',
      ]),
    ).toEqual({
      id: 1,
      holder: 2,
      title: 3,
      reportsTo: 4,
      department: 5,
      location: 6,
      fte: 7,
      cost: 8,
    });
    expect(guessMapping(['Position ID', 'Employee number', 'Job title'])).toEqual({
      id: 0,
      title: 2,
      employeeNumber: 1,
    });
  });

  it('returns nothing for headers it does not know', () => {
    expect(guessMapping(['foo', 'bar'])).toEqual({});
    expect(guessMapping([])).toEqual({});
  });
});
