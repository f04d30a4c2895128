import { directoryFormat } from '../directory/directory-format.js';
import { looksLikeScim, readScim } from '../scim/read-scim.js';

export const chartScim = directoryFormat({
  dialect: 'scim',
  label: 'SCIM 2.0',
  description: 'Users of an identity provider (SCIM 2.0 ListResponse, enterprise manager).',
  looksLike: looksLikeScim,
  readPeople: readScim,
});
