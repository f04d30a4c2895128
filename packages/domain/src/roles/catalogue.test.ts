import { describe, expect, it } from 'vitest';
import { externalSources, modelSources, seedClaims, seedSources } from '../sources/catalogue.js';
import { getRole, type RoleLevel, roleCatalogue } from './catalogue.js';
import { recognizeTitle } from './recognize-title.js';
import { roleIds } from './role-ids.js';
import { titleAliases } from './title-aliases.js';

const evidenceIds = new Set<string>([
  ...Object.keys(seedSources),
  ...Object.keys(modelSources),
  ...Object.keys(externalSources),
  ...Object.keys(seedClaims),
]);

const rankOfLevel: Record<RoleLevel, number> = {
  board: 5,
  ceo: 4,
  'c-level': 3,
  'vp-director': 2,
  manager: 1,
};

describe('role catalogue', () => {
  it('has exactly one entry per role id, in the contract order', () => {
    expect(roleCatalogue.map((role) => role.id)).toEqual([...roleIds]);
  });

  it.each(roleIds)('getRole(%j) returns its own entry', (id) => {
    expect(getRole(id).id).toBe(id);
  });

  describe.each(roleCatalogue)('$id', (role) => {
    it('ranks by its level, and is executive exactly at CEO or C-level', () => {
      expect(role.rank).toBe(rankOfLevel[role.level]);
      expect(role.executive).toBe(role.level === 'ceo' || role.level === 'c-level');
    });

    it('names real roles as usual managers, never itself, each once', () => {
      for (const manager of role.usualManagers) expect(roleIds).toContain(manager);
      expect(role.usualManagers).not.toContain(role.id);
      expect(new Set(role.usualManagers).size).toBe(role.usualManagers.length);
    });

    it('never usually reports to a role that ranks below it', () => {
      for (const manager of role.usualManagers) {
        expect(getRole(manager).rank, manager).toBeGreaterThanOrEqual(role.rank);
      }
    });

    it('cites evidence that exists', () => {
      expect(role.sources.length).toBeGreaterThan(0);
      for (const source of role.sources) expect(evidenceIds).toContain(source);
    });

    it('has a name, a short name, a focus and a summary', () => {
      expect(role.name).not.toBe('');
      expect(role.shortName).not.toBe('');
      expect(role.focus.length).toBeGreaterThan(0);
      expect(role.summary).toMatch(/^[A-Z].*\.$/);
    });

    it('has title aliases in English, Danish and Dutch that recognise as the role', () => {
      const aliases = titleAliases[role.id];
      for (const language of ['en', 'da', 'nl'] as const) {
        expect(aliases[language].length, language).toBeGreaterThan(0);
        for (const alias of aliases[language]) {
          expect(recognizeTitle(alias).roles, alias).toEqual([role.id]);
        }
      }
    });
  });

  it('makes only the board, the CEO and the C-level roles unique', () => {
    for (const role of roleCatalogue) expect(role.unique, role.id).toBe(role.rank >= 3);
  });

  it('has the board report to no role and the CEO to the board', () => {
    expect(getRole('board').usualManagers).toEqual([]);
    expect(getRole('ceo').usualManagers).toEqual(['board']);
  });

  it('never writes the same alias twice', () => {
    const all = Object.values(titleAliases).flatMap((aliases) =>
      [...aliases.en, ...aliases.da, ...aliases.nl].map((alias) => alias.toLowerCase()),
    );
    expect(all.filter((alias, i) => all.indexOf(alias) !== i)).toEqual([]);
  });
});
