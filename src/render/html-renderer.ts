import { Marked, Parser, Renderer, type Token, type Tokens } from 'marked';
import { citedSources } from '../markdown/citation-syntax.ts';
import type { MathToken } from '../markdown/math-syntax.ts';
import { VOICES } from '../markdown/voice-syntax.ts';
import { isPlainComment } from '../text/html-comment.ts';
import type { CitationToken, CitedSource, Source, VoiceToken } from '../types.ts';
import { citationKey, citationText } from './citation-label.ts';
import { citationMarker, soleSource, voiceMarker } from './citation-marker.ts';
import { escapeHtml } from './escape-html.ts';
import { footnoteKey, numberFootnotes, type FootnoteEntry, type Footnotes } from './footnote-numbers.ts';
import { formulaPlaceholder } from './formulas.ts';
import { highlightedCode } from './highlight-code.ts';
import { isInert } from './inert-markdown.ts';
import { splitAttribution } from './quote-attribution.ts';
import { withCitationMarkers, withMediaPaths } from './raw-html.ts';

/** What rendering a deck's Markdown depends on besides its tokens. */
export interface RenderContext {
  sources: ReadonlyMap<string, Source>;
  /** Each local image or media reference as written, and the project file it loads (see check/media-rules.ts). */
  mediaPaths: ReadonlyMap<string, string>;
  /** `markers`: links into the source reader, for the deck; `references`: `[PISM ¶4]` as text, for a page of its own. */
  citations: 'markers' | 'references';
}

/** One slide's or notes' HTML, before sanitizing, with its footnotes. */
export interface RenderedPart {
  html: string;
  /** Whether DOMPurify would return it unchanged (see inert-markdown.ts). */
  inert: boolean;
  footnotes: FootnoteEntry[];
  /** The part's formulas, typeset: they take their places in `html` after sanitizing (formulas.ts). */
  formulas: string[];
}

/**
 * Renders a part's tokens (lexed once, by the check) to HTML: citations as
 * markers numbered for the part's footnotes, images at the project files the
 * check found, citations in raw HTML as markers, a blockquote's `— Speaker`
 * line as a caption, code highlighted, formulas typeset (in their
 * placeholders' places), task-list boxes kept, disabled. A pure function of
 * the tokens and `context`.
 */
export function renderTokens(tokens: Token[], context: RenderContext): RenderedPart {
  const footnotes = numberFootnotes(tokens);
  const parser = new PartParser(context, footnotes);
  const html = parser.parse(tokens);
  return { html, inert: isInert(tokens), footnotes: footnotes.list, formulas: parser.formulas };
}

/** marked's parser, holding what the renderers below need for the part it parses. */
class PartParser extends Parser {
  /** The source of the citation rendered last in this part, if it cited one only and no voice marker came since: the next citation of it alone is shortened. */
  private previousSource: string | undefined;
  readonly formulas: string[] = [];

  constructor(
    readonly context: RenderContext,
    readonly footnotes: Footnotes,
  ) {
    super(rendering.defaults);
  }

  citation(cited: CitedSource[]): string {
    if (this.context.citations === 'references') return escapeHtml(citationText(cited, this.context.sources));
    const marker = citationMarker(cited, this.context.sources, this.footnotes.numbers.get(citationKey(cited)) ?? 0, this.previousSource);
    this.previousSource = soleSource(cited);
    return marker;
  }

  voice(token: VoiceToken): string {
    if (this.context.citations === 'references') return escapeHtml(`[${VOICES[token.voice]}]`);
    // The briefer's own words stand between: the next citation names its source again.
    this.previousSource = undefined;
    const entry: FootnoteEntry = { kind: 'voice', voice: token.voice, ...(token.note ? { note: token.note } : {}) };
    return voiceMarker(token, this.footnotes.numbers.get(footnoteKey(entry)) ?? 0);
  }

  math(token: MathToken): string {
    return formulaPlaceholder(this.formulas, token.tex, token.display);
  }
}

const rendering = new Marked(
  { gfm: true, async: false },
  {
    extensions: [
      {
        name: 'citation',
        renderer(token) {
          return (this.parser as PartParser).citation((token as CitationToken).cited);
        },
      },
      {
        name: 'voice',
        renderer(token) {
          return (this.parser as PartParser).voice(token as VoiceToken);
        },
      },
      {
        name: 'math',
        renderer(token) {
          return (this.parser as PartParser).math(token as MathToken);
        },
      },
    ],
    renderer: {
      code(token) {
        return (!token.escaped && highlightedCode(token.text, token.lang?.match(/^\S*/)?.[0])) || false;
      },
      checkbox({ checked }) {
        // A label of its own, which a form control needs; the item's text follows it.
        return `<input type="checkbox" disabled=""${checked ? ' checked=""' : ''} aria-label="${checked ? 'Done' : 'To do'}"> `;
      },
      blockquote(token) {
        const attributed = splitAttribution(token.tokens);
        if (!attributed) return false;
        const { parser } = this;
        return `<figure class="attributed-quote"><blockquote>\n${parser.parse(attributed.quote)}</blockquote><figcaption>${parser.parseInline(attributed.attribution)}</figcaption></figure>\n`;
      },
      image(token) {
        const parser = this.parser as PartParser;
        // Alt text is plain text: a citation in it is named, not linked.
        const alt = token.tokens?.map((t): Token => (t.type === 'citation' ? plainText(citationText((t as CitationToken).cited, parser.context.sources)) : t));
        const href = parser.context.mediaPaths.get(token.href) ?? token.href;
        return Renderer.prototype.image.call(this, { ...token, href, ...(alt ? { tokens: alt } : {}) });
      },
      html(token) {
        if (isPlainComment(token.text)) return '';
        const parser = this.parser as PartParser;
        const marked = withCitationMarkers(token.text, (raw) => {
          const cited = citedSources(raw);
          return cited ? parser.citation(cited) : raw;
        });
        return withMediaPaths(marked, parser.context.mediaPaths);
      },
    },
  },
);

function plainText(text: string): Tokens.Text {
  return { type: 'text', raw: text, text, escaped: false };
}
