import { resolve } from 'node:path';
import { checkProject } from '../../check/check-project.ts';
import { writeFileAtomically } from '../../project/write-file.ts';
import { readProject } from '../../project/read-project.ts';
import { formatScriptHtml, formatScriptMarkdown } from '../../rehearsal/format-script.ts';
import { rehearsalScript, type RehearsalScript } from '../../rehearsal/script.ts';
import { Sanitizer } from '../../render/sanitizer.ts';
import { DEFAULT_WPM } from '../../pacing/timing.ts';
import { claimOutputFile, markAsKitOutput } from '../output-file.ts';
import { EXIT, UsageError } from '../../diagnostics/usage-error.ts';
import { parseWpm } from '../wpm-option.ts';
import { chosenDeck } from '../deck-option.ts';
import { plural } from '../../text/plural.ts';
import { isConfigurationProblem } from '../../diagnostics/diagnose.ts';

export interface RehearseOptions {
  root: string;
  wpm?: string | number;
  format: string;
  out?: string;
  /** Replace an `--out` file the kit did not write. */
  force?: boolean;
  /** `--deck NAME`: which deck, in a project of several. */
  deck?: unknown;
}

/**
 * `brief rehearse`: the rehearsal script: each slide's title, target time,
 * cumulative time, the time its notes take to say, and the notes in full.
 */
export async function runRehearse(options: RehearseOptions): Promise<number> {
  if (options.format !== 'md' && options.format !== 'html') throw new UsageError(`Unknown format \`${options.format}\`: use \`md\` or \`html\`.`);
  const wpm = parseWpm(options.wpm);
  const root = resolve(options.root);
  const { folder } = await chosenDeck(root, options.deck, 'rehearse');
  const out = options.out === undefined ? undefined : await claimOutputFile(root, options.out, options.force === true);
  const project = await readProject(root, folder.slides);
  const result = checkProject({ ...project, ...(wpm ? { wpm } : {}) });
  const unreadable = result.diagnostics.find(isConfigurationProblem);
  if (unreadable) throw new UsageError(`Cannot read the project: ${unreadable.message} Run \`brief check\` for details.`);
  const script = rehearsalScript(result, wpm ?? result.deck.settings.wpm ?? DEFAULT_WPM);
  const text = options.format === 'html' ? await scriptPage(script) : formatScriptMarkdown(script);
  if (out) {
    await writeFileAtomically(out, markAsKitOutput(text, 'rehearse'));
    process.stderr.write(`Wrote ${options.out}: ${plural(script.entries.length, 'slide')}.\n`);
  } else {
    process.stdout.write(text);
  }
  return EXIT.ok;
}

/** The script as a page; the sanitizer's thread is ended when it is written, so no jsdom outlives the command. */
async function scriptPage(script: RehearsalScript): Promise<string> {
  const sanitizer = new Sanitizer();
  try {
    return await formatScriptHtml(script, sanitizer);
  } finally {
    await sanitizer.stop();
  }
}
