import { resolve } from 'node:path';
import { UsageError } from '../../diagnostics/usage-error.ts';
import { exitCodeOf } from '../exit-code.ts';
import { parseWpm } from '../wpm-option.ts';
import { useColor } from '../color.ts';
import type { LockRead } from '../../provenance/lock-file.ts';
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
}

/** `brief check`: verify slides and sources, print diagnostics, exit 0, 1 (errors) or 2 (usage or configuration). */
export async function runCheck(options: CheckOptions): Promise<number> {
  const format = parseFormat(options.format);
  const wpm = parseWpm(options.wpm);
  if (options.dryRun && !options.fix) throw new UsageError('`--dry-run` goes with `--fix`: `brief check --fix --dry-run` lists the rewrites without making them.');
  const [{ checkProject }, { readLockedProject }, { formatGithub }, { formatJson }, { formatPretty }] = await Promise.all([
    import('../../check/check-project.ts'),
    import('../../provenance/read-locked-project.ts'),
    import('../../report/github.ts'),
    import('../../report/json.ts'),
    import('../../report/pretty.ts'),
  ]);
  const root = resolve(options.root);
  const check = async () => {
    const { project, lock } = await readLockedProject(root);
    return { project, lock, result: checkProject({ ...project, ...(wpm ? { wpm } : {}) }) };
  };
  let { project, lock, result } = await check();
  if (options.fix) {
    const { fixDrift } = await import('./fix-drift.ts');
    // The list of rewrites goes where it cannot break a JSON report or a CI log's annotations.
    const log = (line: string) => (format === 'pretty' ? process.stdout : process.stderr).write(`${line}\n`);
    ({ project, lock, result } = await fixDrift(root, { project, lock, result }, check, { dryRun: options.dryRun === true, log }));
    if (options.dryRun) return exitCodeOf(result.diagnostics);
  }
  const print = {
    pretty: () => formatPretty(result.diagnostics, result.summary, project.texts, { color: useColor(process.stdout) }),
    json: () => formatJson(result.diagnostics, result.summary, project.texts),
    github: () => formatGithub(result.diagnostics, result.summary, project.texts),
  }[format];
  process.stdout.write(print());
  if (format === 'pretty') process.stdout.write(await provenanceNote(lock, result));
  return exitCodeOf(result.diagnostics);
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
