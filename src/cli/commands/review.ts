import { resolve } from 'node:path';
import { checkProject } from '../../check/check-project.ts';
import { isConfigurationProblem } from '../../diagnostics/diagnose.ts';
import { EXIT, UsageError } from '../../diagnostics/usage-error.ts';
import { writeFileAtomically } from '../../project/write-file.ts';
import type { DeckFolder } from '../../project/decks.ts';
import { writeLock, type LockRead } from '../../provenance/lock-file.ts';
import { isVerdict, markClaim, MAX_NOTE_LENGTH, VERDICTS, type Mark } from '../../provenance/mark-review.ts';
import { readLockedProject } from '../../provenance/read-locked-project.ts';
import { reviewLedger } from '../../provenance/review-ledger.ts';
import { formatLedgerMarkdown } from '../../provenance/review-markdown.ts';
import { printable } from '../../report/printable.ts';
import { reviewPage } from '../../render/review-page.ts';
import { clip } from '../../text/clip.ts';
import { formatCount, plural } from '../../text/plural.ts';
import type { CheckResult } from '../../types.ts';
import { claimOutputFile, markAsKitOutput } from '../output-file.ts';
import { chosenDeck } from '../deck-option.ts';

export interface ReviewOptions {
  root: string;
  format: string;
  out?: string;
  /** Replace an `--out` file the kit did not write. */
  force?: boolean;
  /** `CLAIM=VERDICT`: record a verdict instead of listing the claims. */
  mark?: unknown;
  note?: unknown;
  /** `--deck NAME`: which deck, in a project of several. */
  deck?: unknown;
}

/** How much of a claim's words the line after `--mark` shows. */
const CLAIM_PREVIEW = 70;

/**
 * `brief review`: every claim beside the full text of the paragraphs it
 * cites, with its id and review status (Markdown, or a page with `--format
 * html`); with `--mark CLAIM=VERDICT`, records a verdict in the lock.
 */
export async function runReview(options: ReviewOptions): Promise<number> {
  if (options.format !== 'md' && options.format !== 'html') throw new UsageError(`Unknown format \`${options.format}\`: use \`md\` or \`html\`.`);
  const mark = options.mark === undefined ? undefined : parseMark(options.mark, options.note);
  if (!mark && options.note !== undefined) throw new UsageError('`--note` goes with `--mark`: `brief review --mark CLAIM=overstated --note "…"`.');
  if (mark && options.out !== undefined) throw new UsageError('`--mark` records a verdict in the lock and writes no page: leave out `--out`.');
  const root = resolve(options.root);
  const { folder } = await chosenDeck(root, options.deck, 'review');
  const out = options.out === undefined ? undefined : await claimOutputFile(root, options.out, options.force === true);
  const { project, lock } = await readLockedProject(root, folder);
  const result = checkProject(project);
  const unreadable = result.diagnostics.find(isConfigurationProblem);
  if (unreadable) throw new UsageError(`Cannot read the project: ${unreadable.message} Run \`brief check\` for details.`);
  if (mark) return recordVerdict(root, folder, mark, lock, result);
  const ledger = reviewLedger(result, project.texts);
  const text = options.format === 'html' ? reviewPage(ledger, { kind: 'file' }) : formatLedgerMarkdown(ledger);
  if (out) {
    await writeFileAtomically(out, markAsKitOutput(text, 'review'));
    process.stderr.write(`Wrote ${options.out}: ${plural(ledger.entries.length, 'claim')}.\n`);
  } else {
    process.stdout.write(options.format === 'html' ? text : printable(text));
  }
  return EXIT.ok;
}

/** `--mark`: the verdict written into the lock, and one line saying what the claim was before. */
async function recordVerdict(root: string, folder: DeckFolder, mark: Mark, lock: LockRead, result: CheckResult): Promise<number> {
  if (lock.kind !== 'read') throw new UsageError(`There is no \`${folder.lock}\` yet, which verdicts are kept in: run \`brief lock\` to create it, then mark the claim again.`);
  const outcome = markClaim(lock.lock, result.reviews, result.sources, mark, new Date());
  if (outcome.kind === 'unknown') {
    throw new UsageError(`No claim \`${mark.claim}\` in the deck${outcome.nearest ? `: did you mean \`${outcome.nearest}\`?` : '.'} \`brief review\` lists the claims with their ids.`);
  }
  await writeLock(root, outcome.lock, folder.lock);
  const { was } = outcome;
  const before = was.kind === 'stale' ? `stale ${was.review.verdict}` : was.kind;
  process.stdout.write(printable(`Marked ${mark.claim} ${mark.verdict} (was ${before}): ${clip(outcome.review.text, CLAIM_PREVIEW)}\n`));
  return EXIT.ok;
}

/** `c3f2a1b9=supported` and the note, as a Mark; a usage error says what is wrong with them. */
function parseMark(value: unknown, note: unknown): Mark {
  if (typeof value !== 'string') throw new UsageError('Give `--mark` once, as `CLAIM=VERDICT`: `brief review --mark c3f2a1b9=supported`.');
  const [claim, verdict, ...rest] = value.split('=');
  if (!claim || verdict === undefined || rest.length > 0) throw new UsageError(`\`--mark ${value}\` is not \`CLAIM=VERDICT\`: write e.g. \`--mark c3f2a1b9=supported\`.`);
  if (!isVerdict(verdict)) throw new UsageError(`Unknown verdict \`${verdict}\`: use ${VERDICTS.map((v) => `\`${v}\``).join(', ')}.`);
  if (note !== undefined && typeof note !== 'string') throw new UsageError('Give `--note` once, as text: `--note "says always; the source says usually"`.');
  if (typeof note === 'string' && note.length > MAX_NOTE_LENGTH) throw new UsageError(`The note is ${formatCount(note.length)} characters long; keep it within ${formatCount(MAX_NOTE_LENGTH)}.`);
  return { claim, verdict, ...(note !== undefined ? { note } : {}) };
}
