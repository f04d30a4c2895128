import type { Locale } from '@orgwise/domain';
import { exportFormats } from '@orgwise/formats';
import { useMemo, useRef, useState } from 'react';
import { ChangeLegend } from '../../comparison/ChangeLegend.js';
import type { ComparedOption } from '../../comparison/compared-option.js';
import { buildDeckInput } from '../../comparison/comparison-deck.js';
import { compareOptions, type OptionComparison } from '../../comparison/option-comparison.js';
import { ScorecardTable } from '../../comparison/ScorecardTable.js';
import { ShapeChart } from '../../comparison/ShapeChart.js';
import { useMessages } from '../../i18n/use-messages.js';
import { downloadExport } from '../../ui/download-export.js';
import { ChangeStory } from './ChangeStory.js';
import { DeckExportButton } from './DeckExportButton.js';
import { messages } from './messages.js';
import { type ColumnSpotlight, OptionColumn } from './OptionColumn.js';
import './compare.css';

const comparisonFormats = exportFormats('comparison');
const deckFormats = exportFormats('deck');
const noSpotlight: ColumnSpotlight = { ids: [], seq: 0 };

export interface CompareViewProps {
  workspace: { name: string; client: string | null; language?: Locale | null };
  options: readonly ComparedOption[];
  /** Starts the presentation of the options as compared here. */
  onPresent?: (comparisons: OptionComparison[]) => void;
}

/**
 * Two or more options against a baseline, told in the order a client reads them: what each
 * changes and what that does to the findings, the charts side by side focused on the changes,
 * then the figures and the shape of each option.
 */
export function CompareView({ workspace, options, onPresent }: CompareViewProps) {
  const t = useMessages(messages);
  const [baselineKey, setBaselineKey] = useState(options[0]?.key ?? '');
  const [picked, setPicked] = useState<ReadonlySet<string>>(
    () => new Set(options.slice(1, 4).map((option) => option.key)),
  );
  const [spotlight, setSpotlight] = useState<{ key: string } & ColumnSpotlight>({
    key: '',
    ...noSpotlight,
  });
  const columnsRef = useRef<HTMLDivElement>(null);
  const baseline = options.find((option) => option.key === baselineKey) ?? options[0];
  const others = options.filter((option) => option !== baseline && picked.has(option.key));
  const comparisons = useMemo(
    () => (baseline === undefined ? [] : compareOptions(baseline, others)),
    [baseline, others.map((o) => o.key).join('\n')],
  );
  const deck = useMemo(
    () =>
      comparisons.length === 0
        ? null
        : buildDeckInput(workspace, comparisons, new Date(), t.locale),
    [workspace, comparisons, t.locale],
  );

  if (baseline === undefined) {
    return <p className="compare-empty">{t('noOptions')}</p>;
  }
  const toggle = (key: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(key);
    else next.delete(key);
    setPicked(next);
  };
  const spotlightIn = (key: string, ids: readonly string[]) => {
    setSpotlight((current) => ({ key, ids, seq: current.seq + 1 }));
    const column = columnsRef.current?.querySelector(`[data-key="${CSS.escape(key)}"]`);
    column?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  return (
    <div className="compare-view" data-testid="compare-view">
      <div className="compare-toolbar">
        <label className="compare-baseline">
          <span className="field-label">{t('baseline')}</span>
          <select
            className="input input--compact"
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
        {options.length > 1 && (
          <fieldset className="compare-pick">
            <legend className="field-label">{t('compareWith')}</legend>
            {options
              .filter((option) => option !== baseline)
              .map((option) => (
                <label
                  key={option.key}
                  className={`check compare-chip${picked.has(option.key) ? ' is-on' : ''}`}
                >
                  <input
                    type="checkbox"
                    checked={picked.has(option.key)}
                    onChange={(event) => toggle(option.key, event.target.checked)}
                  />
                  {option.name}
                </label>
              ))}
          </fieldset>
        )}
        <div className="compare-actions">
          {onPresent !== undefined && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => onPresent(comparisons)}
              data-testid="present-button"
            >
              {t('present')}
            </button>
          )}
          <fieldset className="compare-downloads">
            <legend className="field-label">{t('download')}</legend>
            {comparisonFormats.map((format) => (
              <button
                key={format.id}
                type="button"
                className="button"
                onClick={() => void downloadExport(format, { comparisons }, workspace.name)}
                disabled={comparisons.length < 2}
              >
                {/* "Excel workbook" is long for a toolbar; the product's name says it. */}
                {format.extension === 'xlsx' ? 'Excel' : format.label}
              </button>
            ))}
            {deck !== null &&
              deckFormats.map((format) => (
                <DeckExportButton key={format.id} deck={deck} format={format} />
              ))}
            <button type="button" className="button" onClick={() => window.print()}>
              {t('print')}
            </button>
          </fieldset>
        </div>
      </div>
      {options.length < 2 ? (
        <p className="compare-empty">{t('addSecond')}</p>
      ) : others.length === 0 ? (
        <p className="compare-empty">{t('tickOne', { name: baseline.name })}</p>
      ) : null}
      <ChangeStory comparisons={comparisons} onSpotlight={spotlightIn} />
      <section className="compare-charts" aria-labelledby="compare-charts-heading">
        <div className="compare-section-head">
          <h2 id="compare-charts-heading" className="compare-section-title">
            {comparisons.length > 1 ? t('sideBySide') : baseline.name}
          </h2>
          <ChangeLegend />
        </div>
        <div
          ref={columnsRef}
          className="compare-columns"
          data-count={Math.min(comparisons.length, 3)}
        >
          {comparisons.map((comparison) => (
            <div key={comparison.option.key} data-key={comparison.option.key}>
              <OptionColumn
                comparison={comparison}
                spotlight={spotlight.key === comparison.option.key ? spotlight : noSpotlight}
                onSpotlight={(ids) => spotlightIn(comparison.option.key, ids)}
              />
            </div>
          ))}
        </div>
      </section>
      <section className="compare-numbers" aria-label={t('figuresAndShape')}>
        <div className="compare-figures">
          <ScorecardTable
            comparisons={comparisons}
            caption={comparisons.length > 1 ? t('figuresSideBySide') : t('figures')}
          />
        </div>
        <div className="compare-shape">
          <h2 className="compare-section-title">{t('spansAndLayers')}</h2>
          <ShapeChart comparisons={comparisons} />
        </div>
      </section>
    </div>
  );
}
