import { type DiffRow, diffRows, type Finding, findingIdentity } from '@orgwise/domain';
import { changeWords } from '@orgwise/formats';
import { FindingButton } from '../../comparison/FindingButton.js';
import type { OptionComparison } from '../../comparison/option-comparison.js';

/** Where a change or finding is seen: which option's chart, and the positions to spotlight. */
export type Spotlight = (optionKey: string, ids: readonly string[]) => void;

function rowText(row: DiffRow): string {
  const title = row.title || row.id;
  if (row.before !== '' && row.after !== '') return `${title}: was ${row.before}, now ${row.after}`;
  if (row.before !== '') return `${title} (was ${row.before})`;
  if (row.after !== '') return `${title} (${row.after})`;
  return title;
}

const countWords: [keyof NonNullable<OptionComparison['diff']>, string, string][] = [
  ['moved', 'move', 'moves'],
  ['added', 'new position', 'new positions'],
  ['removed', 'position removed', 'positions removed'],
  ['retitled', 'retitled', 'retitled'],
  ['reroled', 'role change', 'role changes'],
];

function FindingList({
  findings,
  testId,
  title,
  onPick,
}: {
  findings: readonly Finding[];
  testId: string;
  title: string;
  onPick: (finding: Finding) => void;
}) {
  if (findings.length === 0) return null;
  return (
    <div className="story-findings">
      <h4>{title}</h4>
      <ul data-testid={testId} className="plain-list">
        {findings.map((finding, i) => (
          <li key={`${findingIdentity(finding)}:${i}`}>
            <FindingButton finding={finding} onPick={onPick} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * What each option changes against the baseline, first of all: the moves, new and removed
 * positions and other changes, and the findings it resolves and introduces. Each line spotlights
 * its positions in the option's chart (a resolved finding in the baseline's, where it stands).
 */
export function ChangeStory({
  comparisons,
  onSpotlight,
}: {
  comparisons: readonly OptionComparison[];
  onSpotlight: Spotlight;
}) {
  const [baseline, ...others] = comparisons;
  if (baseline === undefined || others.length === 0) return null;
  return (
    <section className="compare-story" aria-labelledby="compare-story-heading">
      <h2 id="compare-story-heading" className="compare-section-title">
        What changes
      </h2>
      <div className="story-cards">
        {others.map((comparison) => {
          const { diff, delta, option } = comparison;
          if (diff === null || delta === null) return null;
          const rows = diffRows(diff);
          const counts = countWords
            .map(([key, one, many]) => {
              const n = (diff[key] as unknown[]).length;
              return n === 0 ? null : `${n} ${n === 1 ? one : many}`;
            })
            .filter((text) => text !== null);
          return (
            <article
              key={option.key}
              className="story-card"
              data-testid="story-card"
              data-option={option.name}
            >
              <h3>
                {option.name} <span className="story-against">against {baseline.option.name}</span>
              </h3>
              <p className="story-counts">
                {counts.length === 0 ? 'No changes to the positions' : counts.join(' · ')}
              </p>
              <p className="finding-delta" data-testid="finding-delta">
                {comparison.deltaSummary} compared with {baseline.option.name}.
              </p>
              {rows.length > 0 && (
                <div>
                  <h4>Changes</h4>
                  <ul data-testid="change-list" className="plain-list">
                    {rows.map((row, i) => (
                      <li key={`${row.change}:${row.id}:${i}`}>
                        <button
                          type="button"
                          className="row-button"
                          onClick={() =>
                            row.change === 'removed'
                              ? onSpotlight(baseline.option.key, [row.id])
                              : onSpotlight(option.key, [row.id])
                          }
                        >
                          <span className={`change-word change-word--${row.change}`}>
                            {changeWords[row.change]}
                          </span>
                          <span>{rowText(row)}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <FindingList
                findings={delta.resolved}
                testId="findings-resolved"
                title="Resolved"
                onPick={(finding) => onSpotlight(baseline.option.key, finding.positionIds)}
              />
              <FindingList
                findings={delta.introduced}
                testId="findings-introduced"
                title="Introduced"
                onPick={(finding) => onSpotlight(option.key, finding.positionIds)}
              />
            </article>
          );
        })}
      </div>
    </section>
  );
}
