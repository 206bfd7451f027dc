import { formatDuration } from '../pacing/timing.ts';
import { escapeHtml } from '../render/escape-html.ts';
import type { HtmlSanitizer } from '../render/inert-markdown.ts';
import { renderParts } from '../render/render-parts.ts';
import { standalonePage } from '../render/standalone-page.ts';
import { plural } from '../text/plural.ts';
import type { RehearsalScript, ScriptEntry } from './script.ts';

function header(script: RehearsalScript): string {
  const last = script.entries[script.entries.length - 1]?.cumulative ?? 0;
  const planned = script.duration ? ` (${formatDuration(script.duration)} planned)` : '';
  return `${plural(script.entries.length, 'slide')}; their targets add up to ${formatDuration(last)}${planned}; notes timed at ${script.wpm} words a minute.`;
}

function timingLine(entry: ScriptEntry): string {
  const target = `${formatDuration(entry.target)}${entry.targetFromNotes ? ' (from the notes)' : ''}`;
  return `Target ${target} · ends at ${formatDuration(entry.cumulative)} · notes ${plural(entry.notesWords, 'word')}, about ${formatDuration(entry.notesSeconds)} to say`;
}

/** The script as Markdown, for the terminal or a file. */
export function formatScriptMarkdown(script: RehearsalScript): string {
  const parts = [`# Rehearsal script: ${script.title}`, '', header(script), ''];
  for (const entry of script.entries) {
    parts.push(`## ${entry.number}. ${entry.title}`, '', `*${timingLine(entry)}*`, '', entry.notes || '_(no notes)_', '');
  }
  return parts.join('\n');
}

/** The script as a standalone HTML page to print or read on a tablet; notes are sanitized, citations named as `[PISM ¶4]`. */
export async function formatScriptHtml(script: RehearsalScript, sanitizer: HtmlSanitizer): Promise<string> {
  const context = { sources: script.sources, mediaPaths: new Map<string, string>(), citations: 'references' } as const;
  const rendered = await renderParts(script.entries.map((entry) => entry.notesTokens), context, sanitizer);
  const notes = rendered.map((part, i) => (script.entries[i]?.notes ? part.html : '<p><em>(no notes)</em></p>'));
  const slides = script.entries
    .map(
      (entry, i) =>
        `<section><h2>${entry.number}. ${escapeHtml(entry.title)}</h2><p class="timing">${escapeHtml(timingLine(entry))}</p>` +
        `<div class="notes">${notes[i]}</div></section>`,
    )
    .join('\n');
  return standalonePage({
    title: `Rehearsal script: ${script.title}`,
    style: SCRIPT_STYLE,
    body: `<h1>Rehearsal script: ${escapeHtml(script.title)}</h1>\n<p>${escapeHtml(header(script))}</p>\n${slides}`,
  });
}

const SCRIPT_STYLE = `
body { font: 18px/1.5 'Source Sans 3', 'Helvetica Neue', Arial, sans-serif; color: #111418; max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.8em; } h2 { font-size: 1.25em; margin: 1.6em 0 0.2em; border-bottom: 2px solid #0a4a85; }
.timing { color: #3d4450; font-size: 0.9em; margin: 0.2em 0 0.6em; }
section { break-inside: avoid; }
.katex-html { display: none; } /* a formula as the browser's own MathML: KaTeX's fonts and stylesheet are the deck's */
`;
