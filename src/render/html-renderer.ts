import { Marked, Parser, Renderer, type RendererObject, type Token, type Tokens } from 'marked';
import { citedSources } from '../markdown/citation-syntax.ts';
import type { MathToken } from '../markdown/math-syntax.ts';
import { VOICES } from '../markdown/voice-syntax.ts';
import { isPlainComment } from '../text/html-comment.ts';
import type { CitationToken, CitedSource, Source, VoiceToken } from '../types.ts';
import { citationKey, citationText } from './citation-label.ts';
import { citationMarker, soleSource, voiceMarker } from './citation-marker.ts';
import { elementAttributeTargets, withElementAttributes } from './element-attributes.ts';
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
 * line as a caption, `<!-- .element: … -->` attributes on their elements,
 * code highlighted, formulas typeset (in their placeholders' places),
 * task-list boxes kept, disabled. A pure function of the tokens and
 * `context`.
 */
export function renderTokens(tokens: Token[], context: RenderContext): RenderedPart {
  const footnotes = numberFootnotes(tokens);
  const parser = new PartParser(context, footnotes, elementAttributeTargets(tokens));
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
    /** What `.element:` comments give each token (element-attributes.ts). */
    readonly elements: ReadonlyMap<object, Record<string, string>>,
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

/** `html`, the rendering of `token`, with what `.element:` comments give the token. */
function attributed(renderer: Renderer, token: object, html: string): string {
  return withElementAttributes(html, (renderer.parser as PartParser).elements.get(token));
}

/** marked's own renderers of the elements an `.element:` comment may apply to, with its attributes added (code, blockquote and image are below). */
const ELEMENTS_WITH_ATTRIBUTES: RendererObject = Object.fromEntries(
  (['paragraph', 'heading', 'hr', 'list', 'listitem', 'table', 'tablecell', 'strong', 'em', 'del', 'codespan', 'link'] as const).map((name) => [
    name,
    function (this: Renderer, token: object) {
      return attributed(this, token, (Renderer.prototype[name] as (this: Renderer, token: object) => string).call(this, token));
    },
  ]),
);

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
      ...ELEMENTS_WITH_ATTRIBUTES,
      code(token) {
        const html = (!token.escaped && highlightedCode(token.text, token.lang?.match(/^\S*/)?.[0])) || Renderer.prototype.code.call(this, token);
        return attributed(this, token, html);
      },
      checkbox({ checked }) {
        // A label of its own, which a form control needs; the item's text follows it.
        return `<input type="checkbox" disabled=""${checked ? ' checked=""' : ''} aria-label="${checked ? 'Done' : 'To do'}"> `;
      },
      blockquote(token) {
        const quoted = splitAttribution(token.tokens);
        const { parser } = this;
        const html = quoted
          ? `<figure class="attributed-quote"><blockquote>\n${parser.parse(quoted.quote)}</blockquote><figcaption>${parser.parseInline(quoted.attribution)}</figcaption></figure>\n`
          : Renderer.prototype.blockquote.call(this, token);
        return attributed(this, token, html);
      },
      image(token) {
        const parser = this.parser as PartParser;
        // Alt text is plain text: a citation in it is named, not linked.
        const alt = token.tokens?.map((t): Token => (t.type === 'citation' ? plainText(citationText((t as CitationToken).cited, parser.context.sources)) : t));
        const href = parser.context.mediaPaths.get(token.href) ?? token.href;
        return attributed(this, token, Renderer.prototype.image.call(this, { ...token, href, ...(alt ? { tokens: alt } : {}) }));
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
