import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, UsageError } from '../../diagnostics/usage-error.ts';
import { repairPlace } from '../../import/repair.ts';
import { exists } from '../../project/exists.ts';
import { findDecks, SLIDES_DECK } from '../../project/decks.ts';
import { SLIDES_DIR, SOURCES_DIR } from '../../project/read-project.ts';
import { shownPath } from '../../project/shown-path.ts';
import { parseSource } from '../../sources/parse-source.ts';
import { sourceIdForDocument, suggestSourceId } from '../../sources/source-id.ts';
import { plural } from '../../text/plural.ts';
import { EXAMPLE_SOURCE, EXAMPLE_SOURCE_ID, exampleSlide, GITIGNORE, packageJson, readme, titleSlide, type StarterBriefing } from '../starter-briefing.ts';
import { importReadable, readInput } from './import.ts';
import { lockDeck } from './lock.ts';

export interface InitOptions {
  /** `--source FILE`, once or more: documents imported as the first sources, in place of the example. */
  source?: unknown;
  /** Add the files a briefing lacks to a folder that is not empty; never replace one. */
  add?: boolean;
  /** What the new `package.json` depends on the kit by: a path (to a tarball or a folder), a git URL or a version. */
  kit?: unknown;
}

/** A file `brief init` writes, relative to the new briefing's folder. */
interface StarterFile {
  path: string;
  text: string;
}

/** The kit that is running (this module is in its src/cli/commands/ or lib/cli/commands/): what a new briefing depends on, unless told. */
const KIT = fileURLToPath(new URL('../../../', import.meta.url));

/** What may be in a folder `brief init` calls empty: a repository created first (`git init`). */
const ALLOWED_IN_EMPTY = new Set(['.git']);

/**
 * `brief init [DIR]`: a new briefing that checks and builds at once: a title
 * slide and one cited example slide in `slides/`, the source it cites in
 * `assets/sources/` (or the documents given with `--source`, imported), a
 * `package.json` whose scripts run brief and which depends on the kit, a
 * README, a `.gitignore`, and the provenance lock, written as `brief lock`
 * writes it. Refuses a folder that is not empty unless `--add` is given, and
 * then writes only the files that are missing (and no slides into a project
 * that has a deck). Never replaces a file.
 */
export async function runInit(dir: string | undefined, options: InitOptions): Promise<number> {
  const root = resolve(dir ?? '.');
  const shown = shownPath(root, true);
  await refuseUnlessEmpty(root, shown, options.add === true);
  const imported = await importSources(paths(options.source));
  const cited = imported.length ? imported.find((source) => source.paragraphs > 0) : { id: EXAMPLE_SOURCE_ID };
  if (!cited) throw new UsageError(`No paragraph to cite in ${imported.map((source) => `\`${source.input}\``).join(', ')}: the example slide needs one. Import a document with text, or leave out \`--source\`.`);

  const folder = basename(root);
  const briefing: StarterBriefing = { folder, packageName: suggestSourceId(folder), kitSpec: kitSpec(root, options.kit), cited: { id: cited.id, example: imported.length === 0 } };
  const sources: StarterFile[] = imported.length ? imported.map(({ id, markdown }) => ({ path: `${SOURCES_DIR}/${id}.md`, text: markdown })) : [{ path: `${SOURCES_DIR}/${EXAMPLE_SOURCE_ID}.md`, text: EXAMPLE_SOURCE }];
  const hasDeck = await holdsDeck(root);
  const deck: StarterFile[] = hasDeck
    ? []
    : [
        { path: `${SLIDES_DIR}/01-title.md`, text: titleSlide(briefing) },
        { path: `${SLIDES_DIR}/02-example.md`, text: exampleSlide(briefing) },
      ];
  const files: StarterFile[] = [
    ...deck,
    // The example source only goes with the example slide that cites it; imported sources always go.
    ...(hasDeck && !imported.length ? [] : sources),
    { path: 'package.json', text: packageJson(briefing) },
    { path: 'README.md', text: readme(briefing) },
    { path: '.gitignore', text: GITIGNORE },
  ];

  const written: string[] = [];
  const kept: string[] = [];
  for (const file of files) ((await writeNew(join(root, file.path), file.text)) ? written : kept).push(file.path);
  process.stdout.write(written.length ? `Created ${shown}: ${written.join(', ')}.\n` : `Nothing to add to ${shown}: it has every file \`brief init\` writes.\n`);
  if (written.length && kept.length) process.stdout.write(`Kept, as they were: ${kept.join(', ')}.\n`);
  if (hasDeck) process.stdout.write(`The project has a deck already: no slides written.\n`);

  // The lock goes with the new deck: a project that had one has its own lock, or chose to have none.
  const code = deck.length && !(await exists(join(root, SLIDES_DECK.lock))) ? await lockDeck(root, SLIDES_DECK) : EXIT.ok;
  if (code === EXIT.ok) process.stdout.write(nextSteps(root, briefing.kitSpec));
  return code;
}

