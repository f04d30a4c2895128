/** Thrown by applyPatch when an operation cannot apply to the chart (e.g. it names no position). */
export class PatchError extends Error {
  override readonly name = 'PatchError';
  constructor(
    /** Index of the failing operation in the patch. */
    readonly opIndex: number,
    /** Field of the operation that is wrong. */
    readonly field: string,
    message: string,
    /** Where inside that field, when it is an object (`["reportsTo"]` of an added position). */
    readonly subpath: readonly (string | number)[] = [],
  ) {
    super(message);
  }

  /** The error as an InputIssue under the given path prefix (the API puts it under `patch`). */
  toInputIssue(prefix: (string | number)[] = []) {
    return {
      path: [...prefix, this.opIndex, this.field, ...this.subpath],
      message: this.message,
    };
  }
}
