import { useMessages } from '../i18n/use-messages.js';
import { messages } from './messages.js';
import type { OptionComparison } from './option-comparison.js';
import { spanBuckets } from './shape-distribution.js';

function Bars({
  title,
  labels,
  values,
  max,
  unit,
}: {
  title: string;
  labels: readonly string[];
  values: readonly number[];
  max: number;
  unit: (count: number) => string;
}) {
  return (
    <table className="shape-bars">
      <caption>{title}</caption>
      <tbody>
        {labels.map((label, k) => {
          const value = values[k] ?? 0;
          return (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>
                <span
                  className="shape-bar"
                  style={{ width: `${max === 0 ? 0 : (value / max) * 100}%` }}
                  aria-hidden="true"
                />
                <span className="shape-value">
                  {value}
                  <span className="sr-only"> {unit(value)}</span>
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * The shape of each option as org-design tools draw it: how many managers have each span of
 * control, and how many positions stand in each layer. Bars share one scale across the options,
 * so that equal bars mean equal numbers.
 */
export function ShapeChart({ comparisons }: { comparisons: readonly OptionComparison[] }) {
  const t = useMessages(messages);
  const spanMax = Math.max(0, ...comparisons.flatMap((c) => c.shape.spans));
  const layerMax = Math.max(0, ...comparisons.flatMap((c) => c.shape.layers));
  const layerCount = Math.max(0, ...comparisons.map((c) => c.shape.layers.length));
  const layerLabels = Array.from({ length: layerCount }, (_, k) => t('layer', { n: k + 1 }));
  return (
    <div className="shape-charts" data-testid="shape-charts">
      {comparisons.map((c) => (
        <figure key={c.option.key} className="shape-chart" data-option={c.option.name}>
          <figcaption>{c.option.name}</figcaption>
          <Bars
            title={t('spans')}
            labels={spanBuckets.map((bucket) => bucket.label)}
            values={c.shape.spans}
            max={spanMax}
            unit={(count) => t('managersUnit', { count })}
          />
          <Bars
            title={t('layersChart')}
            labels={layerLabels}
            values={c.shape.layers}
            max={layerMax}
            unit={(count) => t('positionsUnit', { count })}
          />
        </figure>
      ))}
    </div>
  );
}
