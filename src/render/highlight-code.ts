import hljs from 'highlight.js/lib/common';
import { escapeHtml } from './escape-html.ts';

/**
 * Past this many characters a code block is shown as it is, not highlighted:
 * a highlighter's regular expressions are not all linear, and a listing
 * this long is not read on a slide.
 */
export const MAX_HIGHLIGHTED_CODE = 20_000;

/**
 * A fenced code block's HTML, highlighted at build time by highlight.js
 * when its language is one it knows: spans with `hljs-*` classes, which
 * each theme colours (theme/code.css), so the deck needs no script for it
 * and prints the same. Unknown languages and over-long blocks stay plain.
 */
export function highlightedCode(code: string, lang: string | undefined): string | undefined {
  const language = lang ? hljs.getLanguage(lang) : undefined;
  if (!lang || !language || code.length > MAX_HIGHLIGHTED_CODE) return undefined;
  const { value } = hljs.highlight(code, { language: lang, ignoreIllegals: true });
  return `<pre><code class="hljs language-${escapeHtml(lang)}">${value}\n</code></pre>\n`;
}
