import type { RequestHandler } from 'express';
import { savedParams, workspaceIdParam } from '../../http/saved-params.js';
import { workspaceNotFound } from './workspace-not-found.js';

/**
 * The GET of a list that belongs to a workspace (its scenarios, deleted scenarios, share links):
 * `{ [member]: [...] }`, a 404 when there is no such workspace, and never cached, since the list
 * changes with every save.
 */
export function workspaceList(
  member: string,
  list: (workspaceId: string) => Promise<unknown[] | undefined>,
): RequestHandler[] {
  return [
    savedParams,
    async (req, res) => {
      const workspaceId = workspaceIdParam(req);
      const items = await list(workspaceId);
      if (items === undefined) throw workspaceNotFound(workspaceId);
      res.setHeader('Cache-Control', 'private, no-store');
      res.json({ [member]: items });
    },
  ];
}
