import type { Severity } from '../types.ts';

/** One code of the catalogue: its severity, and its message and hint from the arguments a rule gives. */
export interface Entry<A> {
  severity: Severity;
  /** Usage or configuration problems make `brief check` exit 2 rather than 1. */
  configuration?: boolean;
  message: (args: A) => string;
  hint?: (args: A) => string | undefined;
}

export function entry<A>(e: Entry<A>): Entry<A> {
  return e;
}

/** A value in backticks, as every message writes what it found. */
export const tick = (s: string | number) => `\`${s}\``;
