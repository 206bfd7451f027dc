import { createRequire } from 'node:module';
import type Katex from 'katex';

/**
 * KaTeX takes 20–35 ms to load, most of a small deck's check: it is loaded
 * by the first formula a deck has, not by every check and build. (Node
 * keeps a module once loaded: later calls only look it up.)
 */
const require = createRequire(import.meta.url);
const katex = (): typeof Katex => require('katex') as typeof Katex;

/**
 * KaTeX, as the deck uses it: HTML for the eye (KaTeX's CSS and fonts are
 * bundled with the deck, so a formula needs no script and no network, and
 * prints as shown) and MathML for screen readers. With `trust` off, KaTeX
 * makes no link and no other markup from the TeX it is given, and escapes
 * it. The check typesets each formula as the deck will, to report one that
 * cannot be (check/math-rules.ts).
 */
const OPTIONS = {
  output: 'htmlAndMathml',
  trust: false,
  // Unicode text in math mode is fine on a slide; KaTeX would otherwise warn on the console.
  strict: 'ignore',
  maxExpand: 1000,
  maxSize: 20,
} as const;

/** A formula's HTML; one KaTeX cannot read is shown as written, in the theme's error colour, with KaTeX's message as its title. */
export function typesetTex(tex: string, display: boolean): string {
  try {
    return katex().renderToString(tex, { ...OPTIONS, displayMode: display, throwOnError: false, errorColor: 'var(--math-error)' });
  } catch (error) {
    // Not a TeX error (KaTeX shows those itself): a formula nested so deep that it overflows the stack.
    return `<code class="math-error" title="${escapeAttribute(`Cannot typeset: ${String(error)}`)}">${escapeAttribute(tex)}</code>`;
  }
}

/** Why KaTeX cannot typeset a formula, in its words; undefined when it can. */
export function texProblem(tex: string, display: boolean): string | undefined {
  try {
    katex().renderToString(tex, { ...OPTIONS, displayMode: display, throwOnError: true });
    return undefined;
  } catch (error) {
    return error instanceof katex().ParseError ? error.rawMessage : String(error);
  }
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
