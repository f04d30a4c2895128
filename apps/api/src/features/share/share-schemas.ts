import { chartSchema, ruleSettingsSchema } from '@orgwise/domain';
import { z } from 'zod';
import { validationReportSchema } from '../../schemas/report.js';
import { requestEnvelope } from '../../schemas/request-envelope.js';
import { idSchema, timestampSchema } from '../../schemas/saved-fields.js';
import type { Equal } from '../../schemas/type-equality.js';
import type { ShareLink } from '../../storage/share-link-queries.js';

const label = z
  .string({ error: 'The label must be text' })
  .trim()
  .max(200, 'The label must be at most 200 characters')
  .meta({
    description: 'What the link is for, to tell links apart when revoking one.',
    example: 'Board, 14 March',
  });

export const shareTokenSchema = z.string().meta({
  description:
    '256 random bits in base64url (43 characters). The server keeps only its SHA-256, so it is shown once, on creation.',
  example: 'Xq3v9T0bQyW2mK7rLp1sZc8dHf4gJn6aEoR5uVt0BwY',
});

export const createShareLinkRequestSchema = z.preprocess(
  // No body at all is a link without a label; a `null` body is refused like anywhere else.
  (body) => (body === undefined ? {} : body),
  requestEnvelope({ label: label.optional() }).meta({
    id: 'CreateShareLinkRequest',
    description: 'Optionally, a label for the new link.',
  }),
);

export const shareLinkSchema = z
  .object({
    id: idSchema,
    workspaceId: idSchema,
    label: z.string(),
    createdAt: timestampSchema,
  })
  .meta({
    id: 'ShareLink',
    description: 'A read-only link to a workspace, without its token (which only its creator got).',
  });

export const createdShareLinkSchema = shareLinkSchema
  .extend({
    token: shareTokenSchema,
    url: z.string().meta({
      description: 'The path of the read-only view in the web app, on this server.',
      example: '/share/Xq3v9T0bQyW2mK7rLp1sZc8dHf4gJn6aEoR5uVt0BwY',
    }),
  })
  .meta({ id: 'CreatedShareLink', description: 'A new share link with its token.' });

export const shareLinkListSchema = z
  .object({ shareLinks: z.array(shareLinkSchema) })
  .meta({ id: 'ShareLinkList', description: 'The workspace’s share links, newest first.' });

/**
 * What a share link shows. It leaves out the workspace's and scenarios' ids on purpose: without an
 * API key an id is enough to change a workspace, and the link must only ever show it.
 */
export const sharedWorkspaceSchema = z
  .object({
    workspace: z.object({
      name: z.string(),
      client: z.string().nullable(),
      notes: z.string(),
      rules: ruleSettingsSchema,
      updatedAt: timestampSchema,
    }),
    scenarios: z.array(
      z.object({
        name: z.string(),
        description: z.string(),
        chart: chartSchema,
        report: validationReportSchema,
        updatedAt: timestampSchema,
      }),
    ),
  })
  .meta({
    id: 'SharedWorkspace',
    description:
      'A workspace as a share link shows it: its name, client, notes and rule settings, and its scenarios in order, each with its chart and the report of that chart under the rule settings.',
  });

export type SharedWorkspaceBody = z.output<typeof sharedWorkspaceSchema>;

true satisfies Equal<z.output<typeof shareLinkSchema>, ShareLink>;
