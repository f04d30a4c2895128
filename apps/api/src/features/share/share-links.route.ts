import { endpoints } from '@orgwise/contract';
import type { AppDeps } from '../../deps.js';
import { type Implementation, implement, parsedBody } from '../../http/implement.js';
import { jsonBody } from '../../http/json-body.js';
import { savedParams, workspaceIdParam } from '../../http/saved-params.js';
import { storableText } from '../../http/storable-text.js';
import type { ShareLinkAccess } from '../../storage/share-link-queries.js';
import { workspaceList } from '../workspaces/workspace-list.js';
import { workspaceNotFound } from '../workspaces/workspace-not-found.js';
import { linkIdParam, shareLinkNotFound } from './share-params.js';
import { hashSharePassword } from './share-password.js';

/** A link's settings as the store keeps them: the expiry as a time, the password hashed. */
async function accessOf(input: {
  label?: string | undefined;
  expiresAt?: string | null | undefined;
  password?: string | null | undefined;
}): Promise<Partial<ShareLinkAccess>> {
  const access: Partial<ShareLinkAccess> = {};
  if (input.label !== undefined) access.label = input.label;
  if (input.expiresAt !== undefined) {
    access.expiresAt = input.expiresAt === null ? null : new Date(input.expiresAt);
  }
  if (input.password !== undefined) {
    access.passwordHash = input.password === null ? null : await hashSharePassword(input.password);
  }
  return access;
}

/** Creating, listing and revoking a workspace's share links: behind the API key like the rest. */
export function shareLinksRoutes({ config, store }: AppDeps): Implementation[] {
  return [
    implement(
      endpoints.createShareLink,
      savedParams,
      ...jsonBody(config),
      storableText,
      parsedBody(endpoints.createShareLink, async (input, req, res) => {
        const workspaceId = workspaceIdParam(req);
        const link = await store.createShareLink(workspaceId, {
          label: '',
          expiresAt: null,
          passwordHash: null,
          ...(await accessOf(input)),
        });
        if (link === undefined) throw workspaceNotFound(workspaceId);
        res.setHeader('Cache-Control', 'private, no-store');
        res.location(`/api/v1/workspaces/${workspaceId}/share-links/${link.id}`);
        res.status(201).json({ ...link, url: `/share/${link.token}` });
      }),
    ),
    implement(endpoints.listShareLinks, ...workspaceList('shareLinks', store.listShareLinks)),
    implement(
      endpoints.updateShareLink,
      savedParams,
      ...jsonBody(config),
      storableText,
      parsedBody(endpoints.updateShareLink, async (input, req, res) => {
        const workspaceId = workspaceIdParam(req);
        const linkId = linkIdParam(req);
        const link = await store.updateShareLink(workspaceId, linkId, await accessOf(input));
        if (link !== undefined) {
          res.setHeader('Cache-Control', 'private, no-store');
          res.json(link);
          return;
        }
        if ((await store.getWorkspace(workspaceId)) === undefined) {
          throw workspaceNotFound(workspaceId);
        }
        throw shareLinkNotFound(linkId);
      }),
    ),
    implement(endpoints.revokeShareLink, savedParams, async (req, res) => {
      const workspaceId = workspaceIdParam(req);
      const linkId = linkIdParam(req);
      if (await store.revokeShareLink(workspaceId, linkId)) {
        res.status(204).end();
        return;
      }
      if ((await store.getWorkspace(workspaceId)) === undefined) {
        throw workspaceNotFound(workspaceId);
      }
      throw shareLinkNotFound(linkId);
    }),
  ];
}
