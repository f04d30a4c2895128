import { directoryFormat } from '../directory/directory-format.js';
import { looksLikeMsGraph, readMsGraph } from '../msgraph/read-msgraph.js';

export const chartMsgraph = directoryFormat({
  dialect: 'msgraph',
  label: 'Microsoft Graph',
  description: 'Users of Microsoft Entra ID (Graph /users with manager or directReports).',
  looksLike: looksLikeMsGraph,
  readPeople: readMsGraph,
});
