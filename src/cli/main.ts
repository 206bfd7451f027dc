import { cac } from 'cac';
import { dropOutputOnClosedPipe } from './closed-pipe.ts';
import { joinNegativeValues, optionKey, typedValues, valueOptionFlags } from './option-values.ts';
import { requireProjectRoot } from './project-root.ts';
import { markStdin } from './stdin-argument.ts';
import { EXIT, UsageError } from '../diagnostics/usage-error.ts';

const VERSION = '0.1.0';

/** The help of options several commands share, written once. */
const ROOT = ['Project folder', { default: '.' }] as const;
const ONE_DECK = 'Which deck, in a project of several: its folder in decks/, or slides for slides/';
const EVERY_DECK = 'Which deck: its folder in decks/, or slides for slides/ (default: every deck)';
const REPLACE_OUT = 'Replace an --out file that briefing-kit did not write (never a slide or source)';

/**
 * Runs the `brief` command line and resolves to its exit code. Only programmer
 * errors throw. Each command's module is loaded when it runs, so `brief check`
 * does not pay for loading Vite or Playwright.
 */
export async function main(argv: readonly string[]): Promise<number> {
  dropOutputOnClosedPipe(process.stdout);
  dropOutputOnClosedPipe(process.stderr);
  const cli = cac('brief');

  cli
    .command('init [dir]', 'Start a briefing in a new folder: example slides and source, package.json, README, .gitignore and lock')
    .option('--source <file>', 'Import this document as a source instead of the example (repeatable): PDF, web page, Word file or text')
    .option('--add', 'Add the files a briefing lacks to a folder that is not empty (no file is replaced)')
    .option('--kit <spec>', 'What package.json depends on briefing-kit by: a tarball, a folder, a git URL or a version (default: this kit)')
    .action(async (dir: string | undefined, options) => (await import('./commands/init.ts')).runInit(dir, options));

  cli
    .command('check', 'Verify every citation and quotation in slides/ against assets/sources/')
    .option('--root <dir>', ...ROOT)
    .option('--format <format>', 'pretty, json or github', { default: 'pretty' })
    .option('--wpm <n>', 'Speaking pace for the timing warnings (default: the deck\'s wpm, else 130)')
    .option('--fix', 'Rewrite the ¶ numbers of citations whose text moved since `brief lock` (slide files only), then update the lock')
    .option('--dry-run', 'With --fix: list the rewrites, write nothing')
    .option('--deck <name>', EVERY_DECK)
    .action(async (options) => (await import('./commands/check.ts')).runCheck(options));

  cli
    .command('lock', 'Record in brief.lock.json what each citation points at, so that `brief check` finds it when a source changes')
    .option('--root <dir>', ...ROOT)
    .option('--deck <name>', EVERY_DECK)
    .action(async (options) => (await import('./commands/lock.ts')).runLock(options));

  cli
    .command('build', 'Check, then build the reveal.js deck into dist/ (opens from disk, no server needed)')
    .option('--root <dir>', ...ROOT)
    .option('--out-dir <dir>', 'Output folder', { default: 'dist' })
    .option('--deck <name>', 'Build this deck only, into its folder in the output (default: every deck: dist/NAME/ and an index page)')
    .action(async (options) => (await import('./commands/build.ts')).runBuild(options));

  cli
    .command('dev', 'Serve the deck on localhost, updating it as slides and sources change')
    .option('--root <dir>', ...ROOT)
    .option('--port <port>', 'Port (default: 5173, or the next free one)')
    .option('--host <host>', 'Address to listen on', { default: '127.0.0.1' })
    .option('--deck <name>', ONE_DECK)
    .action(async (options) => (await import('./commands/dev.ts')).runDev(options));

  cli
    .command('pdf', 'Print the deck to PDF through reveal\'s print view in headless Chromium')
    .option('--out <file>', 'Where to write the PDF (default: briefing.pdf, or NAME.pdf for a deck in decks/)')
    .option('--notes', 'Print each slide\'s speaker notes on a page after it (rehearsal copy)')
    .option('--fragments', 'One page per fragment step instead of each slide in its final state')
    .option('--chrome <path>', 'The Chromium or Chrome to print with (default: CHROME_PATH, then the usual places)')
    .option('--deck <name>', ONE_DECK)
    .option('--force', REPLACE_OUT)
    .option('--root <dir>', ...ROOT)
    .action(async (options) => (await import('./commands/pdf.ts')).runPdf(options));

  cli
    .command('screenshots', 'Open the built deck in headless Chromium at 1280×720: a PNG of every slide, and an error for each slide whose content runs past it')
    .option('--out-dir <dir>', 'Folder for the PNGs', { default: 'screenshots' })
    .option('--deck <name>', ONE_DECK)
    .option('--chrome <path>', 'The Chromium or Chrome to use (default: CHROME_PATH, then the usual places)')
    .option('--root <dir>', ...ROOT)
    .action(async (options) => (await import('./commands/screenshots.ts')).runScreenshots(options));

  cli
    .command('rehearse', 'Print a rehearsal script: each slide\'s target and cumulative time, and its notes in full')
    .option('--wpm <n>', 'Speaking pace in words per minute (default: the deck\'s wpm, else 130)')
    .option('--format <format>', 'md or html', { default: 'md' })
    .option('--out <file>', 'Write the script to a file instead of printing it')
    .option('--deck <name>', ONE_DECK)
    .option('--force', REPLACE_OUT)
    .option('--root <dir>', ...ROOT)
    .action(async (options) => (await import('./commands/rehearse.ts')).runRehearse(options));

  cli
    .command('review', 'List every claim beside the paragraphs it cites, with its review status; --mark records a verdict')
    .option('--format <format>', 'md or html', { default: 'md' })
    .option('--out <file>', 'Write the list to a file instead of printing it (--format html: a page to print or send)')
    .option('--force', REPLACE_OUT)
    .option('--mark <claim=verdict>', 'Record a verdict on a claim in brief.lock.json: supported, overstated or unsupported')
    .option('--note <note>', 'With --mark: why, in a sentence')
    .option('--deck <name>', ONE_DECK)
    .option('--root <dir>', ...ROOT)
    .action(async (options) => (await import('./commands/review.ts')).runReview(options));

  cli
    .command('import <file>', 'Write assets/sources/ID.md from a PDF, Word file, web page or text (- reads standard input), repairing it')
    .option('--id <id>', 'Source id: lowercase letters, digits and hyphens (default: the file name, e.g. memo for memo.docx)')
    .option('--title <title>', 'Title (default: the first line)')
    .option('--author <author>', 'Author (default: a byline under the title)')
    .option('--short <label>', 'Short label for citation markers, e.g. PISM')
    .option('--publisher <publisher>', 'Publisher')
    .option('--date <date>', 'Publication date')
    .option('--url <url>', 'Where the document is published')
    .option('--note <note>', 'A note on the document')
    .option('--header <line>', 'A running header or footer line to remove from text (repeatable)')
    .option('--no-repair', 'Import the text as it is: nothing removed, joined or moved')
    .option('--keep-pdf', 'Keep a PDF beside its source (assets/sources/ID.pdf): the source reader links each paragraph to its page')
    .option('--force', 'Replace an existing source')
    .option('--dry-run', 'Print the result with its ¶ numbers instead of writing it')
    .option('--root <dir>', ...ROOT)
    .action(async (file: string, options) => (await import('./commands/import.ts')).runImport(file, options));

  cli
    .command('sources [...id]', 'List the sources, or one source\'s numbered paragraphs; `sources diff ID`: what changed in it since `brief lock`')
    .option('--root <dir>', ...ROOT)
    .option('--deck <name>', 'With diff: which deck\'s lock, in a project of several')
    .action(async (args: string[], options) => (await import('./commands/sources-diff.ts')).runSourcesCommand(args, options));

  cli.help();
  cli.version(VERSION);

  try {
    const valueOptions = valueOptionFlags(cli.commands.flatMap((command) => command.options));
    const joined = markStdin(joinNegativeValues(argv, valueOptions), valueOptions);
    cli.parse(['node', 'brief', ...joined], { run: false });
    for (const [flag, value] of typedValues(joined, valueOptions)) cli.options[optionKey(flag)] = value;
    if (cli.options['help'] || cli.options['version']) return EXIT.ok;
    if (!cli.matchedCommand) {
      if (cli.args.length > 0) throw new UsageError(`Unknown command \`${cli.args[0]}\`. Run \`brief --help\` for the commands.`);
      cli.outputHelp();
      return EXIT.usage;
    }
    // Every command takes `--root`; a missing folder is refused before any command looks inside it.
    const root: unknown = cli.options['root'];
    if (typeof root === 'string') await requireProjectRoot(root);
    return (await cli.runMatchedCommand()) as number;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof Error && error.name === 'CACError')) {
      process.stderr.write(`brief: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
