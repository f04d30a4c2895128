import { describe, expect, it } from 'vitest';
import { colorEnabled } from './colors.js';
import type { CliIo } from './io.js';

const io = (stdoutIsTTY: boolean, env: CliIo['env'] = {}): CliIo => ({
  stdout: () => {},
  stderr: () => {},
  cwd: '/',
  stdoutIsTTY,
  env,
});

describe('colorEnabled', () => {
  it('colours a terminal by default, but not a pipe or a dumb terminal', () => {
    expect(colorEnabled(io(true))).toBe(true);
    expect(colorEnabled(io(false))).toBe(false);
    expect(colorEnabled(io(true, { TERM: 'dumb' }))).toBe(false);
  });

  it('turns colours off for a non-empty NO_COLOR only', () => {
    expect(colorEnabled(io(true, { NO_COLOR: '1' }))).toBe(false);
    expect(colorEnabled(io(true, { NO_COLOR: '' }))).toBe(true);
  });

  it('lets FORCE_COLOR force colours on, or off with 0 or false', () => {
    expect(colorEnabled(io(false, { FORCE_COLOR: '1' }))).toBe(true);
    expect(colorEnabled(io(false, { FORCE_COLOR: '' }))).toBe(true);
    expect(colorEnabled(io(true, { FORCE_COLOR: '0' }))).toBe(false);
    expect(colorEnabled(io(true, { FORCE_COLOR: 'false' }))).toBe(false);
    expect(colorEnabled(io(false, { FORCE_COLOR: '1', NO_COLOR: '1' }))).toBe(true);
  });

  it('puts an explicit flag above the environment', () => {
    expect(colorEnabled(io(false, { NO_COLOR: '1' }), true)).toBe(true);
    expect(colorEnabled(io(true, { FORCE_COLOR: '1' }), false)).toBe(false);
  });
});
