import {
  type Finding,
  PatchError,
  type Severity,
  type Suggestion,
  sourceUrl,
} from '@orgwise/domain';
import { memo, useMemo, useState } from 'react';
import { translate } from '../../i18n/translate.js';
import { useMessages } from '../../i18n/use-messages.js';
import { selectReport } from '../../report/chart-report.js';
import { useEditor } from '../../store/editor-store.js';
import { TextWithCode } from '../../ui/TextWithCode.js';
import { messages } from './messages.js';
import { RuleSettingsDialog } from './RuleSettingsDialog.js';
import { ruleDescriptions } from './rule-descriptions.js';
import './findings.css';

const groups = [
  { severity: 'error', heading: 'errors' },
  { severity: 'warning', heading: 'warnings' },
  { severity: 'info', heading: 'infos' },
] as const;
/** Findings shown per group before "Show all": a 10,000-position chart can have thousands. */
const PAGE = 50;

/**
 * The validation report, grouped by severity: each finding with its positions (click to find
 * them on the chart), why the rule exists, and its suggestions as one-click, undoable fixes.
 */
export function FindingsPanel() {
  // Rendered in the same frame as the edit: the list is capped per group (PAGE), so even a
  // 10,000-position chart renders only a few hundred findings.
  const t = useMessages(messages);
  const { report, failure } = useEditor((state) => selectReport(state, t.locale));
  const chart = useEditor((state) => state.chart);
  const titles = useMemo(() => {
    const map = new Map<string, string>();
    for (const position of chart.positions) {
      if (!map.has(position.id)) map.set(position.id, position.title.trim() || position.id);
    }
    return map;
  }, [chart.positions]);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const disabledRules = useEditor(
    (state) =>
      Object.values(state.ruleSettings).filter(
        (setting) => setting === 'off' || (Array.isArray(setting) && setting[0] === 'off'),
      ).length,
  );
  const { summary, metrics } = report;
  const total = summary.errors + summary.warnings + summary.infos;

  return (
    <section className="findings" aria-labelledby="findings-heading" data-testid="findings-panel">
      <div className="findings-header">
        <h2 id="findings-heading" className="panel-heading">
          {t('heading')}
        </h2>
        <button
          type="button"
          className="link-button"
          onClick={() => setSettingsOpen(true)}
          data-testid="open-rule-settings"
        >
          {t('ruleSettingsButton', { off: disabledRules })}
        </button>
      </div>
      <p className="findings-summary" data-testid="findings-summary" aria-live="polite">
        {failure ??
          (metrics.positions === 0
            ? t('empty')
            : total === 0
              ? t('none')
              : t('summary', {
                  errors: summary.errors,
                  warnings: summary.warnings,
                  infos: summary.infos,
                }))}
      </p>
      {metrics.positions > 0 && (
        <p className="findings-metrics muted small" data-testid="chart-metrics">
          {t('metrics', {
            positions: metrics.positions,
            layers: metrics.layers,
            span: metrics.maxSpan,
            vacant: metrics.vacancies,
          })}
        </p>
      )}
      {groups.map(({ severity, heading }) => {
        const findings = report.findings.filter((finding) => finding.severity === severity);
        if (findings.length === 0) return null;
        return (
          <FindingGroup
            key={severity}
            severity={severity}
            heading={t(heading)}
            findings={findings}
            titles={titles}
          />
        );
      })}
      <RuleSettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </section>
  );
}

function FindingGroup({
  severity,
  heading,
  findings,
  titles,
}: {
  severity: Severity;
  heading: string;
  findings: Finding[];
  titles: ReadonlyMap<string, string>;
}) {
  const t = useMessages(messages);
  const [all, setAll] = useState(false);
  const shown = all ? findings : findings.slice(0, PAGE);
  const id = `findings-${severity}`;
  return (
    <section
      className="finding-group"
      aria-labelledby={id}
      data-testid="finding-group"
      data-severity={severity}
    >
      <h3 id={id} className={`finding-group-heading finding-group-heading--${severity}`}>
        {heading} <span className="finding-group-count">{findings.length}</span>
      </h3>
      <ul className="finding-list">
        {shown.map((finding, i) => {
          const positions = [...new Set(finding.positionIds)];
          return (
            <FindingItem
              key={`${finding.ruleId}:${finding.positionIds.join(',')}:${i}`}
              finding={finding}
              positions={positions}
              labels={positions.map((id) => titles.get(id) ?? id)}
            />
          );
        })}
      </ul>
      {findings.length > shown.length && (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          {t('showAll', { severity, count: findings.length })}
        </button>
      )}
    </section>
  );
}

