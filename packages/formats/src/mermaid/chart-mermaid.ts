import type { Chart } from '@orgwise/domain';

/**
 * Text as Mermaid shows it inside a quoted label: its entity codes for the characters that would
 * end the label or be read as markup, and line breaks as spaces.
 */
function label(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replaceAll('#', '#35;')
    .replaceAll('"', '#quot;')
    .replaceAll('<', '#lt;')
    .replaceAll('>', '#gt;');
}

/**
 * A node id Mermaid reads whatever the position's id is: letters, digits and underscores, made
 * unique by the position's index, and never a keyword ("end", "graph") since it starts with `p`.
 */
function nodeId(id: string, index: number): string {
  return `p${index}_${id.replace(/[^A-Za-z0-9]/g, '_').slice(0, 40)}`;
}

/**
 * The chart as a Mermaid `flowchart TD`: a node per position (title, then the holder), a line
 * from each manager to each report, and the dotted lines as dotted arrows. For wikis, Markdown
 * and diagram tools that render Mermaid.
 */
export function chartMermaid(chart: Chart): string {
  const ids = new Map<string, string>();
  const nodes = chart.positions.map((position, index) => {
    const id = nodeId(position.id, index);
    if (!ids.has(position.id)) ids.set(position.id, id);
    const holder = position.vacant ? 'Vacant' : (position.holder ?? '');
    const text =
      holder === '' ? label(position.title) : `${label(position.title)}<br/>${label(holder)}`;
    return `  ${id}["${text}"]`;
  });
  const lines = chart.positions.flatMap((position, index) => {
    const manager = position.reportsTo == null ? undefined : ids.get(position.reportsTo);
    return manager === undefined ? [] : [`  ${manager} --> ${nodeId(position.id, index)}`];
  });
  const dotted = (chart.dottedLines ?? []).flatMap((line) => {
    const from = ids.get(line.from);
    const to = ids.get(line.to);
    return from === undefined || to === undefined ? [] : [`  ${from} -.-> ${to}`];
  });
  return ['flowchart TD', ...nodes, ...lines, ...dotted, ''].join('\n');
}
