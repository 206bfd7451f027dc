import { constants } from 'node:fs';
import { access, lstat, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { canonicalPath, isWithin, protectedFolders } from '../project/protected-paths.ts';
import { shownPath } from '../project/shown-path.ts';
import { SETTINGS_ELEMENT_ID } from '../deck/page-contract.ts';

/**
 * The file every build leaves in its output folder. A folder holding it was
 * written by the kit, so the next build may replace it; a folder without it
 * holds someone's files, which a build never deletes.
 */
export const BUILD_MARKER = '.briefing-kit-build';

export type OutputCheck = { kind: 'allowed' } | { kind: 'refused'; message: string };

/** A command that replaces its output folder whole (`brief build`, `brief screenshots`), as this guard names it and knows its folders. */
export interface OutputFolderKind {
  /** The file it leaves in every folder it writes, by which the next run knows the folder as its own. */
  marker: string;
  /** What it writes, in messages: `build` (`a build replaces its output folder whole`, `no build goes there`). */
  product: string;
  /** Who wrote a folder that is its own: `build of briefing-kit` (`files no build of briefing-kit wrote`). */
  writer: string;
  /** What it does to the folder: `build into` (`Cannot build into …`). */
  verb: string;
  /** How to go elsewhere: `build elsewhere` (`… or build elsewhere with --out-dir`). */
  elsewhere: string;
  /** The `--out-dir` to suggest. */
  suggestion: string;
  /** How a folder it wrote before it left markers is known. */
  writtenBeforeMarkers?: (folder: string) => Promise<boolean>;
}

/** `brief build`'s output: the built deck. */
export const BUILD_OUTPUT: OutputFolderKind = {
  marker: BUILD_MARKER,
  product: 'build',
  writer: 'build of briefing-kit',
  verb: 'build into',
  elsewhere: 'build elsewhere',
  suggestion: 'dist',
  writtenBeforeMarkers: isBuildFromBeforeTheMarker,
};

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * Whether a build (or another `kind` of output) may replace `target`, the
 * output folder, with a new one.
 * It may when the folder is missing, empty, or holds the marker an earlier
 * build left; and never when it is, contains or lies inside the project
 * folder's protected folders (the slides, the sources, `assets/`, `src/`,
 * `node_modules/`, `.git/`) or contains the project itself. It must also be
 * writable, with its parent: a build that cannot be put in place is refused
 * here, before Vite runs. Only reads: nothing is created or removed.
 */
export async function checkOutputFolder(root: string, target: string, kind: OutputFolderKind = BUILD_OUTPUT): Promise<OutputCheck> {
  const elsewhere = `${capitalised(kind.verb)} a folder of its own, such as \`--out-dir ${kind.suggestion}\`.`;
  const replaces = `a ${kind.product} replaces its output folder whole`;
  const refuse = (why: string, hint = elsewhere, name = shownPath(target, true)): OutputCheck => ({ kind: 'refused', message: `Cannot ${kind.verb} \`${name}\`: ${why}. ${hint}` });
  const [place, project] = await Promise.all([canonicalPath(target), canonicalPath(root)]);
  if (isWithin(project, place)) return refuse(`${place === project ? 'it is' : 'it contains'} the project folder, and ${replaces}`);
  const guarded = await protectedFolders(root);
  const clash =
    guarded.find((folder) => place === folder.canonical) ??
    guarded.find((folder) => isWithin(place, folder.canonical)) ??
    guarded.find((folder) => isWithin(folder.canonical, place));
  if (clash) {
    const folder = `\`${shownPath(join(root, clash.path), true)}\`, which holds ${clash.holds}`;
    if (place === clash.canonical) return refuse(`that folder holds ${clash.holds}, and ${replaces}`);
    if (isWithin(place, clash.canonical)) return refuse(`it lies inside ${folder}: no ${kind.product} goes there`);
    return refuse(`it contains ${folder}, and ${replaces}`);
  }

  const existing = await nearestExisting(target);
  if ('error' in existing) return cannotWrite(target, existing.path, existing.error, kind);
  if (existing.path !== target) {
    // A link to nothing is the user's too: replacing the folder would replace the link.
    if (await lstat(target).then(() => true, () => false)) return refuse('it is a symbolic link to nothing', 'Remove the link, or choose another `--out-dir`.', shownPath(target));
    if (!existing.isFolder) return refuse(`\`${shownPath(existing.path)}\` is a file, not a folder`, 'Choose another `--out-dir`.');
    // The build creates the missing folders inside this one.
    return writable(target, [existing.path], kind);
  }
  if (!existing.isFolder) return refuse('it is a file, not a folder', 'Choose another `--out-dir`.', shownPath(target));
  let folders: string[];
  try {
    folders = await foldersWithin(target);
  } catch (error) {
    return cannotWrite(target, target, error, kind);
  }
  if ((await readdir(target)).length > 0 && !(await holdsMarker(target, kind))) {
    return refuse(
      `it holds files no ${kind.writer} wrote (it has no \`${kind.marker}\` marker), and ${replaces}`,
      `Move those files away (or delete the folder if it is an old ${kind.product}), or ${kind.verb} an empty or new folder with \`--out-dir\`.`,
    );
  }
  // The staging folder goes beside it; the old build's files are removed from every folder in it.
  return writable(target, [dirname(target), ...folders], kind);
}

