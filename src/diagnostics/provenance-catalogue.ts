import type { Severity } from '../types.ts';

const tick = (s: string | number) => `\`${s}\``;

/** A paragraph of a source as messages name it: `` `udhr` ¶3 ``. */
const cited = (id: string, paragraphs: string) => `${tick(id)} ${paragraphs}`;

/* Each code's arguments. */
type Moved = { id: string; from: string; to: string; reason: string; fixable: boolean };
type Edited = { id: string; paragraph: string; diff: string };
type Relocated = { id: string; from: string; to: string; quote: string; fixable: boolean };
type Reworded = { id: string; from: string; to: string; quote?: string; diff: string };
type Gone = { id: string; from: string; quote?: string; before: string };
type Ambiguous = { id: string; from: string; places: string; quote?: string; context: boolean };
type Unreadable = { file: string; reason: string };

const BY_HAND = 'another paragraph this citation cites cannot be placed for certain (see its own message), so `brief check --fix` leaves it alone';

/**
 * Provenance drift (src/provenance/drift.ts): what became of a cited paragraph
 * or a quotation since `brief lock`, each at the citation's ¶ reference.
 * BRF301–BRF309; the review ledger has BRF310–BRF319. README, "Provenance".
 */
export const provenance = {
  BRF301: {
    severity: 'error',
    message: ({ id, from, to, reason }: Moved) => `${cited(id, from)} is now ${to} (${reason}).`,
    hint: ({ from, to, fixable }: Moved) =>
      fixable
        ? `Its text is unchanged; \`brief check --fix\` rewrites the citation (${from} → ${to}).`
        : `Its text is unchanged, so cite ${to}; ${BY_HAND}.`,
  },
  BRF302: {
    severity: 'warning',
    message: ({ id, paragraph }: Edited) => `${cited(id, paragraph)} has changed since the lock.`,
    hint: ({ diff }: Edited) => `What changed: ${tick(diff)}. Read the claim against the new wording; when it still holds, \`brief lock\` accepts the change.`,
  },
  BRF303: {
    severity: 'error',
    message: ({ id, from, to, quote }: Relocated) => `The quotation ${tick(quote)} is no longer in ${cited(id, from)}: it now occurs in ${to}.`,
    hint: ({ from, to, fixable }: Relocated) =>
      fixable
        ? `It occurs there once, with the words around it as they were; \`brief check --fix\` rewrites the citation (${from} → ${to}).`
        : `Cite ${to}; ${BY_HAND}.`,
  },
  BRF304: {
    severity: 'error',
    message: ({ id, from, to, quote }: Reworded) =>
      quote
        ? `The quotation ${tick(quote)} is no longer word for word in ${cited(id, from)}: ${to} has it reworded.`
        : `${cited(id, from)} has changed and moved: it is most like ${to} now.`,
    hint: ({ to, quote, diff }: Reworded) =>
      quote
        ? `The source now reads: ${tick(diff)}. Quote its present words (and cite ${to}), or drop the quotation; a reworded quotation is never fixed for you: the quoted words are the evidence.`
        : `What changed: ${tick(diff)}. If ${to} still says what the slide claims, cite it; a changed paragraph is never re-cited for you.`,
  },
  BRF305: {
    severity: 'error',
    message: ({ id, from, quote }: Gone) =>
      quote ? `The quotation ${tick(quote)} no longer occurs in ${tick(id)} (it was in ${from}).` : `${cited(id, from)} is gone: no paragraph of the source reads like it now.`,
    hint: ({ id, before }: Gone) => `It read: ${tick(before)}. \`brief sources diff ${id}\` shows what changed; cite what the source says now, or remove the claim.`,
  },
  BRF306: {
    severity: 'error',
    message: ({ id, from, places, quote, context }: Ambiguous) =>
      !quote
        ? `The text of ${cited(id, from)} now occurs at ${places}.`
        : context
          ? `The quotation ${tick(quote)} is no longer in ${cited(id, from)}; it occurs in ${places}, but the words around it changed.`
          : `The quotation ${tick(quote)} is no longer in ${cited(id, from)}; it occurs in ${places}.`,
    hint: (_: Ambiguous) => 'Cite the paragraph you mean: `brief check --fix` does not choose between places.',
  },
  BRF307: {
    severity: 'error',
    configuration: true,
    message: ({ file, reason }: Unreadable) => `The provenance lock ${tick(file)} cannot be read: ${reason}.`,
    hint: (_: Unreadable) => 'Restore it from version control, or delete it and run `brief lock` to record the project as it is now (verdicts in it are lost).',
  },
} as const satisfies Record<string, ProvenanceEntry>;

/** A catalogue entry (see catalogue.ts): written out, each message's arguments typed where it is. */
interface ProvenanceEntry {
  severity: Severity;
  configuration?: boolean;
  message: (args: never) => string;
  hint?: (args: never) => string | undefined;
}
