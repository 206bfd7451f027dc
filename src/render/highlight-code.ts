import { createRequire } from 'node:module';
import type { HLJSApi } from 'highlight.js';
import { escapeHtml } from './escape-html.ts';

/**
 * Past this many characters a code block is shown as it is, not highlighted:
 * a highlighter's regular expressions are not all linear, and a listing
 * this long is not read on a slide.
 */
export const MAX_HIGHLIGHTED_CODE = 20_000;

/** highlight.js and its common languages take 25–45 ms to load: loaded by the first fenced block, not by every build (see tex.ts). */
const require = createRequire(import.meta.url);
const highlighter = (): HLJSApi => require('highlight.js/lib/common') as HLJSApi;

/**
 * A fenced code block's HTML, highlighted at build time by highlight.js
 * when its language is one it knows: spans with `hljs-*` classes, which
 * each theme colours (theme/code.css), so the deck needs no script for it
 * and prints the same. Unknown languages and over-long blocks stay plain.
 */
export function highlightedCode(code: string, lang: string | undefined): string | undefined {
  if (!lang || code.length > MAX_HIGHLIGHTED_CODE) return undefined;
  const hljs = highlighter();
  if (!hljs.getLanguage(lang)) return undefined;
  const { value } = hljs.highlight(code, { language: lang, ignoreIllegals: true });
  return `<pre><code class="hljs language-${escapeHtml(lang)}">${value}\n</code></pre>\n`;
}
