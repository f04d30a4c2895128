import { type Finding, findingIdentity } from '@orgwise/domain';
import { changeLines, changeWord, deltaSentence } from '../../comparison/change-lines.js';
import { FindingButton } from '../../comparison/FindingButton.js';
import { messages as shared } from '../../comparison/messages.js';
import type { OptionComparison } from '../../comparison/option-comparison.js';
import { useMessages } from '../../i18n/use-messages.js';
import { messages } from './messages.js';

/** Where a change or finding is seen: which option's chart, and the positions to spotlight. */
export type Spotlight = (optionKey: string, ids: readonly string[]) => void;

const counted = [
  ['moved', 'moves'],
  ['added', 'added'],
  ['removed', 'removed'],
  ['retitled', 'retitled'],
  ['reroled', 'reroled'],
] as const;

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
 * its positions in the option's chart (a removed position and a resolved finding in the
 * baseline's, where they stand).
 */
export function ChangeStory({
  comparisons,
  onSpotlight,
}: {
  comparisons: readonly OptionComparison[];
  onSpotlight: Spotlight;
}) {
  const t = useMessages(messages);
  const words = useMessages(shared);
  const [baseline, ...others] = comparisons;
  if (baseline === undefined || others.length === 0) return null;
  const baselineName = baseline.option.name;
  return (
    <section className="compare-story" aria-labelledby="compare-story-heading">
      <h2 id="compare-story-heading" className="compare-section-title">
        {t('whatChanges')}
      </h2>
      <div className="story-cards">
        {others.map((comparison) => {
          const { diff, delta, option } = comparison;
          if (diff === null || delta === null) return null;
          const lines = changeLines(diff);
          const counts = counted
            .filter(([list]) => diff[list].length > 0)
            .map(([list, key]) => t(key, { count: diff[list].length }));
          return (
            <article
              key={option.key}
              className="story-card"
              data-testid="story-card"
              data-option={option.name}
            >
              <h3>
                {option.name}{' '}
                <span className="story-against">{t('against', { baseline: baselineName })}</span>
              </h3>
              <p className="story-counts">
                {counts.length === 0 ? t('noChanges') : counts.join(' · ')}
              </p>
              <p className="finding-delta" data-testid="finding-delta">
                {deltaSentence(words, delta, baselineName)}
              </p>
              {lines.length > 0 && (
                <div>
                  <h4>{t('changes')}</h4>
                  <ul data-testid="change-list" className="plain-list">
                    {lines.map((line, i) => (
                      <li key={`${line.change}:${line.id}:${i}`}>
                        <button
                          type="button"
                          className="row-button"
                          onClick={() =>
                            onSpotlight(
                              line.change === 'removed' ? baseline.option.key : option.key,
                              [line.id],
                            )
                          }
                        >
                          <span className={`change-word change-word--${line.change}`}>
                            {changeWord(words, line.change)}
                          </span>
                          <span>{line.text(words)}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <FindingList
                findings={delta.resolved}
                testId="findings-resolved"
                title={t('resolved')}
                onPick={(finding) => onSpotlight(baseline.option.key, finding.positionIds)}
              />
              <FindingList
                findings={delta.introduced}
                testId="findings-introduced"
                title={t('introduced')}
                onPick={(finding) => onSpotlight(option.key, finding.positionIds)}
              />
            </article>
          );
        })}
      </div>
    </section>
  );
}
