import type { OptionComparison } from './option-comparison.js';

const rows: { label: string; value: (c: OptionComparison) => string }[] = [
  { label: 'Positions', value: (c) => String(c.scorecard.positions) },
  { label: 'Layers', value: (c) => String(c.scorecard.layers) },
  { label: 'Largest span', value: (c) => String(c.scorecard.maxSpan) },
  { label: 'Mean span', value: (c) => c.scorecard.meanSpan.toFixed(1) },
  {
    label: 'Executive team',
    value: (c) =>
      c.scorecard.executiveTeam === null ? 'No single top' : String(c.scorecard.executiveTeam),
  },
  { label: 'Vacancies', value: (c) => String(c.scorecard.vacancies) },
  { label: 'Interim roles', value: (c) => String(c.scorecard.interim) },
  { label: 'Errors', value: (c) => String(c.scorecard.findings.errors) },
  { label: 'Warnings', value: (c) => String(c.scorecard.findings.warnings) },
  { label: 'Infos', value: (c) => String(c.scorecard.findings.infos) },
];

/** The figures of one or more options, one column each. */
export function ScorecardTable({
  comparisons,
  caption,
}: {
  comparisons: OptionComparison[];
  caption: string;
}) {
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
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {comparisons.map((c) => (
              <td key={c.option.key} data-figure={row.label}>
                {row.value(c)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
