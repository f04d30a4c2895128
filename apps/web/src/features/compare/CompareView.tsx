import { exportFormats } from '@orgwise/formats';
import { useMemo, useState } from 'react';
import { ChangeLegend } from '../../comparison/ChangeLegend.js';
import type { ComparedOption } from '../../comparison/compared-option.js';
import { buildDeckInput } from '../../comparison/comparison-deck.js';
import { compareOptions, type OptionComparison } from '../../comparison/option-comparison.js';
import { ScorecardTable } from '../../comparison/ScorecardTable.js';
import { downloadExport } from '../../ui/download-export.js';
import { DeckExportButton } from './DeckExportButton.js';
import { OptionColumn } from './OptionColumn.js';
import './compare.css';

const comparisonFormats = exportFormats('comparison');
const deckFormats = exportFormats('deck');

export interface CompareViewProps {
  workspace: { name: string; client: string | null };
  options: readonly ComparedOption[];
  /** Starts the presentation of the options as compared here. */
  onPresent?: (comparisons: OptionComparison[]) => void;
}

/** Two or more options side by side against a baseline, with what changed and what it does. */
export function CompareView({ workspace, options, onPresent }: CompareViewProps) {
  const [baselineKey, setBaselineKey] = useState(options[0]?.key ?? '');
  const [picked, setPicked] = useState<ReadonlySet<string>>(
    () => new Set(options.slice(1, 4).map((option) => option.key)),
  );
  const baseline = options.find((option) => option.key === baselineKey) ?? options[0];
  const others = options.filter((option) => option !== baseline && picked.has(option.key));
  const comparisons = useMemo(
    () => (baseline === undefined ? [] : compareOptions(baseline, others)),
    [baseline, others.map((o) => o.key).join('\n')],
  );
  const deck = useMemo(
    () => (comparisons.length === 0 ? null : buildDeckInput(workspace, comparisons, new Date())),
    [workspace, comparisons],
  );

  if (baseline === undefined) {
    return <p className="compare-empty">This workspace has no options to compare yet.</p>;
  }
  const toggle = (key: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(key);
    else next.delete(key);
    setPicked(next);
  };

  return (
    <div className="compare-view" data-testid="compare-view">
      <div className="compare-toolbar">
        <label>
          Baseline{' '}
          <select
            value={baseline.key}
            onChange={(event) => setBaselineKey(event.target.value)}
            data-testid="compare-baseline"
          >
            {options.map((option) => (
              <option key={option.key} value={option.key}>
                {option.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="compare-pick">
          <legend>Compare with</legend>
          {options
            .filter((option) => option !== baseline)
            .map((option) => (
              <label key={option.key}>
                <input
                  type="checkbox"
                  checked={picked.has(option.key)}
                  onChange={(event) => toggle(option.key, event.target.checked)}
                />{' '}
                {option.name}
              </label>
            ))}
        </fieldset>
        {comparisonFormats.map((format) => (
          <button
            key={format.id}
            type="button"
            onClick={() => void downloadExport(format, { comparisons }, workspace.name)}
            disabled={comparisons.length < 2}
          >
            Download comparison ({format.label})
          </button>
        ))}
        {onPresent !== undefined && (
          <button type="button" onClick={() => onPresent(comparisons)} data-testid="present-button">
            Present
          </button>
        )}
        {deck !== null &&
          deckFormats.map((format) => (
            <DeckExportButton key={format.id} deck={deck} format={format} />
          ))}
      </div>
      {options.length < 2 ? (
        <p className="compare-empty">
          Add a second option (duplicate this one and change it) to compare it with this one.
        </p>
      ) : others.length === 0 ? (
        <p className="compare-empty">Tick at least one option to compare with {baseline.name}.</p>
      ) : null}
      <ChangeLegend />
      {comparisons.length > 1 && (
        <ScorecardTable comparisons={comparisons} caption="Options side by side" />
      )}
      <div
        className="compare-columns"
        style={{ gridTemplateColumns: `repeat(${comparisons.length}, minmax(320px, 1fr))` }}
      >
        {comparisons.map((comparison) => (
          <OptionColumn
            key={comparison.option.key}
            comparison={comparison}
            baselineName={baseline.name}
          />
        ))}
      </div>
    </div>
  );
}
