import { stringify } from 'yaml';
import { pageMarker } from '../sources/page-marker.ts';
import type { PageRange, SourceMeta } from '../types.ts';
import { escapeInline, escapeMarkdown } from './escape-markdown.ts';
import { superscript, type ImportedBlock } from './imported-document.ts';

/**
 * The source file for an imported document: front matter, then its blocks,
 * a blank line apart. A page marker (`<!-- p. 3 -->`) goes on the line before
 * a paragraph whose pages are not simply the page the one before it ended on.
 */
export function writeSource(meta: Partial<SourceMeta>, blocks: readonly ImportedBlock[]): string {
  const frontMatter = stringify(meta, { lineWidth: 0 }).trimEnd();
  let page: number | undefined;
  // The document's top heading level becomes `##`: `#` is the title's, which is in the front matter.
  const levels = blocks.flatMap((block) => (block.kind === 'heading' ? [block.level] : []));
  const shift = 2 - Math.min(2, ...levels);
  const body = blocks.map((block) => {
    const markdown = blockMarkdown(block.kind === 'heading' ? { ...block, level: block.level + shift } : block);
    if (block.kind === 'heading' || !block.pages) return markdown;
    const marker = samePages(block.pages, page) ? '' : `${pageMarker(block.pages)}\n`;
    page = block.pages.to;
    return marker + markdown;
  });
  return `---\n${frontMatter}\n---\n\n${body.join('\n\n')}\n`;
}

function blockMarkdown(block: ImportedBlock): string {
  switch (block.kind) {
    case 'markdown':
      return block.markdown;
    case 'paragraph':
      return escapeMarkdown(block.text);
    case 'heading':
      return `${'#'.repeat(Math.min(Math.max(block.level, 2), 6))} ${escapeInline(block.text.replace(/\s+/g, ' ')).replace(/#+$/, (marks) => marks.replace(/#/g, '\\#'))}`;
    case 'note':
      return `${escapeMarkdown(superscript(block.marker))} ${escapeMarkdown(block.text)}`;
  }
}

function samePages(pages: PageRange, page: number | undefined): boolean {
  return pages.from === page && pages.to === page;
}
