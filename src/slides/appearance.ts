/**
 * What a deck may look like: the kit's themes and the layout classes every
 * theme styles (src/deck/theme/). A deck chooses with `theme:` in its front
 * matter and `<!-- .slide: class="two-column" -->` on a slide.
 */
export const THEMES = ['briefing', 'briefing-dark'] as const;
export const DEFAULT_THEME = 'briefing';

/** The layouts README.md documents, with a screenshot each (docs/layouts/). */
export const LAYOUT_CLASSES = ['two-column', 'image-right', 'quote', 'section', 'big-number'] as const;

/** Other slide classes the themes style: the title slide, and the sources slide the kit adds. */
const THEME_CLASSES = ['title-slide', 'sources-slide'];

/** Every slide class the kit's themes style. */
export const KNOWN_SLIDE_CLASSES: ReadonlySet<string> = new Set([...LAYOUT_CLASSES, ...THEME_CLASSES]);

/** The classes a stylesheet's selectors name (`.reveal section.my-layout` names `my-layout`), comments aside. */
export function classesInStylesheet(css: string): Set<string> {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""');
  // A class name starts with a letter, `_` or `-`: `.5em` is a number. A file name in a `url()` may add a name no slide uses, which is harmless.
  return new Set([...code.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)].map((match) => match[1] as string));
}
