import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { importText } from '../../import/import-text.ts';
import { writeFileAtomically } from '../../project/write-file.ts';
import { exists } from '../../project/exists.ts';
import { describeFsError, decodeText } from '../../project/read-text.ts';
import { SOURCES_DIR } from '../../project/read-project.ts';
import { parseSource } from '../../sources/parse-source.ts';
import { isValidSourceId, suggestSourceId } from '../../sources/source-id.ts';
import type { SourceMeta } from '../../types.ts';
import { EXIT, UsageError } from '../../diagnostics/usage-error.ts';
import { plural } from '../../text/plural.ts';

export interface ImportCommandOptions extends Partial<SourceMeta> {
  root: string;
  id?: string;
  force?: boolean;
  dryRun?: boolean;
  header?: string | string[];
}

/**
 * `brief import FILE --id ID`: writes `assets/sources/ID.md` from text pulled
 * out of a PDF, repairing page furniture and split paragraphs, and lists
 * every repair so the result can be reviewed.
 */
export async function runImport(input: string, options: ImportCommandOptions): Promise<number> {
  const id = options.id;
  if (!id) throw new UsageError('Give the new source an id: `brief import FILE --id china-sides-with-russia`.');
  if (!isValidSourceId(id)) throw new UsageError(`Invalid source id \`${id}\`: use lowercase letters, digits and single hyphens, e.g. \`${suggestSourceId(id)}\`.`);

  let bytes: Buffer;
  try {
    bytes = await readFile(input);
  } catch (error) {
    throw new UsageError(`Cannot read \`${input}\`: ${describeFsError(error)}.`);
  }
  const decoded = decodeText(bytes, input);
  if (decoded.diagnostic || !decoded.file) throw new UsageError(`\`${input}\` is not UTF-8 text: ${decoded.diagnostic?.message ?? ''} Convert it first, e.g. with \`iconv -t utf-8\`.`);

  const imported = importText(decoded.file.text, { meta: metaFrom(options), headers: list(options.header) });
  if (!imported.meta.title) throw new UsageError(`No title found at the top of \`${input}\`: pass \`--title "…"\`.`);

  const root = resolve(options.root);
  const target = join(root, SOURCES_DIR, `${id}.md`);
  const shown = relative(process.cwd(), target) || target;
  const parsed = parseSource({ path: `${SOURCES_DIR}/${id}.md`, text: imported.markdown });
  const paragraphs = parsed.source.paragraphs.length;

  if (!options.force && !options.dryRun && (await exists(target))) {
    throw new UsageError(`\`${shown}\` already exists: pass \`--force\` to replace it (its paragraph numbers may change).`);
  }
  for (const repair of imported.repairs) {
    const lines = repair.endLine && repair.endLine !== repair.line ? `${repair.line}-${repair.endLine}` : `${repair.line}`;
    process.stderr.write(`${input}:${lines}: ${repair.description}\n`);
  }
  if (options.dryRun) {
    process.stdout.write(imported.markdown);
    process.stderr.write(`${plural(paragraphs, 'paragraph')}; nothing written (--dry-run).\n`);
    return EXIT.ok;
  }
  await writeFileAtomically(target, imported.markdown);
  process.stdout.write(`Wrote ${shown}: ${plural(paragraphs, 'paragraph')}, ${plural(imported.repairs.length, 'repair')} listed above. Review it before citing it.\n`);
  return EXIT.ok;
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
