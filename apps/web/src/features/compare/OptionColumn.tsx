import { findingIdentity } from '@orgwise/domain';
import { useState } from 'react';
import { FindingButton } from '../../comparison/FindingButton.js';
import type { OptionComparison } from '../../comparison/option-comparison.js';
import { ReadOnlyChart } from '../../comparison/ReadOnlyChart.js';
import { useMessages } from '../../i18n/use-messages.js';
import { messages } from './messages.js';

export interface ColumnSpotlight {
  ids: readonly string[];
  /** Bumped on every request, so that the same positions can be spotlit again. */
  seq: number;
}

/** One option of the comparison: its rationale, its chart focused on what changed, its findings. */
export function OptionColumn({
  comparison,
  spotlight,
  onSpotlight,
}: {
  comparison: OptionComparison;
  spotlight: ColumnSpotlight;
  onSpotlight: (ids: readonly string[]) => void;
}) {
  const t = useMessages(messages);
  const { option } = comparison;
  const [showAll, setShowAll] = useState(false);
  const findings = option.report.findings;
  const shown = showAll ? findings : findings.slice(0, 5);
  return (
    <section
      className="compare-column"
      data-testid="compare-column"
      data-option={option.name}
      aria-label={option.name}
    >
      <header className="compare-column-header">
        <h3>
          {option.name}{' '}
          {comparison.isBaseline && <span className="baseline-tag">{t('baselineTag')}</span>}
        </h3>
        {option.description.trim() !== '' && (
          <p className="compare-description">{option.description}</p>
        )}
      </header>
      <div className="compare-chart">
        <ReadOnlyChart
          option={option}
          changes={comparison.changes}
          highlighted={spotlight.ids}
          focusSeq={spotlight.seq}
          focus={comparison.focus}
        />
      </div>
      <div className="compare-findings">
        <h4>{t('findings', { count: findings.length })}</h4>
        <ul data-testid="option-findings" className="plain-list">
          {shown.map((finding, i) => (
            <li key={`${findingIdentity(finding)}:${i}`}>
              <FindingButton finding={finding} onPick={(f) => onSpotlight(f.positionIds)} />
            </li>
          ))}
        </ul>
        {findings.length > shown.length && (
          <button type="button" className="button button--small" onClick={() => setShowAll(true)}>
            {t('showAll', { count: findings.length })}
          </button>
        )}
      </div>
    </section>
  );
}
