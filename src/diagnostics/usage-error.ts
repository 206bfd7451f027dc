/**
 * A mistake in how a command was called, or a project it cannot work on
 * (a missing folder, an output it may not replace): reported in one line,
 * exit code 2. Thrown wherever it is found; the CLI prints it.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit codes every `brief` command keeps to. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
