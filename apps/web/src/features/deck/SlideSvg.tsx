import { memo } from 'react';
import { LINE_HEIGHT, SLIDE } from './deck-theme.js';
import type {
  BoxShape,
  LineShape,
  MarkerShape,
  Shape,
  SlidePlan,
  TableShape,
  TextBlock,
} from './slide-plan.js';

/** Where a line's baseline sits below its top, as in the PDF writer. */
const baseline = (size: number) => (size * LINE_HEIGHT - size) / 2 + size * 0.8;
const FONT_FAMILY = 'Helvetica, Arial, sans-serif';

export interface SlideSvgProps {
  slide: SlidePlan;
  /** Accessible name of the picture; the slide title when absent. */
  label?: string;
}

/**
 * A planned slide drawn as SVG, for the in-app presentation: the same plan as the PowerPoint and
 * PDF files, so what the consultant rehearses on screen is what the client receives. Scales to
 * its container (set its width; the height follows the 16:9 view box).
 */
export const SlideSvg = memo(function SlideSvg({ slide, label }: SlideSvgProps) {
  return (
    <svg
      viewBox={`0 0 ${SLIDE.width} ${SLIDE.height}`}
      role="img"
      aria-label={label ?? slide.title}
      data-testid="deck-slide"
      style={{ width: '100%', height: 'auto', background: '#fff', fontFamily: FONT_FAMILY }}
    >
      {slide.shapes.map((shape, i) => (
        // Shapes have no identity beyond their place in the plan, which never reorders: the
        // index is the key.
        <ShapeSvg key={i} shape={shape} />
      ))}
    </svg>
  );
});

function ShapeSvg({ shape }: { shape: Shape }) {
  switch (shape.kind) {
    case 'box':
      return <BoxSvg box={shape} />;
    case 'line':
      return <LineSvg line={shape} />;
    case 'marker':
      return <MarkerSvg marker={shape} />;
    case 'table':
      return <TableSvg table={shape} />;
  }
}

function BoxSvg({ box }: { box: BoxShape }) {
  const framed = box.fill !== null || box.stroke !== null;
  return (
    <g>
      {framed && (
        <rect
          x={box.x}
          y={box.y}
          width={box.w}
          height={box.h}
          rx={box.radius}
          fill={box.fill === null ? 'none' : `#${box.fill}`}
          stroke={box.stroke === null ? 'none' : `#${box.stroke}`}
          strokeWidth={box.strokeWidth}
          strokeDasharray={box.dashed ? '3 2' : undefined}
        />
      )}
      {box.text !== undefined && (
        <TextSvg block={box.text} x={box.x} y={box.y} w={box.w} h={box.h} />
      )}
    </g>
  );
}

function TextSvg({
  block,
  x,
  y,
  w,
  h,
}: {
  block: TextBlock;
  x: number;
  y: number;
  w: number;
  h: number;
}) {
  const height = block.lines.reduce((sum, line) => sum + line.size * LINE_HEIGHT, 0);
  let top = block.valign === 'middle' ? y + (h - height) / 2 : y + block.padding;
  const anchor = block.align === 'left' ? 'start' : block.align === 'right' ? 'end' : 'middle';
  const at =
    block.align === 'left'
      ? x + block.padding
      : block.align === 'right'
        ? x + w - block.padding
        : x + w / 2;
  return (
    <>
      {block.lines.map((line, i) => {
        const lineTop = top;
        top += line.size * LINE_HEIGHT;
        return (
          <text
            key={i}
            x={at}
            y={lineTop + baseline(line.size)}
            textAnchor={anchor}
            fontSize={line.size}
            fontWeight={line.bold ? 'bold' : 'normal'}
            fontStyle={line.italic ? 'italic' : 'normal'}
            fill={`#${line.color}`}
          >
            {line.text}
          </text>
        );
      })}
    </>
  );
}

function LineSvg({ line }: { line: LineShape }) {
  return (
    <line
      x1={line.x1}
      y1={line.y1}
      x2={line.x2}
      y2={line.y2}
      stroke={`#${line.color}`}
      strokeWidth={line.width}
      strokeDasharray={line.dashed ? '3 2' : undefined}
    />
  );
}

function MarkerSvg({ marker }: { marker: MarkerShape }) {
  const { x, y, size } = marker;
  const half = size / 2;
  const fill = `#${marker.fill}`;
  if (marker.symbol === 'circle')
    return <circle cx={x + half} cy={y + half} r={half} fill={fill} />;
  const points =
    marker.symbol === 'triangle'
      ? `${x + half},${y} ${x + size},${y + size} ${x},${y + size}`
      : `${x + half},${y} ${x + size},${y + half} ${x + half},${y + size} ${x},${y + half}`;
  return <polygon points={points} fill={fill} />;
}

function TableSvg({ table }: { table: TableShape }) {
  const cells: React.ReactNode[] = [];
  let y = table.y;
  table.rows.forEach((row, r) => {
    const height = table.rowHeights[r]!;
    let x = table.x;
    row.forEach((cell, c) => {
      const width = table.columnWidths[c]!;
      const lines = cell.lines.map((text) => ({
        text,
        size: table.fontSize,
        bold: cell.bold,
        color: cell.color,
      }));
      cells.push(
        <g key={`${r}:${c}`}>
          <rect
            x={x}
            y={y}
            width={width}
            height={height}
            fill={cell.fill === null ? 'none' : `#${cell.fill}`}
            stroke={`#${table.borderColor}`}
            strokeWidth={0.75}
          />
          <TextSvg
            block={{ lines, align: cell.align, valign: 'middle', padding: table.padding }}
            x={x}
            y={y}
            w={width}
            h={height}
          />
        </g>,
      );
      x += width;
    });
    y += height;
  });
  return <g>{cells}</g>;
}
