import type { Token } from 'marked';
import { diagnose } from '../diagnostics/diagnose.ts';
import { splitFrontMatter } from '../text/front-matter.ts';
import { lexMarkdown } from '../text/lex.ts';
import { tokensToPlainText } from '../text/plain-text.ts';
import type { Deck, DeckSettings, Diagnostic, Slide, SlidePart, TextFile } from '../types.ts';
import { blocksOf } from './blocks.ts';
import { readDeckSettings } from './deck-settings.ts';
import { readSlideAttributes } from './slide-attributes.ts';
import { splitSlides, type Range } from './split-slides.ts';

/**
 * Parses the slide files, in the order given, into one deck. The first file's
 * front matter holds the deck settings.
 */
export function parseDeck(files: readonly TextFile[]): { deck: Deck; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const slides: Slide[] = [];
  let settings: DeckSettings = {};
  let h = 0;
  let v = 0;

  files.forEach((file, index) => {
    const frontMatter = splitFrontMatter(file.text);
    if (frontMatter && index === 0) {
      const read = readDeckSettings(frontMatter, file.path);
      settings = read.settings;
      diagnostics.push(...read.diagnostics);
    } else if (frontMatter) {
      diagnostics.push(diagnose('BRF111', { file: files[0]?.path ?? '' }, { file: file.path, offset: 0, length: 3 }));
    }
    for (const raw of splitSlides(file.text, frontMatter?.bodyOffset ?? 0)) {
      if (raw.vertical && slides.length > 0) v++;
      else {
        h++;
        v = 0;
      }
      const parsed = parseSlide(file, raw.body, raw.notes, diagnostics);
      slides.push({
        number: slides.length + 1,
        h,
        v,
        file: file.path,
        span: { file: file.path, offset: raw.range.start, length: raw.range.end - raw.range.start },
        ...parsed,
      });
    }
  });
  return { deck: { settings, slides }, diagnostics };
}

type ParsedSlide = Pick<Slide, 'attributes' | 'body' | 'notes' | 'title' | 'kind'>;

function parseSlide(file: TextFile, body: Range, notes: Range | undefined, diagnostics: Diagnostic[]): ParsedSlide {
  const bodyPart = parsePart(file, body, diagnostics);
  const { attributes } = readSlideAttributes(bodyPart.part.markdown);
  const kind = bodyPart.tokens.some(isContent) ? 'content' : bodyPart.tokens.some((t) => t.type === 'heading') ? 'divider' : 'empty';
  const heading = bodyPart.tokens.find((t) => t.type === 'heading');
  const slide: ParsedSlide = { attributes, body: bodyPart.part, kind };
  if (heading && 'tokens' in heading && heading.tokens) slide.title = tokensToPlainText(heading.tokens).trim();
  if (notes) slide.notes = parsePart(file, notes, diagnostics).part;
  return slide;
}

function parsePart(file: TextFile, range: Range, diagnostics: Diagnostic[]): { part: SlidePart; tokens: Token[] } {
  const markdown = file.text.slice(range.start, range.end);
  const span = { file: file.path, offset: range.start, length: markdown.length };
  const lexed = lexMarkdown(markdown, { file: file.path, offset: range.start });
  if ('diagnostic' in lexed) {
    diagnostics.push(lexed.diagnostic);
    return { part: { markdown, span, blocks: [], unparsed: true }, tokens: [] };
  }
  return { part: { markdown, span, blocks: blocksOf(lexed.tokens, file.path, range.start) }, tokens: lexed.tokens };
}

const HTML_COMMENT_ONLY = /^\s*(?:<!--[\s\S]*?-->\s*)+$/;

/** Anything on screen beyond headings: text, lists, tables, images, code, HTML other than comments. */
function isContent(token: Token): boolean {
  switch (token.type) {
    case 'space':
    case 'heading':
    case 'hr':
    case 'def':
      return false;
    case 'html':
      return !HTML_COMMENT_ONLY.test(token.raw);
    case 'paragraph':
      return !HTML_COMMENT_ONLY.test(token.raw);
    default:
      return true;
  }
}
