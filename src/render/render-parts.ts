import type { Token } from 'marked';
import type { FootnoteEntry } from './footnote-numbers.ts';
import { withFormulas } from './formulas.ts';
import { renderTokens, type RenderContext, type RenderedPart } from './html-renderer.ts';
import { sanitizeParts, type HtmlSanitizer } from './inert-markdown.ts';
import type { RenderCache } from './render-cache.ts';

/** A part's final HTML, sanitized, with its footnotes. */
export interface FinishedPart {
  html: string;
  footnotes: FootnoteEntry[];
}

/**
 * Renders many parts' tokens at once: those that are not inert are
 * sanitized in one round trip to the sanitizer's thread, and then each
 * part's formulas take their places (formulas.ts). With `cache`, a part
 * whose tokens were rendered before in the same context is not rendered again.
 */
export async function renderParts(
  parts: readonly Token[][],
  context: RenderContext,
  sanitizer: HtmlSanitizer,
  cache?: RenderCache,
): Promise<FinishedPart[]> {
  const known = cache?.in(context) ?? new WeakMap<Token[], FinishedPart>();
  const todo = [...new Set(parts.filter((tokens) => !known.has(tokens)))];
  const rendered = todo.map((tokens) => renderTokens(tokens, context));
  const sanitized = await sanitizeParts(rendered, sanitizer);
  todo.forEach((tokens, i) => {
    const { footnotes, formulas } = rendered[i] as RenderedPart;
    known.set(tokens, { html: withFormulas(sanitized[i] as string, formulas), footnotes });
  });
  return parts.map((tokens) => known.get(tokens) as FinishedPart);
}
