import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { DataDirInUseError, lockDataDir } from './data-dir-lock.js';

const newDir = () => mkdtempSync(path.join(inject('testDataRoot'), 'lock-'));

describe('lockDataDir', () => {
  test('takes the directory, refuses a second taker, and can be taken again once released', () => {
    const dir = newDir();
    const release = lockDataDir(dir);
    expect(readFileSync(path.join(dir, 'orgwise.pid'), 'utf8').trim()).toBe(String(process.pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    release();
    lockDataDir(dir)();
  });

  test('refuses a directory held by another running process, naming it', () => {
    const dir = newDir();
    // The parent of this process (the test runner) is alive.
    writeFileSync(path.join(dir, 'orgwise.pid'), `${process.ppid}\n`);
    expect(() => lockDataDir(dir)).toThrow(
      `The data directory ${dir} is in use by another Orgwise server (process ${process.ppid})`,
    );
  });

  test.each([
    ['a process that has ended', '2147483646'],
    ['garbage', 'not a pid'],
    ['this process, from an earlier life', String(process.pid)],
  ])('takes over a lock left by %s', (_name, content) => {
    const dir = newDir();
    writeFileSync(path.join(dir, 'orgwise.pid'), content);
    const release = lockDataDir(dir);
    expect(readFileSync(path.join(dir, 'orgwise.pid'), 'utf8').trim()).toBe(String(process.pid));
    release();
  });
});
