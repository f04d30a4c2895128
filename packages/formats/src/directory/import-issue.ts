/**
 * Something in an imported document that did not make it into the chart as it stood: `where` is
 * the place in the document (`Resources[12]["urn:…:enterprise:2.0:User"].manager.value`, `Row 7,
 * column 'Leder'`), `why` what happened to it. The chart is still made; these say what to fix at
 * the source.
 */
export interface ImportIssue {
  where: string;
  why: string;
}

/** "Resources[12].title: no job title" as one line, for lists and the CLI. */
export function formatImportIssue(issue: ImportIssue): string {
  return `${issue.where}: ${issue.why}`;
}
