/** The exit codes of every command, as documented in the README and `orgwise --help`. */
export const ExitCode = {
  /** Nothing over the threshold. */
  Ok: 0,
  /** Errors were found, or more warnings than --max-warnings. */
  Findings: 1,
  /** Wrong usage, or input that could not be read or is malformed. */
  InputError: 2,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
