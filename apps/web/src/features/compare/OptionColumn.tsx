import { diffRows, findingIdentity } from '@orgwise/domain';
import { changeWords } from '@orgwise/formats';
import { useState } from 'react';
import type { OptionComparison } from '../../comparison/option-comparison.js';
import { ReadOnlyChart } from '../../comparison/ReadOnlyChart.js';
import { ScorecardTable } from '../../comparison/ScorecardTable.js';

/** One option of the comparison: its chart, figures, differences and findings. */
export function OptionColumn({
  comparison,
  baselineName,
}: {
  comparison: OptionComparison;
  baselineName: string;
}) {
  const [highlighted, setHighlighted] = useState<readonly string[]>([]);
  const [focusSeq, setFocusSeq] = useState(0);
  const { option } = comparison;
  const rows = comparison.diff === null ? [] : diffRows(comparison.diff);
  const focus = (ids: readonly string[]) => {
    setHighlighted(ids);
    setFocusSeq((seq) => seq + 1);
  };
  return (
    <section
      className="compare-column"
      data-testid="compare-column"
      data-option={option.name}
      aria-label={option.name}
    >
      <h2>
        {option.name} {comparison.isBaseline && <span className="baseline-tag">Baseline</span>}
      </h2>
      {option.description.trim() !== '' && (
        <p className="compare-description">{option.description}</p>
      )}
      {comparison.deltaSummary !== null && (
        <p className="finding-delta" data-testid="finding-delta">
          {comparison.deltaSummary} compared with {baselineName}.
        </p>
      )}
      <ReadOnlyChart
        option={option}
        changes={comparison.changes}
        highlighted={highlighted}
        focusSeq={focusSeq}
      />
      <ScorecardTable comparisons={[comparison]} caption={`Figures of ${option.name}`} />
      {comparison.diff !== null && (
        <details open className="compare-changes">
          <summary>
            {rows.length === 0
              ? `No differences from ${baselineName}`
              : `${rows.length} differences from ${baselineName}`}
          </summary>
          <ul data-testid="change-list">
            {rows.map((row, i) => (
              <li key={`${row.change}:${row.id}:${i}`}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    focus(
                      row.change === 'removed' || row.change.startsWith('dotted') ? [] : [row.id],
                    )
                  }
                >
                  <strong>{changeWords[row.change]}</strong>: {row.title || row.id}
                  {row.before !== '' && ` (was ${row.before}`}
                  {row.before !== '' && row.after !== '' && `, now ${row.after})`}
                  {row.before !== '' && row.after === '' && ')'}
                  {row.before === '' && row.after !== '' && ` (${row.after})`}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <details open className="compare-findings">
        <summary>
          {option.report.findings.length === 0
            ? 'No findings'
            : `${option.report.findings.length} findings`}
        </summary>
        <ul data-testid="option-findings">
          {option.report.findings.map((finding, i) => (
            <li
              key={`${findingIdentity(finding)}:${i}`}
              className={`finding finding--${finding.severity}`}
            >
              <button
                type="button"
                className="link-button"
                onClick={() => focus(finding.positionIds)}
              >
                <span className={`ro-severity ro-severity--${finding.severity}`}>
                  {finding.severity}
                </span>{' '}
                {finding.message}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
