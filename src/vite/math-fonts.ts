import type { Plugin } from 'vite';

/** A KaTeX font's older formats in its stylesheet: `, url(fonts/KaTeX_Main-Regular.woff) format("woff")` and the same for `.ttf`. */
const OLDER_FORMATS = /,\s*url\(\s*["']?[^)"']*\.(?:woff|ttf)["']?\s*\)\s*format\(\s*["'](?:woff|truetype)["']\s*\)/g;

/**
 * KaTeX's stylesheet offers each of its 20 fonts as WOFF2, WOFF and
 * TrueType, and Vite would bundle all three: a megabyte, of which every
 * browser that runs the deck reads only the WOFF2. This leaves the WOFF2 in
 * the stylesheet, so the deck ships 300 KB of math fonts, loaded only when
 * a slide shows math.
 */
export function mathFonts(): Plugin {
  return {
    name: 'briefing-kit:math-fonts',
    // Before Vite's own CSS plugin resolves the stylesheet's URLs into files to bundle.
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]katex[\\/]dist[\\/]katex(?:\.min)?\.css(?:\?|$)/.test(id)) return undefined;
      return { code: code.replace(OLDER_FORMATS, ''), map: null };
    },
  };
}