/**
 * Creates the staging folder the build is written to, beside the output
 * folder (and any missing folders above them). Refused, rather than thrown,
 * when the file system will not have it.
 */
export async function createStaging(target: string, staging: string, kind: OutputFolderKind = BUILD_OUTPUT): Promise<OutputCheck> {
  try {
    await mkdir(dirname(staging), { recursive: true });
    await mkdir(staging);
    return { kind: 'allowed' };
  } catch (error) {
    return cannotWrite(target, dirname(staging), error, kind);
  }
}

/** Writes the marker into a finished build (or other `kind` of output), so a later run knows the folder as the kit's own. */
export async function writeOutputMarker(folder: string, kind: OutputFolderKind = BUILD_OUTPUT): Promise<void> {
  const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  await writeFile(join(folder, kind.marker), `${JSON.stringify({ builtBy: 'briefing-kit', version })}\n`);
}

async function holdsMarker(folder: string, kind: OutputFolderKind): Promise<boolean> {
  try {
    const marker = JSON.parse(await readFile(join(folder, kind.marker), 'utf8')) as { builtBy?: unknown };
    return marker.builtBy === 'briefing-kit';
  } catch {
    return (await kind.writtenBeforeMarkers?.(folder)) ?? false;
  }
}

/**
 * Builds of the kit before the marker existed: their `index.html` carries the
 * deck's settings element, which only the kit writes. Without this, the first
 * build after an upgrade would refuse the folder the last one wrote.
 */
async function isBuildFromBeforeTheMarker(folder: string): Promise<boolean> {
  const page = await readFile(join(folder, 'index.html'), 'utf8').catch(() => '');
  return page.includes(`<script type="application/json" id="${SETTINGS_ELEMENT_ID}">`);
}

/** The path itself when it exists, else its nearest ancestor that does; or why it cannot be looked at. */
async function nearestExisting(path: string): Promise<{ path: string; isFolder: boolean } | { path: string; error: unknown }> {
  try {
    return { path, isFolder: (await stat(path)).isDirectory() };
  } catch (error) {
    const parent = dirname(path);
    // A missing path, or one under a file (ENOTDIR), is looked past; any other failure is the answer.
    const code = (error as NodeJS.ErrnoException).code;
    if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === path) return { path, error };
    return nearestExisting(parent);
  }
}

/** Every folder inside `root`, `root` included; symbolic links are not followed. */
async function foldersWithin(root: string): Promise<string[]> {
  const found = [root];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (entry.isDirectory()) found.push(...(await foldersWithin(join(root, entry.name))));
  }
  return found;
}

/** Allowed when the current user may create and remove entries in every folder given. */
async function writable(target: string, folders: string[], kind: OutputFolderKind): Promise<OutputCheck> {
  for (const folder of folders) {
    try {
      await access(folder, constants.W_OK | constants.X_OK);
    } catch (error) {
      return cannotWrite(target, folder, error, kind);
    }
  }
  return { kind: 'allowed' };
}

function cannotWrite(target: string, folder: string, error: unknown, kind: OutputFolderKind): OutputCheck {
  const code = (error as NodeJS.ErrnoException).code;
  const elsewhere = `${kind.elsewhere} with \`--out-dir\``;
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? `permission denied: \`${shownPath(folder, true)}\` is not writable. Make that folder writable, or ${elsewhere}.`
      : code === 'EROFS'
        ? `\`${shownPath(folder, true)}\` is on a read-only file system. ${capitalised(elsewhere)}.`
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? `a file stands in the way of \`${shownPath(folder, true)}\`. Choose another \`--out-dir\`.`
          : `${(error as Error).message}.`;
  return { kind: 'refused', message: `Cannot write the ${kind.product} to \`${shownPath(target, true)}\`: ${reason}` };
}
