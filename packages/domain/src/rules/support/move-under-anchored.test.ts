import { describe, expect, it } from 'vitest';
import { ChartAnalysis } from '../../chart/analysis.js';
import { orgChart } from '../../testing/index.js';
import { moveUnderAnchored } from './move-under-anchored.js';

describe('moveUnderAnchored', () => {
  const analysis = new ChartAnalysis(
    orgChart(`
      ceo: CEO
        cfo: CFO
        cto: CTO
          vpe: VP Engineering
        cfo: Finance lead
      loop: Loop A [reportsTo=loop2]
        loop2: Loop B
      lost: Lost manager [reportsTo=ghost]
    `),
  );
  const at = (id: string, nth = 0) => {
    const found = analysis.positions.flatMap((p, i) => (p.id === id ? [i] : []));
    return found[nth]!;
  };

  it('moves a position under another one by id, with the default or a given title', () => {
    expect(moveUnderAnchored(analysis, at('vpe'), at('cfo'))).toEqual({
      messageId: 'moveUnder',
      data: { position: '“VP Engineering”', manager: '“CFO”' },
      patch: [{ op: 'setReportsTo', positionId: 'vpe', reportsTo: 'cfo' }],
    });
    const title = { messageId: 'up', data: { position: '“VP Engineering”' } };
    expect(moveUnderAnchored(analysis, at('vpe'), at('ceo'), title)).toMatchObject(title);
  });

  it('refuses what moveUnder refuses: itself, the same manager, its own team', () => {
    expect(moveUnderAnchored(analysis, at('cto'), at('cto'))).toBeUndefined();
    expect(moveUnderAnchored(analysis, at('vpe'), at('cto'))).toBeUndefined();
    expect(moveUnderAnchored(analysis, at('cto'), at('vpe'))).toBeUndefined();
  });

  it('refuses positions that a patch cannot name: the later of two sharing an id', () => {
    expect(moveUnderAnchored(analysis, at('cfo', 1), at('cto'))).toBeUndefined();
    expect(moveUnderAnchored(analysis, at('vpe'), at('cfo', 1))).toBeUndefined();
  });

  it('refuses a new manager on a cycle or under an unknown manager', () => {
    expect(moveUnderAnchored(analysis, at('vpe'), at('loop'))).toBeUndefined();
    expect(moveUnderAnchored(analysis, at('vpe'), at('lost'))).toBeUndefined();
  });
});
