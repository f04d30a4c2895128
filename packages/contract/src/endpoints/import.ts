import { z } from 'zod';
import {
  directoryDocumentSchema,
  importQuerySchema,
  importResponseSchema,
} from '../schemas/import.js';
import { defineEndpoint } from './endpoint.js';
import { commonProblems, problemResponse } from './responses.js';

const exampleScim = {
  schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
  totalResults: 2,
  startIndex: 1,
  itemsPerPage: 2,
  Resources: [
    { id: 'u-1', userName: 'mette@acme.dk', displayName: 'Mette Jensen', title: 'CEO' },
    {
      id: 'u-2',
      userName: 'lars@acme.dk',
      displayName: 'Lars Holm',
      title: 'CTO',
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {
        department: 'Technology',
        manager: { value: 'u-1' },
      },
    },
  ],
};

export const importChart = defineEndpoint({
  operationId: 'importChart',
  method: 'post',
  path: '/api/v1/import',
  auth: 'open',
  tags: ['Charts'],
  summary: 'Read a chart from a directory or an HR export, and check it',
  description:
    'The body is the document in its own media type: JSON for `scim`, `msgraph` and `google-directory`, `text/csv` for `csv` (UTF-8, UTF-16 with its byte order mark, or Windows-1252), the XLSX media type for `xlsx` (first sheet with data). Every active person or row becomes a position; department, location, employee number, FTE and cost are kept on it. What could not be mapped is in `issues`, each with where and why; the chart’s findings are in `report`. CSV and workbook columns are mapped from their headers as the editor guesses them. Nothing is stored.',
  request: {
    query: importQuerySchema,
    body: {
      mediaType: 'application/json',
      required: true,
      schema: directoryDocumentSchema,
      examples: { scim: { summary: 'A SCIM ListResponse (?format=scim)', value: exampleScim } },
      otherMediaTypes: {
        'text/csv': {
          schema: z.string().meta({ description: 'A header row, then a row per position.' }),
          example:
            'Medarbejdernr.;Navn;Stilling;Leder;Afdeling\n1001;Mette Jensen;Administrerende direktør;;Direktion\n1002;Lars Holm;CTO;1001;Teknologi\n',
        },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
          schema: z.string().meta({ format: 'binary', description: 'An Excel workbook.' }),
        },
      },
    },
  },
  responses: {
    '200': {
      description: 'The chart, what could not be mapped, and the chart’s validation report.',
      content: { 'application/json': { schema: importResponseSchema } },
    },
    '400': problemResponse('No or an unknown `format`, no body, or JSON that is not UTF-8.'),
    '408': problemResponse('The request body did not arrive in time.'),
    '413': problemResponse(
      'The body is over the size limit, or the document has more people than the server accepts (type /api/problems/too-many-positions).',
    ),
    '415': problemResponse(
      'The body’s media type is not one the import reads, or not the one the format needs (JSON for the directories, text/csv, the XLSX type).',
    ),
    '422': problemResponse(
      'The document cannot be read as the format named (type /api/problems/unreadable-document); `errors` names each place.',
    ),
    ...commonProblems,
  },
});
