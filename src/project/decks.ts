import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../diagnostics/usage-error.ts';
import { nearest } from '../text/nearest.ts';
import { SLIDES_DIR } from './read-project.ts';
import { compareText } from '../text/compare-text.ts';

/** The folder of a project's other decks: `decks/NAME/`, each a folder of slides citing the one `assets/sources/`. */
export const DECKS_DIR = 'decks';

/** The provenance lock's file name: at the project root for `slides/`, in its own folder for a deck in `decks/`. */
export const LOCK_FILE = 'brief.lock.json';

/** One deck of a project: a folder of slide files, and the lock that records its citations. */
export interface DeckFolder {
  /** `slides` for the project's `slides/` folder, else its folder's name in `decks/`: what `--deck` takes. */
  name: string;
  /** The folder of its slide files, relative to the project root: `slides` or `decks/NAME`. */
  slides: string;
  /** Its provenance lock, relative to the project root. */
  lock: string;
}

/** The decks a project holds, and how `brief build` lays them out. */
export interface ProjectDecks {
  /**
   * `single`: the project has only `slides/` (or nothing yet), built into the
   * output folder itself. `several`: it has `decks/NAME/` folders, and every
   * deck, `slides/` included, is built into a folder of its own beside an index page.
   */
  layout: 'single' | 'several';
  /** In order: `slides/`, then `decks/` by name. Never empty: a project with no deck yet has `slides/`, for read-project to report missing. */
  decks: DeckFolder[];
}

/** The deck in `slides/`, the one a project has when it has no `decks/`. */
export const SLIDES_DECK: DeckFolder = { name: SLIDES_DIR, slides: SLIDES_DIR, lock: LOCK_FILE };

/** A deck's name becomes a folder of the build and part of its URL: letters, digits, `.`, `_` and `-`, not starting with a dot. */
const DECK_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Finds a project's decks: `slides/`, when it is there, and each folder in
 * `decks/`. Only reads.
 *
 * @throws UsageError for a deck folder whose name cannot be a folder of the
 * build, or a `decks/slides/` beside `slides/` (two decks of one name).
 */
export async function findDecks(root: string): Promise<ProjectDecks> {
  const [hasSlides, named] = await Promise.all([isFolder(root, SLIDES_DIR), foldersIn(join(root, DECKS_DIR))]);
  const decks = named.filter((name) => !name.startsWith('.'));
  if (decks.length === 0) return { layout: 'single', decks: [SLIDES_DECK] };
  for (const name of decks) {
    if (!DECK_NAME.test(name)) throw new UsageError(`\`${DECKS_DIR}/${name}/\` cannot be a deck: its name becomes a folder of the build, so use letters, digits, \`.\`, \`_\` and \`-\`. Rename the folder.`);
    if (name === SLIDES_DECK.name && hasSlides) throw new UsageError(`\`${DECKS_DIR}/${name}/\` and \`${SLIDES_DIR}/\` would both be the deck \`${name}\`, and build into the same folder. Rename \`${DECKS_DIR}/${name}/\`.`);
  }
  const inDecks = decks.map((name) => ({ name, slides: `${DECKS_DIR}/${name}`, lock: `${DECKS_DIR}/${name}/${LOCK_FILE}` }));
  return { layout: 'several', decks: hasSlides ? [SLIDES_DECK, ...inDecks] : inDecks };
}

/**
 * The decks a command works on: the one `--deck` names, or all of them.
 *
 * @throws UsageError for a `--deck` the project does not have, naming those it has.
 */
export function selectDecks(project: ProjectDecks, name: string | undefined): DeckFolder[] {
  if (name === undefined) return project.decks;
  const found = project.decks.find((deck) => deck.name === name);
  if (found) return [found];
  const guess = nearest(name, project.decks.map((deck) => deck.name));
  throw new UsageError(`No deck \`${name}\`${guess ? `: did you mean \`${guess}\`?` : '.'} ${decksHeld(project)}`);
}

/**
 * The one deck a command that works on one deck (dev, pdf, rehearse, review,
 * sources diff) works on: the one `--deck` names, or the project's only one.
 *
 * @throws UsageError when the project has several and `--deck` names none, or one it does not have.
 */
export function selectDeck(project: ProjectDecks, name: string | undefined, command: string): DeckFolder {
  const [first, ...others] = selectDecks(project, name);
  if (first && others.length === 0) return first;
  throw new UsageError(`\`brief ${command}\` works on one deck, and this project has ${project.decks.length}: choose one with \`--deck NAME\`. ${decksHeld(project)}`);
}

function decksHeld(project: ProjectDecks): string {
  return `The project's decks: ${project.decks.map((deck) => `\`${deck.name}\` (${deck.slides}/)`).join(', ')}.`;
}

async function isFolder(root: string, path: string): Promise<boolean> {
  return stat(join(root, path)).then(
    (found) => found.isDirectory(),
    () => false,
  );
}

/** The names of the folders in `path`, in code-unit order (compareText: the same on every machine); none when it is missing. */
async function foldersIn(path: string): Promise<string[]> {
  try {
    const entries = await readdir(path, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort(compareText);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw new UsageError(`Cannot read \`${DECKS_DIR}/\`: ${(error as Error).message}.`);
  }
}
