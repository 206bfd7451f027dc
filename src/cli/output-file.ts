import { lstat, open, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { producedByKit } from '../pdf/pdf-producer.ts';
import { DECKS_DIR } from '../project/decks.ts';
import { SLIDES_DIR, SOURCES_DIR } from '../project/read-project.ts';
import { canonicalPath, isWithin, protectedFolders } from '../project/protected-paths.ts';
import { shownPath } from '../project/shown-path.ts';
import { UsageError } from '../diagnostics/usage-error.ts';

/** The commands that write text files with `--out`: each file says which wrote it. */
type TextOutputCommand = 'rehearse' | 'review';

/**
 * A line every text file `brief rehearse --out` and `brief review --out`
 * write, first (after the doctype, in a page): how a later run knows the file
 * as the kit's own, to replace without `--force`. A comment, so it shows
 * neither in the Markdown nor in the page.
 */
function kitOutputLine(command: TextOutputCommand): string {
  return `<!-- Written by briefing-kit (brief ${command}); brief replaces this file when asked to write it again. -->`;
}

/** `brief rehearse`'s line. */
export const KIT_OUTPUT_LINE = kitOutputLine('rehearse');

/** Any command's KIT_OUTPUT_LINE, at the start of a text. */
const KIT_OUTPUT = /^<!-- Written by briefing-kit \(brief (?:rehearse|review)\); brief replaces this file when asked to write it again\. -->\n/;

const DOCTYPE = /^<!doctype html>\n/i;

/** The text with its command's KIT_OUTPUT_LINE at its start, or just after the doctype that must come first in a page. */
export function markAsKitOutput(text: string, command: TextOutputCommand): string {
  const doctype = DOCTYPE.exec(text)?.[0] ?? '';
  return `${doctype}${kitOutputLine(command)}\n${text.slice(doctype.length)}`;
}

/**
 * Resolves a command's `--out` file and refuses (UsageError, nothing
 * written) a file inside the slides or sources folders, whatever `force`
 * says; a folder; and an existing file the kit did not write (a PDF whose
 * Producer is briefing-kit, a script starting with KIT_OUTPUT_LINE), unless
 * `force`. Symbolic links are resolved both ways: the link itself is what a
 * write replaces, the file it points to is what a reader sees.
 */
export async function claimOutputFile(root: string, out: string, force: boolean): Promise<string> {
  const path = resolve(out);
  const [pointedTo, written] = await Promise.all([canonicalPath(path), canonicalPath(dirname(path)).then((folder) => join(folder, basename(path)))]);
  for (const folder of await protectedFolders(root, [SLIDES_DIR, DECKS_DIR, SOURCES_DIR])) {
    const where = isWithin(written, folder.canonical) ? 'it lies inside' : isWithin(pointedTo, folder.canonical) ? 'it is a link to a file inside' : undefined;
    if (where) {
      throw new UsageError(`Cannot write \`${shownPath(path)}\`: ${where} \`${shownPath(join(root, folder.path), true)}\`, which holds ${folder.holds}. Choose an \`--out\` outside \`${SLIDES_DIR}/\`, \`${DECKS_DIR}/\` and \`${SOURCES_DIR}/\`.`);
    }
  }
  const entry = await lstat(path).catch(() => undefined);
  // Nothing there: the write itself reports anything else in its way.
  if (!entry) return path;
  if (await stat(path).then((found) => found.isDirectory(), () => false)) throw new UsageError(`Cannot write \`${shownPath(path)}\`: it is a folder. Name a file with \`--out\`.`);
  // A write replaces a link itself, and links are the user's: the kit writes none.
  if (!force && (entry.isSymbolicLink() || !(await writtenByKit(path)))) {
    throw new UsageError(`Cannot write \`${shownPath(path)}\`: the file exists and briefing-kit did not write it. Pass \`--force\` to replace it, or choose another \`--out\`.`);
  }
  return path;
}

/** A PDF whose Producer is briefing-kit, or a text file marked as markAsKitOutput marks it. */
async function writtenByKit(path: string): Promise<boolean> {
  try {
    const file = await open(path, 'r');
    const head = Buffer.alloc(KIT_OUTPUT_LINE.length + 64);
    let length: number;
    try {
      ({ bytesRead: length } = await file.read(head, 0, head.length, 0));
    } finally {
      await file.close();
    }
    const text = head.subarray(0, length).toString('latin1');
    if (text.startsWith('%PDF-')) return await producedByKit(path);
    return KIT_OUTPUT.test(text.slice((DOCTYPE.exec(text)?.[0] ?? '').length));
  } catch {
    return false;
  }
}
