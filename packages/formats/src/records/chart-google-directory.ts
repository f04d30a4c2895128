import { directoryFormat } from '../directory/directory-format.js';
import { looksLikeGoogleDirectory, readGoogleDirectory } from '../google/read-google-directory.js';

export const chartGoogleDirectory = directoryFormat({
  dialect: 'google-directory',
  label: 'Google Directory',
  description: 'Users of Google Workspace (Directory users with their manager relation).',
  looksLike: looksLikeGoogleDirectory,
  readPeople: readGoogleDirectory,
});
