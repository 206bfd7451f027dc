import { resolve } from 'node:path';
import { UsageError } from '../../diagnostics/usage-error.ts';
import { exitCodeOf } from '../exit-code.ts';
import { parseWpm } from '../wpm-option.ts';
import { useColor } from '../color.ts';
import type { LockRead } from '../../provenance/lock-file.ts';
import type { DeckFolder } from '../../project/decks.ts';
import { chosenDecks } from '../deck-option.ts';
import { allDiagnostics, allTexts, deckSummaryLines, totalSummary, type DeckCheck } from '../several-decks.ts';
import type { Checked } from './fix-drift.ts';
import { plural } from '../../text/plural.ts';
import type { CheckResult } from '../../types.ts';

const CHECK_FORMATS = ['pretty', 'json', 'github'] as const;
type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckOptions {
  root: string;
  format: string;
  wpm?: string | number;
  /** Rewrite the ¶ numbers of citations whose paragraphs moved since `brief lock` (fix-drift.ts). */
  fix?: boolean;
  /** With `fix`: list the rewrites, write nothing. */
  dryRun?: boolean;
  /** `--deck NAME`: check that deck only; without it, every deck of the project. */
  deck?: unknown;
}

/** `brief check`: verify slides and sources, print diagnostics, exit 0, 1 (errors) or 2 (usage or configuration). */
export async function runCheck(options: CheckOptions): Promise<number> {
  const format = parseFormat(options.format);
  const wpm = parseWpm(options.wpm);
  if (options.dryRun && !options.fix) throw new UsageError('`--dry-run` goes with `--fix`: `brief check --fix --dry-run` lists the rewrites without making them.');
  const [{ checkProject }, { readLockedProject }] = await Promise.all([import('../../check/check-project.ts'), import('../../provenance/read-locked-project.ts')]);
  const root = resolve(options.root);
  const { chosen } = await chosenDecks(root, options.deck);
  const decks: CheckedDeck[] = [];
  for (const folder of chosen) {
    const check = async () => {
      const { project, lock } = await readLockedProject(root, folder);
      return { project, lock, result: checkProject({ ...project, ...(wpm ? { wpm } : {}) }) };
    };
    let checked = await check();
    if (options.fix) {
      const { fixDrift } = await import('./fix-drift.ts');
      // The list of rewrites goes where it cannot break a JSON report or a CI log's annotations.
      const log = (line: string) => (format === 'pretty' ? process.stdout : process.stderr).write(`${chosen.length > 1 ? `${folder.slides}/: ` : ''}${line}\n`);
      checked = await fixDrift(root, folder, checked, check, { dryRun: options.dryRun === true, log });
    }
    decks.push({ folder, ...checked });
  }
  const diagnostics = allDiagnostics(decks.map(deckCheck));
  if (options.fix && options.dryRun) return exitCodeOf(diagnostics);
  process.stdout.write(await (decks.length === 1 ? oneDeckReport(decks[0] as CheckedDeck, format) : severalDecksReport(decks, format)));
  return exitCodeOf(diagnostics);
}

/** A deck as read (with its lock) and checked. */
interface CheckedDeck extends Checked {
  folder: DeckFolder;
}

/** The report of one deck's check, as `brief check` has always printed it. */
async function oneDeckReport({ project, lock, result }: CheckedDeck, format: CheckFormat): Promise<string> {
  const { formatGithub, formatJson, formatPretty } = await reporters();
  if (format === 'json') return formatJson(result.diagnostics, result.summary, project.texts);
  if (format === 'github') return formatGithub(result.diagnostics, result.summary, project.texts);
  return formatPretty(result.diagnostics, result.summary, project.texts, { color: useColor(process.stdout) }) + (await provenanceNote(lock, result));
}

/**
 * The report of several decks' checks: their diagnostics, each once, then
 * each deck's summary line (and, in pretty output, its provenance note),
 * headed by its folder. JSON adds each deck's summary under `decks`.
 */
async function severalDecksReport(decks: readonly CheckedDeck[], format: CheckFormat): Promise<string> {
  const { formatDiagnostics, githubAnnotations, jsonDiagnostics } = await reporters();
  const checks = decks.map(deckCheck);
  const diagnostics = allDiagnostics(checks);
  const texts = allTexts(checks);
  if (format === 'json') {
    const each = decks.map(({ folder, result }) => ({ name: folder.name, folder: `${folder.slides}/`, summary: result.summary }));
    return `${JSON.stringify({ diagnostics: jsonDiagnostics(diagnostics, texts), summary: totalSummary(checks, diagnostics), decks: each })}\n`;
  }
  if (format === 'github') return [...githubAnnotations(diagnostics, texts), deckSummaryLines(checks)].join('\n');
  let notes = '';
  for (const { folder, lock, result } of decks) {
    const note = await provenanceNote(lock, result);
    if (note) notes += `${folder.slides}/: ${note}`;
  }
  return formatDiagnostics(diagnostics, texts, { color: useColor(process.stdout) }) + deckSummaryLines(checks) + notes;
}

function deckCheck({ folder, project, result }: CheckedDeck): DeckCheck {
  return { folder, diagnostics: result.diagnostics, summary: result.summary, texts: project.texts };
}

async function reporters() {
  const [{ formatGithub, githubAnnotations }, { formatJson, jsonDiagnostics }, { formatDiagnostics, formatPretty }] = await Promise.all([
    import('../../report/github.ts'),
    import('../../report/json.ts'),
    import('../../report/pretty.ts'),
  ]);
  return { formatGithub, githubAnnotations, formatJson, jsonDiagnostics, formatDiagnostics, formatPretty };
}

/** A line after the summary, in pretty output only: that provenance is not locked, or that citations written since the lock are not in it yet. */
async function provenanceNote(lock: LockRead, result: CheckResult): Promise<string> {
  if (lock.kind === 'missing') return 'Provenance is not locked: `brief lock` records what each citation points at, so that `brief check` finds it when a source changes.\n';
  if (lock.kind === 'invalid') return '';
  const { unlockedCitations } = await import('../../provenance/keyed-citations.ts');
  const count = unlockedCitations(lock.lock, result.deck, result.verification);
  if (count === 0) return '';
  const [are, them] = count === 1 ? ['is', 'it'] : ['are', 'them'];
  return `${plural(count, 'citation')} ${are} not in the lock yet (new, or in a reworded claim): \`brief lock\` records ${them}, so that a source change under ${them} is found.\n`;
}

function parseFormat(format: string): CheckFormat {
  if ((CHECK_FORMATS as readonly string[]).includes(format)) return format as CheckFormat;
  throw new UsageError(`Unknown format \`${format}\`: use ${CHECK_FORMATS.map((f) => `\`${f}\``).join(', ')}.`);
}
