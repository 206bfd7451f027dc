/** A mistake in how the command was called: reported in one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit codes every `brief` command keeps to. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