interface FindingItemProps {
  finding: Finding;
  /** The positions it names, once each, and the titles they are shown by. */
  positions: readonly string[];
  labels: readonly string[];
}

const sameStrings = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((text, k) => text === b[k]);

/**
 * Every edit validates the chart anew, so each finding is a new object even when it says the same
 * thing; comparing what it says lets the panel redraw only the findings that changed.
 */
const sameItem = (a: FindingItemProps, b: FindingItemProps) =>
  sameStrings(a.positions, b.positions) &&
  sameStrings(a.labels, b.labels) &&
  (a.finding === b.finding || JSON.stringify(a.finding) === JSON.stringify(b.finding));

const FindingItem = memo(function FindingItem({ finding, positions, labels }: FindingItemProps) {
  const t = useMessages(messages);
  const rationale = ruleDescriptions(t.locale).find(
    (rule) => rule.id === finding.ruleId,
  )?.rationale;
  return (
    <li
      className={`finding finding--${finding.severity}`}
      data-testid="finding"
      data-rule={finding.ruleId}
      data-severity={finding.severity}
    >
      <p className="finding-message">{finding.message}</p>
      {positions.length > 0 && (
        <div className="finding-positions">
          {positions.map((id, k) => (
            <button
              key={id}
              type="button"
              className="position-chip"
              onClick={() => useEditor.getState().reveal(id)}
              data-testid="finding-position"
              data-id={id}
              title={t('showOnChart')}
            >
              {labels[k]}
            </button>
          ))}
        </div>
      )}
      {finding.suggestions.length > 0 && (
        <div className="finding-suggestions">
          {finding.suggestions.map((suggestion) => (
            <button
              key={suggestion.title}
              type="button"
              className="button button--suggest button--small"
              onClick={() => applySuggestion(suggestion, positions[0])}
              data-testid="apply-suggestion"
            >
              {t('apply', { fix: suggestion.title })}
            </button>
          ))}
        </div>
      )}
      <details className="finding-why">
        <summary>{t('why')}</summary>
        <p>
          <TextWithCode text={rationale ?? ''} />
        </p>
        {finding.sources.length > 0 && (
          <>
            <p className="finding-sources-heading">{t('sources')}</p>
            <ul className="finding-sources">
              {finding.sources.map((source) => (
                <li key={source}>
                  <SourceLink title={source} />
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="muted small">{t.rich('rule', { id: <code>{finding.ruleId}</code> })}</p>
      </details>
    </li>
  );
}, sameItem);

/** A source by its title, a link (in a new tab, the chart stays open) where it has an address. */
function SourceLink({ title }: { title: string }) {
  const url = sourceUrl(title);
  if (url === undefined) return <>{title}</>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" data-testid="finding-source-link">
      {title}
    </a>
  );
}

function applySuggestion(suggestion: Suggestion, positionId: string | undefined) {
  const editor = useEditor.getState();
  const t = translate(messages);
  try {
    editor.applyPatch(suggestion.patch, { origin: 'fix' });
    // A fix re-lays the chart out: the position it is about stays where the user can see it.
    if (
      positionId !== undefined &&
      useEditor.getState().chart.positions.some((p) => p.id === positionId)
    )
      editor.keepInView(positionId);
    editor.notify(t('applied', { fix: suggestion.title }));
  } catch (error) {
    // A suggestion is computed from the current chart, so this only happens if the chart
    // changed under it; say so rather than fail silently.
    editor.notify(
      error instanceof PatchError
        ? t('notApplied', { fix: suggestion.title, reason: error.message })
        : t('notAppliedNoReason', { fix: suggestion.title }),
      'error',
    );
  }
}
