import type { Translate } from '../i18n/translate.js';
import { useMessages } from '../i18n/use-messages.js';
import { messages } from './messages.js';
import type { OptionComparison } from './option-comparison.js';

type Better = 'lower' | 'neutral';
type Key = keyof (typeof messages)['en'];
type Format = (t: Translate<Key>, value: number) => string;

interface FigureRow {
  /** Its word in messages.ts; also its stable name in the page (`data-figure`). */
  label: Key;
  /** The figure as a number, for the change against the baseline; null when unknown. */
  value: (c: OptionComparison) => number | null;
  format?: Format;
  better: Better;
  /** Shown only when some option has the figure (FTE and cost come from HR fields). */
  optional?: boolean;
}

const whole: Format = (t, value) => t.intl.formatNumber(value, { maximumFractionDigits: 0 });
const decimal: Format = (t, value) => t.intl.formatNumber(value, { maximumFractionDigits: 2 });
const oneDecimal: Format = (t, value) =>
  t.intl.formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const plain: Format = (t, value) => t.intl.formatNumber(value);

const groups: { name: Key; rows: FigureRow[] }[] = [
  {
    name: 'groupPeople',
    rows: [
      { label: 'headcount', value: (c) => c.figures.headcount, better: 'neutral' },
      { label: 'vacancies', value: (c) => c.scorecard.vacancies, better: 'neutral' },
      {
        label: 'fte',
        value: (c) => c.figures.fte,
        format: decimal,
        better: 'neutral',
        optional: true,
      },
      {
        label: 'cost',
        value: (c) => c.figures.cost,
        format: whole,
        better: 'lower',
        optional: true,
      },
    ],
  },
  {
    name: 'groupStructure',
    rows: [
      { label: 'positions', value: (c) => c.scorecard.positions, better: 'neutral' },
      { label: 'layers', value: (c) => c.scorecard.layers, better: 'neutral' },
      { label: 'largestSpan', value: (c) => c.scorecard.maxSpan, better: 'neutral' },
      {
        label: 'meanSpan',
        value: (c) => c.scorecard.meanSpan,
        format: oneDecimal,
        better: 'neutral',
      },
      { label: 'executiveTeam', value: (c) => c.scorecard.executiveTeam, better: 'neutral' },
      { label: 'interimRoles', value: (c) => c.scorecard.interim, better: 'neutral' },
    ],
  },
  {
    name: 'groupFindings',
    rows: [
      { label: 'errors', value: (c) => c.scorecard.findings.errors, better: 'lower' },
      { label: 'warnings', value: (c) => c.scorecard.findings.warnings, better: 'lower' },
      { label: 'infos', value: (c) => c.scorecard.findings.infos, better: 'lower' },
    ],
  },
];

function Delta({
  t,
  row,
  value,
  base,
}: {
  t: Translate<Key>;
  row: FigureRow;
  value: number;
  base: number;
}) {
  const change = Math.round((value - base) * 100) / 100;
  if (change === 0) return <span className="figure-delta">±0</span>;
  const format = row.format ?? plain;
  const tone =
    row.better === 'neutral' ? '' : change < 0 ? ' figure-delta--better' : ' figure-delta--worse';
  return (
    <span className={`figure-delta${tone}`}>
      {change > 0 ? '+' : '−'}
      {format(t, Math.abs(change))}
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
  const t = useMessages(messages);
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
            <th scope="col">{t('figure')}</th>
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
              {t(group.name)}
            </th>
          </tr>
          {group.rows
            .filter((row) => !row.optional || comparisons.some((c) => row.value(c) !== null))
            .map((row) => (
              <tr key={row.label}>
                <th scope="row">
                  {t(row.label === 'cost' && costPartial ? 'costPartial' : row.label)}
                </th>
                {comparisons.map((c, k) => {
                  const value = row.value(c);
                  const baseValue = base === undefined ? null : row.value(base);
                  return (
                    <td key={c.option.key} data-figure={row.label}>
                      <span className="figure-value">
                        {value === null
                          ? row.label === 'executiveTeam'
                            ? t('noSingleTop')
                            : '–'
                          : (row.format ?? plain)(t, value)}
                      </span>
                      {k > 0 && value !== null && baseValue !== null && (
                        <Delta t={t} row={row} value={value} base={baseValue} />
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
