import type { OptionComparison } from './option-comparison.js';

type Better = 'lower' | 'neutral';

interface FigureRow {
  label: string;
  /** The figure as a number, for the change against the baseline; null when unknown. */
  value: (c: OptionComparison) => number | null;
  format?: (value: number) => string;
  better: Better;
  /** Shown only when some option has the figure (FTE and cost come from HR fields). */
  optional?: boolean;
}

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const oneDecimal = (value: number) => value.toFixed(1);

const groups: { name: string; rows: FigureRow[] }[] = [
  {
    name: 'People',
    rows: [
      { label: 'Headcount', value: (c) => c.figures.headcount, better: 'neutral' },
      { label: 'Vacancies', value: (c) => c.scorecard.vacancies, better: 'neutral' },
      {
        label: 'FTE',
        value: (c) => c.figures.fte,
        format: (v) => decimal.format(v),
        better: 'neutral',
        optional: true,
      },
      {
        label: 'Cost',
        value: (c) => c.figures.cost,
        format: (v) => whole.format(v),
        better: 'lower',
        optional: true,
      },
    ],
  },
  {
    name: 'Structure',
    rows: [
      { label: 'Positions', value: (c) => c.scorecard.positions, better: 'neutral' },
      { label: 'Layers', value: (c) => c.scorecard.layers, better: 'neutral' },
      { label: 'Largest span', value: (c) => c.scorecard.maxSpan, better: 'neutral' },
      {
        label: 'Mean span',
        value: (c) => c.scorecard.meanSpan,
        format: oneDecimal,
        better: 'neutral',
      },
      { label: 'Executive team', value: (c) => c.scorecard.executiveTeam, better: 'neutral' },
      { label: 'Interim roles', value: (c) => c.scorecard.interim, better: 'neutral' },
    ],
  },
  {
    name: 'Findings',
    rows: [
      { label: 'Errors', value: (c) => c.scorecard.findings.errors, better: 'lower' },
      { label: 'Warnings', value: (c) => c.scorecard.findings.warnings, better: 'lower' },
      { label: 'Infos', value: (c) => c.scorecard.findings.infos, better: 'lower' },
    ],
  },
];

function Delta({ row, value, base }: { row: FigureRow; value: number; base: number }) {
  const change = Math.round((value - base) * 100) / 100;
  if (change === 0) return <span className="figure-delta">±0</span>;
  const format = row.format ?? ((v: number) => String(v));
  const tone =
    row.better === 'neutral' ? '' : change < 0 ? ' figure-delta--better' : ' figure-delta--worse';
  return (
    <span className={`figure-delta${tone}`}>
      {change > 0 ? '+' : '−'}
      {format(Math.abs(change))}
    </span>
  );
}

/**
 * The figures of one or more options, one column each, grouped into people, structure and
 * findings; beside each option's figure, its change against the first column (the baseline).
 */
export function ScorecardTable({
  comparisons,
  caption,
}: {
  comparisons: readonly OptionComparison[];
  caption: string;
}) {
  const base = comparisons[0];
  const costPartial = comparisons.some(
    (c) => c.figures.cost !== null && c.figures.costed < c.figures.positions,
  );
  return (
    <table className="scorecard" data-testid="scorecard">
      <caption>{caption}</caption>
      {comparisons.length > 1 && (
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {comparisons.map((c) => (
              <th key={c.option.key} scope="col">
                {c.option.name}
              </th>
            ))}
          </tr>
        </thead>
      )}
      {groups.map((group) => (
        <tbody key={group.name}>
          <tr className="scorecard-group">
            <th scope="rowgroup" colSpan={comparisons.length + 1}>
              {group.name}
            </th>
          </tr>
          {group.rows
            .filter((row) => !row.optional || comparisons.some((c) => row.value(c) !== null))
            .map((row) => (
              <tr key={row.label}>
                <th scope="row">
                  {row.label}
                  {row.label === 'Cost' && costPartial ? ' (of the positions with a cost)' : ''}
                </th>
                {comparisons.map((c, k) => {
                  const value = row.value(c);
                  const baseValue = base === undefined ? null : row.value(base);
                  return (
                    <td key={c.option.key} data-figure={row.label}>
                      <span className="figure-value">
                        {value === null
                          ? row.label === 'Executive team'
                            ? 'No single top'
                            : '–'
                          : (row.format ?? String)(value)}
                      </span>
                      {k > 0 && value !== null && baseValue !== null && (
                        <Delta row={row} value={value} base={baseValue} />
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
        </tbody>
      ))}
    </table>
  );
}
