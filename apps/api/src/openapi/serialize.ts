/** The committed form of the document: two-space JSON with a final newline. */
export function serializeOpenApi(document: object): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
