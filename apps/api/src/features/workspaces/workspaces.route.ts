import { endpoints } from '@orgwise/contract';
import type { AppDeps } from '../../deps.js';
import { type Implementation, implement, parsedBody } from '../../http/implement.js';
import { jsonBody } from '../../http/json-body.js';
import { ifMatchVersion, requireIfMatch, sendVersioned, settle } from '../../http/preconditions.js';
import { savedParams, workspaceIdParam } from '../../http/saved-params.js';
import { storableText } from '../../http/storable-text.js';
import { workspaceNotFound } from './workspace-not-found.js';

export function workspacesRoutes({ config, store }: AppDeps): Implementation[] {
  const body = [...jsonBody(config), storableText];
  return [
    implement(
      endpoints.createWorkspace,
      ...body,
      parsedBody(endpoints.createWorkspace, async (input, _req, res) => {
        const workspace = await store.createWorkspace({
          name: input.name,
          client: input.client ?? null,
          notes: input.notes ?? '',
          sharedNotes: input.sharedNotes ?? '',
          rules: input.rules ?? {},
          language: input.language ?? null,
        });
        res.location(`/api/v1/workspaces/${workspace.id}`);
        sendVersioned(res, 201, workspace);
      }),
    ),
    implement(endpoints.getWorkspace, savedParams, async (req, res) => {
      const id = workspaceIdParam(req);
      const workspace = await store.getWorkspace(id);
      if (workspace === undefined) throw workspaceNotFound(id);
      sendVersioned(res, 200, workspace);
    }),
    implement(
      endpoints.updateWorkspace,
      savedParams,
      requireIfMatch('workspace'),
      ...body,
      parsedBody(endpoints.updateWorkspace, async (changes, req, res) => {
        const id = workspaceIdParam(req);
        const outcome = await store.updateWorkspace(id, ifMatchVersion(req, 'workspace'), changes);
        const workspace = await settle(req, outcome, 'workspace', () => workspaceNotFound(id));
        sendVersioned(res, 200, workspace);
      }),
    ),
    implement(
      endpoints.deleteWorkspace,
      savedParams,
      requireIfMatch('workspace'),
      async (req, res) => {
        const id = workspaceIdParam(req);
        const outcome = await store.deleteWorkspace(id, ifMatchVersion(req, 'workspace'));
        await settle(req, outcome, 'workspace', () => workspaceNotFound(id));
        res.status(204).end();
      },
    ),
  ];
}
