import { createHash } from 'node:crypto';

/**
 * The review page's stylesheet: one `<style>` element, admitted by its hash
 * in the page's Content-Security-Policy (review-page.ts), so the page needs
 * no file beside it and runs under a policy that allows nothing else.
 */
export const REVIEW_STYLE = `
:root { --ink: #111418; --muted: #3d4450; --rule: #c9d1dc; --accent: #0a4a85; --quoted: #ffd84d; }
body { font: 17px/1.5 'Source Sans 3', 'Helvetica Neue', Arial, sans-serif; color: var(--ink); background: #fff; margin: 2em auto; padding: 0 1.5em; max-width: 78em; }
h1 { font-size: 1.8em; margin: 0 0 0.2em; }
h2 { font-size: 1.3em; margin: 1.8em 0 0.6em; border-bottom: 3px solid var(--accent); }
.counts, .how { color: var(--muted); margin: 0.2em 0; }
.claim { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0 2em; padding: 1em 0; border-top: 1px solid var(--rule); break-inside: avoid; }
.claim-meta { margin: 0 0 0.5em; color: var(--muted); }
.claim-meta code { color: var(--ink); font-weight: 600; }
.status { display: inline-block; padding: 0 0.5em; border-radius: 3px; font-weight: 600; color: #fff; }
.status-unreviewed { background: #4a5261; }
.status-stale { background: #8a4b00; }
.status-unsupported { background: #a1121c; }
.status-overstated { background: #9a3a00; }
.status-supported { background: #1d6b2f; }
.claim-text { margin: 0 0 0.6em; padding: 0.4em 0.8em; border-left: 4px solid var(--accent); background: #f3f6fa; white-space: pre-wrap; }
.verdict { margin: 0 0 0.6em; }
.accepted { margin: 0 0 0.6em; color: var(--muted); }
.cited { margin: 0 0 0.8em; }
.cited figcaption { font-weight: 600; }
.cited figcaption span { font-weight: 400; color: var(--muted); }
.cited p { margin: 0.2em 0 0; white-space: pre-wrap; }
mark { background: var(--quoted); color: var(--ink); }
.none { color: var(--muted); font-style: italic; }
form { display: flex; flex-wrap: wrap; gap: 0.4em; align-items: center; }
form label { flex: 1 1 100%; }
form input[type=text] { width: 100%; box-sizing: border-box; font: inherit; padding: 0.2em 0.4em; }
form button { font: inherit; padding: 0.2em 0.9em; border: 2px solid var(--accent); background: #fff; color: var(--accent); border-radius: 3px; cursor: pointer; }
form button[aria-pressed=true] { background: var(--accent); color: #fff; }
@media print { form { display: none; } body { margin: 0; max-width: none; font-size: 11pt; } }
@media (max-width: 50em) { .claim { grid-template-columns: minmax(0, 1fr); } }
`;

/** The stylesheet's CSP source expression. */
export const REVIEW_STYLE_HASH = `'sha256-${createHash('sha256').update(REVIEW_STYLE).digest('base64')}'`;
