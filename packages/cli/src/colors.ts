import picocolors from 'picocolors';
import type { CliIo } from './io.js';

export type Colors = ReturnType<typeof picocolors.createColors>;

/**
 * Whether to colour stdout. An explicit --color/--no-color wins; then FORCE_COLOR (any value but
 * "0" or "false", as in chalk and Node), then NO_COLOR (any non-empty value, per no-color.org);
 * otherwise only a terminal that is not "dumb" gets colours, so that files and CI logs stay plain.
 */
export function colorEnabled(io: CliIo, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdoutIsTTY && io.env.TERM !== 'dumb';
}

export function colorsFor(io: CliIo, flag?: boolean): Colors {
  return picocolors.createColors(colorEnabled(io, flag));
}
