import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { text as readStream } from 'node:stream/consumers';
import { importDocument, type ImportedSource, type ImportOptions } from '../../import/import-document.ts';
import { repairPlace } from '../../import/repair.ts';
import { writeFileAtomically } from '../../project/write-file.ts';
import { exists } from '../../project/exists.ts';
import { describeFsError } from '../../project/read-text.ts';
import { SOURCES_DIR } from '../../project/read-project.ts';
import { parseSource } from '../../sources/parse-source.ts';
import { isValidSourceId, sourceIdForDocument, suggestSourceId } from '../../sources/source-id.ts';
import type { Source, SourceMeta } from '../../types.ts';
import { EXIT, UsageError } from '../../diagnostics/usage-error.ts';
import { STDIN_ARGUMENT } from '../stdin-argument.ts';
import { plural } from '../../text/plural.ts';

export interface ImportCommandOptions extends Partial<SourceMeta> {
  root: string;
  id?: string;
  force?: boolean;
  dryRun?: boolean;
  /** Copy the PDF beside the source, for the source reader's links to its pages. */
  keepPdf?: boolean;
  /** cac sets `repair: false` for `--no-repair`. */
  repair?: boolean;
  header?: string | string[];
}

/** What repairs are listed against when the document comes from standard input. */
const STDIN_NAME = 'stdin';

/**
 * `brief import FILE --id ID`: writes `assets/sources/ID.md` from a PDF, a
 * Word file, a web page or text (`-` reads standard input), repairing what
 * each format leaves behind, and lists every repair so the result can be
 * reviewed.
 */
export async function runImport(input: string, options: ImportCommandOptions): Promise<number> {
  const fromStdin = input === '-' || input === STDIN_ARGUMENT;
  // A file's id is its name unless one is given; standard input has no name to take it from.
  if (fromStdin && !options.id) throw new UsageError('Give a document read from standard input an id: `brief import - --id ID`, e.g. `--id pism-xi-putin-meeting`.');
  const id = options.id ?? sourceIdForDocument(input);
  if (!isValidSourceId(id)) throw new UsageError(`Invalid source id \`${id}\`: use lowercase letters, digits and single hyphens, e.g. \`${suggestSourceId(id)}\`.`);

  const name = fromStdin ? STDIN_NAME : input;
  const bytes = fromStdin ? Buffer.from(await readStream(process.stdin)) : await readInput(input);
  const imported = await importReadable(bytes, name, { meta: metaFrom(options), headers: list(options.header), repair: options.repair !== false });
  if (!imported.meta.title) throw new UsageError(`No title found at the top of \`${name}\`: pass \`--title "…"\`.`);
  if (options.header !== undefined && imported.format !== 'text') {
    throw new UsageError(`\`--header\` names a running header in text, and \`${name}\` is ${imported.format === 'docx' ? 'a Word file' : `a${imported.format === 'html' ? 'n HTML' : ' PDF'} file`}, whose headers are found without it.`);
  }
  if (options.keepPdf && imported.format !== 'pdf') throw new UsageError(`\`--keep-pdf\` keeps a PDF beside its source, and \`${name}\` is not a PDF.`);

  const root = resolve(options.root);
  const target = join(root, SOURCES_DIR, `${id}.md`);
  const original = join(root, SOURCES_DIR, `${id}.pdf`);
  const shown = relative(process.cwd(), target) || target;
  const { source } = parseSource({ path: `${SOURCES_DIR}/${id}.md`, text: imported.markdown });
  const paragraphs = source.paragraphs.length;

  if (!options.force && !options.dryRun) {
    for (const path of options.keepPdf ? [target, original] : [target]) {
      if (await exists(path)) throw new UsageError(`\`${relative(process.cwd(), path) || path}\` already exists: pass \`--force\` to replace it (its paragraph numbers may change).`);
    }
  }
  for (const repair of imported.repairs) process.stderr.write(`${repairPlace(name, repair)}: ${repair.description}\n`);
  if (options.dryRun) {
    process.stdout.write(numbered(imported.markdown, source));
    process.stderr.write(`${plural(paragraphs, 'paragraph')}; nothing written (--dry-run).\n`);
    return EXIT.ok;
  }
  await writeFileAtomically(target, imported.markdown);
  if (options.keepPdf) await writeFileAtomically(original, bytes);
  const kept = options.keepPdf ? ` (and the PDF beside it, which the source reader links each page to)` : '';
  process.stdout.write(`Wrote ${shown}${kept}: ${plural(paragraphs, 'paragraph')}, ${plural(imported.repairs.length, 'repair')} listed above. Review it before citing it.\n`);
  return EXIT.ok;
}

/** The document as a source; a usage error, saying why, for one the importer cannot read. */
export async function importReadable(bytes: Uint8Array, name: string, options: ImportOptions): Promise<ImportedSource> {
  const result = await importDocument(bytes, name, options);
  if (result.kind === 'imported') return result.source;
  const hint = result.format === 'binary' ? ' If it is text in another encoding, convert it to UTF-8 first, e.g. with `iconv -f latin1 -t utf-8`.' : '';
  throw new UsageError(`Cannot import \`${name}\`: ${result.reason}.${hint}`);
}

/** The bytes of a document to import; a usage error for one that cannot be read. */
export async function readInput(input: string): Promise<Buffer> {
  try {
    return await readFile(input);
  } catch (error) {
    throw new UsageError(`Cannot read \`${input}\`: ${describeFsError(error)}.`);
  }
}

/** The source as `--dry-run` shows it: the file as it would be written, each numbered paragraph headed by its `¶N`. */
function numbered(markdown: string, source: Source): string {
  let shown = markdown;
  for (const paragraph of [...source.paragraphs].reverse()) {
    const at = paragraph.span.offset;
    shown = `${shown.slice(0, at)}¶${paragraph.number}  ${shown.slice(at)}`;
  }
  return shown;
}

const META_OPTIONS = ['title', 'short', 'author', 'publisher', 'date', 'url', 'note'] as const;

function metaFrom(options: ImportCommandOptions): Partial<SourceMeta> {
  const meta: Partial<SourceMeta> = {};
  for (const key of META_OPTIONS) {
    const value = options[key];
    if (value !== undefined) meta[key] = String(value);
  }
  return meta;
}

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
