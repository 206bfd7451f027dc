import type { Token } from 'marked';
import { diagnose } from '../diagnostics/diagnose.ts';
import { contentHash } from '../text/content-hash.ts';
import { splitFrontMatter } from '../front-matter/front-matter.ts';
import { tokensToPlainText } from '../markdown/plain-text.ts';
import type { Diagnostic, PageRange, ParsedSource, SourceParagraph, TextFile, TokenStore } from '../types.ts';
import { firstLineLength } from '../text/first-line.ts';
import { withNewlinesIn } from '../text/line-endings.ts';
import { lexParts, type Lexed } from '../markdown/lex.ts';
import { readPageMarker } from './page-marker.ts';
import { sourceIdOf } from './source-id.ts';
import { readSourceMeta } from './source-meta.ts';

/** Token types that are not numbered paragraphs: headings title a section, the rest carry no text. */
const UNNUMBERED = new Set(['heading', 'space', 'hr', 'def']);

/**
 * Parses one source document: its front matter and its body split into
 * numbered paragraphs. A problem with the front matter is reported once, and
 * the paragraphs are numbered all the same, so that the citations of the
 * source are checked rather than each reported as citing nothing. Offsets
 * are into the text with `\n` line endings, however it was given.
 */
export function parseSource(given: TextFile, cache?: TokenStore): ParsedSource {
  const file = withNewlinesIn(given);
  const diagnostics: Diagnostic[] = [];
  const id = sourceIdOf(file.path);
  const frontMatter = splitFrontMatter(file.text);
  if (!frontMatter) diagnostics.push(diagnose('BRF201', {}, { file: file.path, offset: 0, length: firstLineLength(file.text) }));
  const read = frontMatter ? readSourceMeta(frontMatter, file.path) : { diagnostics: [] };
  diagnostics.push(...read.diagnostics);
  const meta = read.meta ?? { title: id };

  const bodyOffset = frontMatter?.bodyOffset ?? 0;
  const [lexed] = lexParts(file.path, [{ markdown: file.text.slice(bodyOffset), offset: bodyOffset }], cache) as [Lexed];
  if (lexed.kind === 'unparsed') {
    diagnostics.push(lexed.diagnostic);
    return { source: { id, file: file.path, meta, paragraphs: [], unparsed: true }, diagnostics };
  }
  diagnostics.push(...lexed.diagnostics);
  const paragraphs = numberParagraphs(lexed.tokens, file.path, bodyOffset);
  if (paragraphs.length === 0) diagnostics.push(diagnose('BRF208', {}, { file: file.path, offset: bodyOffset, length: 0 }));
  return { source: { id, file: file.path, meta, paragraphs }, diagnostics };
}

function numberParagraphs(tokens: readonly Token[], file: string, bodyOffset: number): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  let offset = bodyOffset;
  let section: string | undefined;
  // The pages named by the last page marker: the next paragraph's, then the last page's for those after it.
  let pages: PageRange | undefined;
  for (const token of tokens) {
    const start = offset;
    offset += token.raw.length;
    if (token.type === 'heading') section = tokensToPlainText(token.tokens ?? []).trim();
    if (UNNUMBERED.has(token.type)) continue;
    const marker = token.type === 'html' ? readPageMarker(token.raw) : undefined;
    if (marker) {
      pages = marker;
      continue;
    }
    const markdown = token.raw.replace(/\n+$/, '');
    const text = tokensToPlainText([token]).trim();
    paragraphs.push({
      number: paragraphs.length + 1,
      markdown,
      span: { file, offset: start, length: markdown.length },
      text,
      hash: contentHash(text),
      ...(section ? { section } : {}),
      ...(pages ? { pages } : {}),
    });
    if (pages) pages = { from: pages.to, to: pages.to };
  }
  return paragraphs;
}
