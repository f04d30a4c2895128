import { chartSchema, ruleSettingsSchema } from '@orgwise/domain';
import { z } from 'zod';
import { validationReportSchema } from './report.js';
import { requestEnvelope } from './request-envelope.js';
import { idSchema, timestampSchema } from './saved-fields.js';
import { workspaceLanguageSchema } from './workspace.js';

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

/** Ten years: a date further away is a typing error more often than a plan. */
const maxExpiryMs = 10 * 366 * 24 * 3600 * 1000;

const expiresAt = z.iso
  .datetime({
    offset: true,
    error: 'Give the expiry as a date and time, e.g. 2027-03-14T18:00:00Z',
  })
  .nullable()
  .superRefine((text, ctx) => {
    if (text === null) return;
    const at = Date.parse(text);
    if (at <= Date.now()) {
      ctx.addIssue({
        code: 'custom',
        message: 'The expiry must be in the future (to end a link now, revoke it)',
      });
    } else if (at > Date.now() + maxExpiryMs) {
      ctx.addIssue({ code: 'custom', message: 'The expiry must be within ten years' });
    }
  })
  .meta({
    description:
      'When the link stops opening anything (ISO 8601 with a time zone); null or absent: until it is revoked.',
    example: '2027-03-14T18:00:00Z',
  });

const password = z
  .string({ error: 'The password must be text' })
  .min(8, 'The password must be at least 8 characters')
  .max(200, 'The password must be at most 200 characters')
  .nullable()
  .meta({
    description:
      'A password viewers must give to open the link; null removes it. Kept only as a salted scrypt hash; never shown again, never logged.',
  });

const linkMembers = {
  label: label.optional(),
  expiresAt: expiresAt.optional(),
  password: password.optional(),
};

export const createShareLinkRequestSchema = z.preprocess(
  // No body at all is a link without a label; a `null` body is refused like anywhere else.
  (body) => (body === undefined ? {} : body),
  requestEnvelope(linkMembers).meta({
    id: 'CreateShareLinkRequest',
    description: 'Optionally, a label, an expiry and a password for the new link.',
  }),
);

export const updateShareLinkRequestSchema = requestEnvelope(linkMembers)
  .refine((body) => Object.keys(body).length > 0, {
    message: 'Send at least one of "label", "expiresAt", "password" to change',
  })
  .meta({
    id: 'UpdateShareLinkRequest',
    description:
      'The members to change; those left out keep their value. The token stays the same, so the link people already have follows the new expiry and password.',
  });

export const unlockSharedRequestSchema = requestEnvelope({
  password: z
    .string({ error: 'The password must be text' })
    .max(200, 'The password must be at most 200 characters'),
}).meta({ id: 'UnlockSharedRequest', description: 'The password of the link.' });

export const shareLinkSchema = z
  .object({
    id: idSchema,
    workspaceId: idSchema,
    label: z.string(),
    createdAt: timestampSchema,
    expiresAt: timestampSchema.nullable().meta({
      description: 'When the link stops opening anything; null: until it is revoked.',
    }),
    hasPassword: z.boolean().meta({ description: 'Whether viewers must give a password.' }),
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
      sharedNotes: z.string().meta({
        description:
          'The workspace’s note for the viewers of its links. Its private `notes` are never shown.',
      }),
      rules: ruleSettingsSchema,
      language: workspaceLanguageSchema,
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
      'A workspace as a share link shows it: its name, client, shared notes (never its private notes) and rule settings, and its scenarios in order, each with its chart and the report of that chart under the rule settings.',
  });

export type SharedWorkspaceBody = z.output<typeof sharedWorkspaceSchema>;

export type ShareLink = z.output<typeof shareLinkSchema>;
export type CreateShareLinkRequest = z.output<typeof createShareLinkRequestSchema>;
export type UpdateShareLinkRequest = z.output<typeof updateShareLinkRequestSchema>;
export type CreatedShareLink = z.output<typeof createdShareLinkSchema>;
