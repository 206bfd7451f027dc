import type { Token } from 'marked';
import { diagnose } from '../diagnostics/diagnose.ts';
import { splitFrontMatter } from '../front-matter/front-matter.ts';
import { firstLineLength } from '../text/first-line.ts';
import { countTokens, lexParts, type Lexed } from '../markdown/lex.ts';
import { tokensToPlainText } from '../markdown/plain-text.ts';
import { spokenWords } from '../pacing/timing.ts';
import type { Deck, DeckSettings, Diagnostic, Slide, SlidePart, TextFile, TokenStore } from '../types.ts';
import { isPlainComment } from '../text/html-comment.ts';
import { withNewlinesIn } from '../text/line-endings.ts';
import { blocksOf } from './blocks.ts';
import { mediaReferences } from './media-references.ts';
import { readDeckSettings } from './deck-settings.ts';
import { readSlideAttributes } from './slide-attributes.ts';
import { splitSlides, type Range, type RawSlide } from './split-slides.ts';

/**
 * More Markdown elements than any slide or its notes can show. A table of a
 * hundred rows stays well inside it; past it, rendering and sanitizing the
 * HTML takes seconds and the browser struggles to lay the slide out.
 */
const MAX_ELEMENTS_PER_PART = 5000;

/** Five times the longest briefing the benchmarks build; past it, a separator typed by mistake is likelier than a deck. */
const MAX_SLIDES = 10_000;

/**
 * Parses the slide files, in the order given, into one deck. The first file's
 * front matter holds the deck settings. Offsets are into each file's text
 * with `\n` line endings, however it was given.
 */
export function parseDeck(files: readonly TextFile[], cache?: TokenStore): { deck: Deck; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const slides: Slide[] = [];
  let settings: DeckSettings = {};
  let h = 0;
  let v = 0;

  files.map(withNewlinesIn).forEach((file, index) => {
    const frontMatter = splitFrontMatter(file.text);
    if (frontMatter && index === 0) {
      const read = readDeckSettings(frontMatter, file.path);
      settings = read.settings;
      diagnostics.push(...read.diagnostics);
    } else if (frontMatter) {
      diagnostics.push(diagnose('BRF111', { file: file.path, first: files[0]?.path ?? '' }, { file: file.path, offset: 0, length: 3 }));
    }
    const rawSlides = splitSlides(file.text, frontMatter?.bodyOffset ?? 0);
    const lexed = lexSlideParts(file, rawSlides, diagnostics, cache);
    for (const raw of rawSlides) {
      if (raw.vertical && slides.length > 0) v++;
      else {
        h++;
        v = 0;
      }
      const parsed = parseSlide(file, raw.body, raw.notes, lexed);
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
  const firstTooMany = slides[MAX_SLIDES];
  if (firstTooMany) {
    const at = { file: firstTooMany.file, offset: firstTooMany.span.offset, length: 0 };
    diagnostics.push(diagnose('BRF118', { slides: slides.length, max: MAX_SLIDES }, at));
  }
  return { deck: { settings, slides }, diagnostics };
}

type ParsedSlide = Pick<Slide, 'attributes' | 'attributeSpans' | 'body' | 'notes' | 'notesWords' | 'title' | 'kind'>;

/** Lexes every slide body and notes of a file in one go (see lexParts), keyed by where each starts. */
function lexSlideParts(file: TextFile, rawSlides: readonly RawSlide[], diagnostics: Diagnostic[], cache: TokenStore | undefined): Map<number, Lexed> {
  const ranges = rawSlides.flatMap((raw) => (raw.notes ? [raw.body, raw.notes] : [raw.body]));
  const parts = ranges.map((range) => ({ markdown: file.text.slice(range.start, range.end), offset: range.start }));
  const lexed = lexParts(file.path, parts, cache);
  const byStart = new Map<number, Lexed>();
  lexed.forEach((result, index) => {
    const range = ranges[index] as Range;
    if (result.kind === 'unparsed') diagnostics.push(result.diagnostic);
    else {
      for (const d of result.diagnostics) diagnostics.push(d);
      const elements = countTokens(result.tokens);
      if (elements > MAX_ELEMENTS_PER_PART) {
        const at = { file: file.path, offset: range.start, length: firstLineLength(parts[index]?.markdown ?? '') };
        diagnostics.push(diagnose('BRF117', { elements, max: MAX_ELEMENTS_PER_PART }, at));
      }
    }
    byStart.set(range.start, result);
  });
  return byStart;
}

function parseSlide(file: TextFile, body: Range, notes: Range | undefined, lexed: ReadonlyMap<number, Lexed>): ParsedSlide {
  const bodyPart = parsePart(file, body, lexed);
  const { attributes, places } = readSlideAttributes(bodyPart.part.markdown);
  const attributeSpans = Object.fromEntries(Object.entries(places).map(([name, at]) => [name, { file: file.path, offset: body.start + at.offset, length: at.length }]));
  const kind = bodyPart.tokens.some(isContent) ? 'content' : bodyPart.tokens.some((t) => t.type === 'heading') ? 'divider' : 'empty';
  const heading = bodyPart.tokens.find((t) => t.type === 'heading');
  const notesPart = notes && parsePart(file, notes, lexed).part;
  const slide: ParsedSlide = { attributes, attributeSpans, body: bodyPart.part, kind, notesWords: notesPart ? spokenWords(notesPart.text) : 0 };
  if (heading && 'tokens' in heading && heading.tokens) slide.title = tokensToPlainText(heading.tokens).trim();
  if (notesPart) slide.notes = notesPart;
  return slide;
}

function parsePart(file: TextFile, range: Range, lexed: ReadonlyMap<number, Lexed>): { part: SlidePart; tokens: Token[] } {
  const markdown = file.text.slice(range.start, range.end);
  const span = { file: file.path, offset: range.start, length: markdown.length };
  const result = lexed.get(range.start);
  if (!result || result.kind === 'unparsed') return { part: { markdown, span, tokens: [], blocks: [], media: [], text: '', unparsed: true }, tokens: [] };
  const text = tokensToPlainText(result.tokens);
  const media = mediaReferences(result.tokens, file.path, range.start);
  return { part: { markdown, span, tokens: result.tokens, blocks: blocksOf(result.tokens, file.path, range.start), media, text }, tokens: result.tokens };
}

/** Anything on screen beyond headings: text, lists, tables, images, code, HTML other than comments. */
function isContent(token: Token): boolean {
  switch (token.type) {
    case 'space':
    case 'heading':
    case 'hr':
    case 'def':
      return false;
    case 'html':
      return !isPlainComment(token.raw);
    case 'paragraph':
      return !isPlainComment(token.raw);
    default:
      return true;
  }
}