/** A folder that is missing, or holds nothing (but a `.git`), may become a briefing; another only with `--add`. */
async function refuseUnlessEmpty(root: string, shown: string, add: boolean): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(root);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') throw new UsageError(`Cannot start a briefing in \`${shownPath(root)}\`: it is a file, not a folder. Choose a new folder.`);
    throw new UsageError(`Cannot start a briefing in \`${shown}\`: ${(error as Error).message}.`);
  }
  if (add || entries.every((name) => ALLOWED_IN_EMPTY.has(name))) return;
  throw new UsageError(
    `\`${shown}\` is not empty (it holds ${plural(entries.length, 'entry', 'entries')}), and \`brief init\` starts a briefing in a new or empty folder. ` +
      'Pass `--add` to add only the files it lacks (no file is replaced), or choose another folder.',
  );
}

/** Whether the project has slides already: a `decks/` folder, or slide files in `slides/`. */
async function holdsDeck(root: string): Promise<boolean> {
  if ((await findDecks(root)).layout === 'several') return true;
  const names = await readdir(join(root, SLIDES_DIR)).catch(() => []);
  return names.some((name) => /\.(md|markdown)$/i.test(name));
}

/** An imported `--source` document: its id (from its file name), the source file, and how many paragraphs it has to cite. */
interface ImportedStart {
  input: string;
  id: string;
  markdown: string;
  paragraphs: number;
}

/**
 * Imports each document as `brief import` does, listing its repairs, with an
 * id from its file name (`Annual Report.pdf` is `annual-report`) and, where
 * the document names none, its file name as its title.
 */
async function importSources(inputs: readonly string[]): Promise<ImportedStart[]> {
  const imported: ImportedStart[] = [];
  for (const input of inputs) {
    const stem = basename(input, extname(input));
    const taken = new Set(imported.map((source) => source.id));
    const base = sourceIdForDocument(input);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    const bytes = await readInput(input);
    let source = await importReadable(bytes, input, { meta: {} });
    if (!source.meta.title) source = await importReadable(bytes, input, { meta: { title: stem } });
    for (const repair of source.repairs) process.stderr.write(`${repairPlace(input, repair)}: ${repair.description}\n`);
    const { source: parsed } = parseSource({ path: `${SOURCES_DIR}/${id}.md`, text: source.markdown });
    imported.push({ input, id, markdown: source.markdown, paragraphs: parsed.paragraphs.length });
  }
  return imported;
}

/**
 * The kit as the new `package.json` names it: `--kit` as given (a git URL, a
 * version), or, for a path that exists (a tarball or a folder), a `file:`
 * path relative to the briefing; without `--kit`, the kit that is running.
 */
function kitSpec(root: string, kit: unknown): string {
  if (kit !== undefined && typeof kit !== 'string') throw new UsageError('Give `--kit` once: the briefing-kit to depend on, as a path to its tarball or folder, a git URL or a version.');
  const path = kit === undefined ? KIT : resolve(kit);
  if (kit !== undefined && !looksLikePath(kit)) return kit;
  return `file:${relative(root, path).split(sep).join('/') || '.'}`;
}

/** A spec npm would read as a path: one that starts like a path or ends like a tarball. */
function looksLikePath(spec: string): boolean {
  return isAbsolute(spec) || /^\.\.?(\/|$)/.test(spec) || /\.(tgz|tar\.gz)$/.test(spec) || spec.startsWith('~');
}

/** Writes a new file, creating its folders; leaves a file that exists alone. Whether it wrote. */
async function writeNew(path: string, text: string): Promise<boolean> {
  await mkdir(dirname(path), { recursive: true });
  try {
    // `wx`: created here, or not at all: a file that appeared meanwhile is not replaced either.
    await writeFile(path, text, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function paths(value: unknown): string[] {
  const given = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return given.map((path) => {
    if (typeof path !== 'string' || path === '') throw new UsageError('`--source` takes a document to import: `--source report.pdf` (once for each document).');
    return path;
  });
}

/** What to do next, as commands to paste. */
function nextSteps(root: string, spec: string): string {
  const here = relative(process.cwd(), root);
  const cd = here ? `  cd ${here.includes(' ') ? JSON.stringify(here) : here}\n` : '';
  return `\nNext:\n${cd}  npm install        # installs briefing-kit (${spec})\n  npx brief check\n  npx brief build    # then open dist/index.html\n`;
}
