/**
 * Everything the CLI takes from its process, passed in so that tests run the whole program
 * in-process: output writers, the working directory and what decides colours.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Files are resolved against this directory and reported relative to it. */
  cwd: string;
  /** Whether stdout is a terminal; colours are only on by default there. */
  stdoutIsTTY: boolean;
  /**
   * The environment variables that decide colours (https://no-color.org, FORCE_COLOR) and the
   * report's language (the POSIX locale).
   */
  env: {
    NO_COLOR?: string | undefined;
    FORCE_COLOR?: string | undefined;
    TERM?: string | undefined;
    LC_ALL?: string | undefined;
    LC_MESSAGES?: string | undefined;
    LANG?: string | undefined;
  };
}

/** The io of the running process; the only place the CLI reads process state. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    stdoutIsTTY: process.stdout.isTTY === true,
    env: {
      NO_COLOR: process.env.NO_COLOR,
      FORCE_COLOR: process.env.FORCE_COLOR,
      TERM: process.env.TERM,
      LC_ALL: process.env.LC_ALL,
      LC_MESSAGES: process.env.LC_MESSAGES,
      LANG: process.env.LANG,
    },
  };
}
