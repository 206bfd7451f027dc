import { diagnose } from '../diagnostics/diagnose.ts';
import { resolveMediaPath } from '../project/media-path.ts';
import type { Deck, Diagnostic } from '../types.ts';

export interface MediaCheck {
  /** For each local reference as written, the project file it loads, relative to the root: what the build bundles. */
  paths: Map<string, string>;
  diagnostics: Diagnostic[];
}

/**
 * Every image and media file a slide or its notes loads must exist: a
 * missing one would build into a broken image on screen and in the PDF.
 * `exists` answers for paths relative to the project root.
 */
export function checkMedia(deck: Deck, exists: (path: string) => boolean): MediaCheck {
  const result: MediaCheck = { paths: new Map(), diagnostics: [] };
  for (const slide of deck.slides) {
    for (const part of [slide.body, slide.notes]) {
      for (const reference of part?.media ?? []) {
        const target = resolveMediaPath(reference.href, slide.file, exists);
        if (target.kind === 'local') result.paths.set(reference.href, target.path);
        else if (target.kind === 'missing') result.diagnostics.push(diagnose('BRF119', { href: reference.href, tried: target.tried }, reference.span));
      }
    }
  }
  return result;
}
