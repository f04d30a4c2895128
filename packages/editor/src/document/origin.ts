/**
 * Where a change of the document comes from, as tldraw's store tags each diff with its source:
 * the user's own edit, a fix applied from a finding, an import (or a template) replacing the chart,
 * or someone else's saved change. Only the first three enter the undo history.
 */
export type ChangeOrigin = 'user' | 'fix' | 'import' | 'remote';

export type LocalOrigin = Exclude<ChangeOrigin, 'remote'>;
