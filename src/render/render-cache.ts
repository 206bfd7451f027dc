import type { Token } from 'marked';
import { sourceLabel } from './citation-label.ts';
import type { RenderContext } from './html-renderer.ts';
import type { FinishedPart } from './render-parts.ts';

/**
 * Parts rendered before, by their tokens. The dev server re-renders the deck
 * on every save, and the check's token cache hands back the same tokens for
 * Markdown that did not change, so only the saved slides are rendered and
 * sanitized again. A render depends on nothing else but the sources' labels
 * and titles and where images are: when those change, it starts again.
 */
export class RenderCache {
  private key = '';
  private parts = new WeakMap<Token[], FinishedPart>();

  /** The parts rendered in `context`. */
  in(context: RenderContext): WeakMap<Token[], FinishedPart> {
    const key = JSON.stringify([
      context.citations,
      [...context.sources.values()].map((source) => [source.id, sourceLabel(source), source.meta.title]),
      [...context.mediaPaths],
    ]);
    if (key !== this.key) {
      this.key = key;
      this.parts = new WeakMap();
    }
    return this.parts;
  }
}
