import { resolve } from 'node:path';
import { checkProject } from '../../check/check-project.ts';
import { EXIT, UsageError } from '../../diagnostics/usage-error.ts';
import { keyedCitations } from '../../provenance/keyed-citations.ts';
import { readLockedProject } from '../../provenance/read-locked-project.ts';
import { SourceChanges } from '../../provenance/source-changes.ts';
import { sourceDiff, type ParagraphChange } from '../../provenance/source-diff.ts';
import { Locator } from '../../report/locate.ts';
import { printable } from '../../report/printable.ts';
import { clip } from '../../text/clip.ts';
import { plural } from '../../text/plural.ts';
import type { Span } from '../../types.ts';
import { runSources } from './sources.ts';
import { chosenDeck } from '../deck-option.ts';

const PREVIEW = 90;

/** `brief sources [ID]` or `brief sources diff ID`. */
export async function runSourcesCommand(args: readonly string[], options: { root: string; deck?: unknown }): Promise<number> {
  const [first, second, ...rest] = args;
  if (rest.length > 0 || (second !== undefined && first !== 'diff')) {
    throw new UsageError('`brief sources` takes one source id (`brief sources ID`), or `diff ID` (`brief sources diff ID`).');
  }
  return first === 'diff' && second !== undefined ? runSourcesDiff(second, options) : runSources(first, options);
}

/**
 * `brief sources diff ID`: what changed in a source since `brief lock`,
 * paragraph by paragraph, in the source's present order, each with the
 * slides (file:line) whose citations point at it: as locked for a paragraph
 * that moved, changed or went, as written now for one added.
 */
export async function runSourcesDiff(id: string, options: { root: string; deck?: unknown }): Promise<number> {
  const root = resolve(options.root);
  const { folder } = await chosenDeck(root, options.deck, 'sources diff');
  const { project, lock: read } = await readLockedProject(root, folder);
  if (read.kind === 'missing') throw new UsageError(`Nothing to compare \`${id}\` with: there is no \`${folder.lock}\` yet; \`brief lock\` records the sources as they are.`);
  if (read.kind === 'invalid') throw new UsageError(`Nothing to compare \`${id}\` with: the lock \`${folder.lock}\` cannot be read: ${read.reason}.`);
  const result = checkProject(project);
  const source = result.sources.get(id);
  if (!source) throw new UsageError(`Unknown source \`${id}\`; \`brief sources\` lists them.`);
  const locked = read.lock.sources.find((s) => s.id === id);
  if (!locked) throw new UsageError(`Nothing to compare \`${id}\` with: it is not in \`${folder.lock}\`, so it was added after the last \`brief lock\`.`);

  const locator = new Locator(project.texts);
  const at = (span: Span) => `${span.file}:${locator.index(span.file).locate(span.offset).line}`;
  // Where each locked citation of the source stands now (by its key), or its file if it is no longer there.
  const now = new Map(keyedCitations(result.deck, result.verification).map((k) => [k.key, k.citation.span]));
  const citedThen = (n: number) =>
    read.lock.citations.filter((c) => c.cited.some((p) => p.source === id && p.paragraph === n)).map((c) => {
      const span = now.get(c.key);
      return span ? at(span) : c.file;
    });
  const citedNow = (n: number) =>
    result.verification.citations.filter((c) => c.paragraphs.some((p) => p.sourceId === id && p.paragraph === n)).map((c) => at(c.citation.span));

  const diff = sourceDiff(new SourceChanges(locked, source));
  const counts = (['added', 'edited', 'moved', 'removed'] as const).map((kind) => `${diff.changes.filter((c) => c.kind === kind).length} ${kind}`);
  process.stdout.write(`\`${id}\` since the lock: ${counts.join(', ')}, ${diff.unchanged} unchanged (${plural(source.paragraphs.length, 'paragraph')} now).\n`);
  for (const change of diff.changes) {
    const cited = [...new Set(change.kind === 'added' ? citedNow(change.to) : citedThen(change.from))];
    const columns = [...describe(change), cited.length ? `cited at ${cited.join(', ')}` : 'not cited'];
    process.stdout.write(`${printable(columns.join('\t'))}\n`);
  }
  return EXIT.ok;
}

/** `¶2 → ¶3`, what happened, and the words: a removed or added paragraph's, a moved one's first, an edited one's word diff. */
function describe(change: ParagraphChange): string[] {
  switch (change.kind) {
    case 'moved':
      return [`¶${change.from} → ¶${change.to}`, 'moved', clip(change.text, PREVIEW)];
    case 'edited':
      return [change.from === change.to ? `¶${change.from}` : `¶${change.from} → ¶${change.to}`, 'edited', change.diff];
    case 'added':
      return [`new ¶${change.to}`, 'added', clip(change.text, PREVIEW)];
    case 'removed':
      return [`¶${change.from}`, 'removed', clip(change.text, PREVIEW)];
  }
}
