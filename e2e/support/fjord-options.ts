import type { Chart, Position } from '@orgwise/domain';

/**
 * Fjord Software's technology leadership as two options: "Today", where the CTO and the CISO
 * report through the CIO, and "Option B", where both join the CEO's team. `adjust` changes the
 * positions of both options alike (longer titles, a vacancy).
 */
export function fjordOptions(adjust: (position: Position) => Position = (position) => position): {
  today: Chart;
  optionB: Chart;
} {
  const today: Chart = {
    version: 1,
    company: { name: 'Fjord Software', headcount: 300, businessModel: 'product' },
    positions: [
      { id: 'ceo', title: 'CEO', holder: 'Ingrid Dahl' },
      { id: 'cio', title: 'CIO', reportsTo: 'ceo' },
      { id: 'cto', title: 'CTO', reportsTo: 'cio' },
      { id: 'ciso', title: 'CISO', reportsTo: 'cio' },
    ].map(adjust),
  };
  const optionB: Chart = {
    ...today,
    positions: today.positions.map((position) =>
      position.id === 'cto' || position.id === 'ciso'
        ? { ...position, reportsTo: 'ceo' }
        : position,
    ),
  };
  return { today, optionB };
}
