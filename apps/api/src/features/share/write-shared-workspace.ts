import { once } from 'node:events';
import type { SharedWorkspaceBody } from '@orgwise/contract';
import type { Response } from 'express';
import type { Workspace } from '../../storage/records.js';
import type { SharedScenario } from '../../storage/share-link-queries.js';

/**
 * Writes the shared view (sharedWorkspaceSchema) in parts, one scenario at a time, waiting for the
 * client to read each before the next. A workspace of several 100,000-position options is larger
 * than V8 can hold as one string (that answer used to fail with "Invalid string length"), and a
 * client that never reads holds only the parts sent so far. Charts go out as the database's JSON
 * text, without being parsed and written again on the main thread.
 */
export async function writeSharedWorkspace(
  res: Response,
  workspace: Workspace,
  scenarios: readonly SharedScenario[],
  reports: readonly string[],
): Promise<void> {
  const shown: SharedWorkspaceBody['workspace'] = {
    name: workspace.name,
    client: workspace.client,
    sharedNotes: workspace.sharedNotes,
    rules: workspace.rules,
    language: workspace.language,
    updatedAt: workspace.updatedAt,
  };
  if (!(await write(res, `{"workspace":${JSON.stringify(shown)},"scenarios":[`))) return;
  for (const [index, scenario] of scenarios.entries()) {
    const head = JSON.stringify({ name: scenario.name, description: scenario.description });
    const part = `${index === 0 ? '' : ','}${head.slice(0, -1)},"chart":${scenario.chartJson},"report":${reports[index]},"updatedAt":${JSON.stringify(scenario.updatedAt)}}`;
    if (!(await write(res, part))) return;
  }
  res.end(']}');
}

/** Writes a part; false once the connection is gone (closed by the client or as a slow reader). */
async function write(res: Response, text: string): Promise<boolean> {
  if (res.destroyed) return false;
  if (!res.write(text)) {
    // Until the client has read what was sent, or the connection closes.
    await Promise.race([once(res, 'drain'), once(res, 'close')]);
  }
  return !res.destroyed;
}
