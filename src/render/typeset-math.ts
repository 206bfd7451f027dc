import katex from 'katex';
import { escapeHtml } from './escape-html.ts';

/**
 * A formula typeset by KaTeX at build time: HTML for the eye (KaTeX's CSS
 * and fonts are bundled with the deck, so it needs no script and no
 * network, and prints as shown) and MathML for screen readers. KaTeX
 * escapes the TeX it is given and, with `trust` off, makes no link and no
 * other markup from it. A formula KaTeX cannot read is shown as written, in
 * the theme's error colour, with KaTeX's message as its title.
 */
export function typesetMath(tex: string, display: boolean): string {
  try {
    return katex.renderToString(tex, {
      displayMode: display,
      output: 'htmlAndMathml',
      throwOnError: false,
      errorColor: 'var(--math-error)',
      trust: false,
      // Unicode text in math mode is fine on a slide; KaTeX would otherwise warn on the console.
      strict: 'ignore',
      maxExpand: 1000,
      maxSize: 20,
    });
  } catch (error) {
    // Not a TeX error (those are shown by KaTeX itself): a formula nested so deep that it overflows the stack.
    return `<code class="math-error" title="${escapeHtml(`Cannot typeset: ${String(error)}`)}">${escapeHtml(tex)}</code>`;
  }
}
