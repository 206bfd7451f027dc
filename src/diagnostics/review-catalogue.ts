import type { Severity } from '../types.ts';

const tick = (s: string | number) => `\`${s}\``;

/** How to record a verdict on claim `id`; and what to do about a claim a reviewer disputed. */
const MARK = (id: string) =>
  `Read it against the paragraphs it cites (\`brief review\`, or \`/review\` in \`brief dev\`) and record a verdict: \`brief review --mark ${id}=supported\` (or \`overstated\`, \`unsupported\`).`;
const REWORD =
  'Say no more than the cited paragraphs say, or cite one that says it; the verdict then goes stale, and `brief review` lists the claim (under a new id, if its words changed) to review again.';
const noted = (note: string | undefined) => (note ? ` The reviewer's note: ${tick(note)}.` : '');

/**
 * The review ledger's codes (src/provenance/): reported only when the deck
 * sets `review: required`, as a gate for CI; otherwise reviews are counted in
 * the summary, never reported. Each points at the claim.
 */
export const reviews = {
  BRF310: {
    severity: 'error',
    message: ({ id }: Unreviewed) => `Claim ${tick(id)} has not been reviewed, and the deck sets \`review: required\`.`,
    hint: ({ id }: Unreviewed) => MARK(id),
  },
  BRF311: {
    severity: 'error',
    message: ({ id, verdict, changes }: Stale) => `The verdict on claim ${tick(id)} (${tick(verdict)}) is stale: ${changes} since it was given.`,
    hint: ({ id }: Stale) => MARK(id),
  },
  BRF312: {
    severity: 'error',
    message: ({ id, note }: Disputed) => `Claim ${tick(id)} was reviewed as \`overstated\`: it says more than the paragraphs it cites.${noted(note)}`,
    hint: (_: Disputed) => REWORD,
  },
  BRF313: {
    severity: 'error',
    message: ({ id, note }: Disputed) => `Claim ${tick(id)} was reviewed as \`unsupported\`: the paragraphs it cites do not say it.${noted(note)}`,
    hint: (_: Disputed) => REWORD,
  },
} as const satisfies Record<string, ReviewEntry>;

/* Each code's arguments. */
type Unreviewed = { id: string };
type Stale = { id: string; verdict: string; changes: string };
type Disputed = { id: string; note?: string | undefined };

/** A catalogue entry (see catalogue.ts): written out, each message's arguments typed where it is. */
interface ReviewEntry {
  severity: Severity;
  message: (args: never) => string;
  hint?: (args: never) => string | undefined;
}
