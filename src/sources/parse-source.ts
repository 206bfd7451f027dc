import type { Token } from 'marked';
import { diagnose } from '../diagnostics/diagnose.ts';
import { contentHash } from '../text/content-hash.ts';
import { splitFrontMatter } from '../text/front-matter.ts';
import { tokensToPlainText } from '../text/plain-text.ts';
import type { Diagnostic, Source, SourceParagraph, TextFile } from '../types.ts';
import { firstLineLength } from '../text/first-line.ts';
import { lexParts, type Lexed } from '../text/lex.ts';
import { isValidSourceId, sourceIdOf, suggestSourceId } from './source-id.ts';
import { readSourceMeta } from './source-meta.ts';

/** Token types that are not numbered paragraphs: headings title a section, the rest carry no text. */
const UNNUMBERED = new Set(['heading', 'space', 'hr', 'def']);

export interface ParsedSource {
  /** Absent when the front matter is too broken to know the document's title. */
  source?: Source;
  diagnostics: Diagnostic[];
}

/**
 * Parses one source document: its id from the file name, its front matter,
 * and its body split into numbered paragraphs.
 */
export function parseSource(file: TextFile): ParsedSource {
  const diagnostics: Diagnostic[] = [];
  const id = sourceIdOf(file.path);
  if (!isValidSourceId(id)) {
    diagnostics.push(diagnose('BRF205', { id, suggestion: suggestSourceId(id) }, { path: file.path }));
  }

  const frontMatter = splitFrontMatter(file.text);
  if (!frontMatter) {
    diagnostics.push(diagnose('BRF201', {}, { file: file.path, offset: 0, length: firstLineLength(file.text) }));
    return { diagnostics };
  }
  const { meta, diagnostics: metaDiagnostics } = readSourceMeta(frontMatter, file.path);
  diagnostics.push(...metaDiagnostics);
  if (!meta) return { diagnostics };

  const [lexed] = lexParts(file.path, [{ markdown: file.text.slice(frontMatter.bodyOffset), offset: frontMatter.bodyOffset }]) as [Lexed];
  if (lexed.kind === 'unparsed') return { diagnostics: [...diagnostics, lexed.diagnostic] };
  diagnostics.push(...lexed.diagnostics);

  const paragraphs = numberParagraphs(lexed.tokens, file.path, frontMatter.bodyOffset);
  if (paragraphs.length === 0) {
    diagnostics.push(diagnose('BRF208', {}, { file: file.path, offset: frontMatter.bodyOffset, length: 0 }));
  }
  return { source: { id, file: file.path, meta, paragraphs }, diagnostics };
}

function numberParagraphs(tokens: readonly Token[], file: string, bodyOffset: number): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  let offset = bodyOffset;
  let section: string | undefined;
  for (const token of tokens) {
    const start = offset;
    offset += token.raw.length;
    if (token.type === 'heading') section = tokensToPlainText(token.tokens ?? []).trim();
    if (UNNUMBERED.has(token.type)) continue;
    const markdown = token.raw.replace(/\n+$/, '');
    const text = tokensToPlainText([token]).trim();
    paragraphs.push({
      number: paragraphs.length + 1,
      markdown,
      span: { file, offset: start, length: markdown.length },
      text,
      hash: contentHash(text),
      ...(section ? { section } : {}),
    });
  }
  return paragraphs;
}
