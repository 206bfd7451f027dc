import { diagnose } from '../diagnostics/diagnose.ts';
import { resolveMediaPath } from '../project/media-path.ts';
import { classesInStylesheet, KNOWN_SLIDE_CLASSES, LAYOUT_CLASSES } from '../slides/appearance.ts';
import type { Deck, Diagnostic } from '../types.ts';
import { firstLine } from './slide-location.ts';

export interface AppearanceCheck {
  /** `css:` and `logo:` as written, and the project file each loads: the build bundles them as it does images. */
  paths: Map<string, string>;
  diagnostics: Diagnostic[];
}

/**
 * The files the front matter names for the deck's look must exist
 * (BRF122), found as a slide's images are (relative to the first slide
 * file, then the root); and every class on a slide must be one a theme
 * styles or the project's stylesheet names (BRF121), since any other
 * changes nothing on screen. `exists` and `read` answer for paths relative
 * to the root; without them, files are not checked, nor classes when the
 * deck has a stylesheet.
 */
export function checkAppearance(deck: Deck, exists?: (path: string) => boolean, read?: (path: string) => string | undefined): AppearanceCheck {
  const result: AppearanceCheck = { paths: new Map(), diagnostics: [] };
  const settingsFile = deck.slides[0]?.file ?? '';
  let stylesheet: string | undefined;
  for (const key of ['css', 'logo'] as const) {
    const setting = deck.settings[key];
    if (!setting || !exists) continue;
    const target = resolveMediaPath(setting.path, settingsFile, exists);
    if (target.kind === 'local') result.paths.set(setting.path, target.path);
    else result.diagnostics.push(diagnose('BRF122', { key, path: setting.path, tried: target.kind === 'missing' ? target.tried : [] }, setting.at));
    if (key === 'css' && target.kind === 'local') stylesheet = target.path;
  }
  // A stylesheet not found or not read says nothing about its classes: better no warning than a wrong one.
  const css = deck.settings.css === undefined ? '' : stylesheet === undefined ? undefined : read?.(stylesheet);
  if (css === undefined) return result;
  const known = new Set([...KNOWN_SLIDE_CLASSES, ...classesInStylesheet(css)]);
  for (const slide of deck.slides) {
    for (const name of (slide.attributes['class'] ?? '').split(/\s+/).filter(Boolean)) {
      if (known.has(name)) continue;
      const at = slide.attributeSpans['class'] ?? firstLine(slide);
      result.diagnostics.push(diagnose('BRF121', { name, layouts: LAYOUT_CLASSES, ...(stylesheet ? { stylesheet } : {}) }, at));
    }
  }
  return result;
}
