import { locales, ruleSettingsSchema } from '@orgwise/domain';
import { z } from 'zod';
import { requestEnvelope } from './request-envelope.js';
import { ruleSettingsField } from './rule-settings-field.js';
import {
  idSchema,
  labelSchema,
  textSchema,
  timestampSchema,
  versionSchema,
} from './saved-fields.js';

const name = labelSchema('The name').meta({ example: 'Acme A/S: leadership 2027' });
const client = labelSchema('The client')
  .nullable()
  .meta({ description: 'Whom the workspace is for (consultants keep one per client).' });
const notes = textSchema('The notes', 20_000).meta({
  description: 'Private notes: never shown to the viewers of a share link.',
});
/** The language of a workspace's decks and share page; null leaves it to each reader. */
export const workspaceLanguageSchema = z.enum(locales).nullable().meta({
  description:
    'The language of the workspace’s decks and share page: English (`en`), Danish (`da`) or Dutch (`nl`); null (the default) leaves it to each reader. Its share page answers in the language the viewer’s Accept-Language asks for, and in this one when it asks for none that Orgwise speaks.',
  example: 'da',
});

const sharedNotes = textSchema('The shared notes', 20_000).meta({
  description:
    'A note for everyone who opens one of the workspace’s share links (the private `notes` never are).',
});

export const workspaceSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    client: z.string().nullable(),
    notes: z.string().meta({ description: 'Private: never shown on a share link.' }),
    sharedNotes: z.string().meta({ description: 'Shown to everyone who opens a share link.' }),
    rules: ruleSettingsSchema.meta({
      description: 'The rule settings of the workspace; the scenarios’ reports use them.',
    }),
    language: workspaceLanguageSchema,
    version: versionSchema,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .meta({
    id: 'Workspace',
    description:
      'A saved workspace: a client engagement or a team’s planning space, holding scenarios. Its version counts changes to its own fields and to the order of its scenarios.',
  });

export const createWorkspaceRequestSchema = requestEnvelope({
  name,
  client: client.optional(),
  notes: notes.optional(),
  sharedNotes: sharedNotes.optional(),
  rules: ruleSettingsField.optional(),
  language: workspaceLanguageSchema.optional(),
}).meta({
  id: 'CreateWorkspaceRequest',
  description:
    'A new workspace: a name and, optionally, the client, private notes, shared notes, rule settings and language.',
});

const updatableMembers = '"name", "client", "notes", "sharedNotes", "rules", "language"';

export const updateWorkspaceRequestSchema = requestEnvelope({
  name: name.optional(),
  client: client.optional(),
  notes: notes.optional(),
  sharedNotes: sharedNotes.optional(),
  rules: ruleSettingsField.optional(),
  language: workspaceLanguageSchema.optional(),
})
  .refine((body) => Object.keys(body).length > 0, {
    message: `Send at least one of ${updatableMembers} to change`,
  })
  .meta({
    id: 'UpdateWorkspaceRequest',
    description: `The members to change (${updatableMembers}); those left out keep their value. \`rules\` replaces the whole settings.`,
  });

export type CreateWorkspaceRequest = z.output<typeof createWorkspaceRequestSchema>;
export type UpdateWorkspaceRequest = z.output<typeof updateWorkspaceRequestSchema>;

export type Workspace = z.output<typeof workspaceSchema>;
