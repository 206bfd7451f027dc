/**
 * What a lone `-` (standard input) becomes before cac parses the command
 * line: mri, under cac, reads `-` as a flag with no name and drops it. No
 * file can have this name, so it cannot be mistaken for one.
 */
export const STDIN_ARGUMENT = '\u0000stdin';

/** The command line with each lone `-` that is not an option's value replaced by STDIN_ARGUMENT. */
export function markStdin(argv: readonly string[], valueOptions: ReadonlySet<string>): string[] {
  return argv.map((arg, index) => (arg === '-' && !valueOptions.has(argv[index - 1] ?? '') ? STDIN_ARGUMENT : arg));
}
