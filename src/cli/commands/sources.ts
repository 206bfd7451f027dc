import { resolve } from 'node:path';
import { checkProject } from '../../check/check-project.ts';
import { readProject } from '../../project/read-project.ts';
import { EXIT, UsageError } from '../../diagnostics/usage-error.ts';
import { clip } from '../../text/clip.ts';
import { plural } from '../../text/plural.ts';
import { printable } from '../../report/printable.ts';
import { pageLabel } from '../../sources/page-marker.ts';

const PREVIEW = 90;

/**
 * `brief sources [ID]`: the sources and their paragraph counts, or one
 * source's paragraphs with their numbers and hashes, to write citations from.
 * A source that records the pages of its original has a column for them
 * (`p. 3`, `pp. 3–4`, or `-` where a paragraph has none).
 */
export async function runSources(id: string | undefined, options: { root: string }): Promise<number> {
  const { sources } = checkProject(await readProject(resolve(options.root)));
  if (id === undefined) {
    for (const source of sources.values()) {
      process.stdout.write(`${source.id}\t${plural(source.paragraphs.length, 'paragraph')}\t${printable(source.meta.title)}\n`);
    }
    return EXIT.ok;
  }
  const source = sources.get(id);
  if (!source) throw new UsageError(`Unknown source \`${id}\`; \`brief sources\` lists them.`);
  const paged = source.paragraphs.some((paragraph) => paragraph.pages);
  for (const paragraph of source.paragraphs) {
    const pages = paged ? `${paragraph.pages ? pageLabel(paragraph.pages) : '-'}\t` : '';
    process.stdout.write(`¶${paragraph.number}\t${paragraph.hash}\t${pages}${printable(clip(paragraph.text, PREVIEW))}\n`);
  }
  return EXIT.ok;
}
