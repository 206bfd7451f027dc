import { quotedRuns } from '../text/quoted-runs.ts';
import { countsLine } from './review-counts.ts';
import type { LedgerEntry, ReviewLedger } from './review-ledger.ts';
import { verdictText } from './status-text.ts';

/** Characters Markdown would read as syntax in a source's text: escaped so the text reads as written. */
const MARKDOWN_SYNTAX = /[\\`*_[\]<]/g;

/** The ledger as Markdown, to read in a terminal or anywhere Markdown is shown: each claim, its status, and what it cites in full. */
export function formatLedgerMarkdown(ledger: ReviewLedger): string {
  const lines = [`# Review: ${ledger.title}`, '', countsLine(ledger.counts), '', 'Record a verdict with `brief review --mark ID=supported` (or `overstated`, `unsupported`), and `--note "…"` to say why.', ''];
  let slide: number | undefined;
  for (const entry of ledger.entries) {
    if (entry.slide.number !== slide) {
      slide = entry.slide.number;
      lines.push(`## Slide ${slide}${entry.slide.title ? `: ${entry.slide.title}` : ''}`, '');
    }
    lines.push(...claimLines(entry));
  }
  if (ledger.voiced.length) {
    lines.push('## In the briefer\'s own voice', '');
    for (const { statement, at } of ledger.voiced) lines.push(`- \`${at.file}:${at.line}:${at.column}\` ${statement.voice}${statement.note ? ` (${statement.note})` : ''}: ${statement.text}`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function claimLines(entry: LedgerEntry): string[] {
  const where = `\`${entry.at.file}:${entry.at.line}:${entry.at.column}\`${entry.claim.part === 'notes' ? ', in the speaker notes' : ''}`;
  const verdict = verdictText(entry.status);
  const lines = [`### ${entry.id} · ${entry.status.kind}`, '', where, '', quoted(entry.claim.markdown), ''];
  if (verdict) lines.push(verdict, '');
  for (const d of entry.accepted) lines.push(`Accepted ${d.code} (${d.message}): “${d.accepted}”`, '');
  if (entry.cited.length) lines.push('It cites:', '');
  for (const { source, paragraph, quoted: pieces } of entry.cited) {
    lines.push(`- **${source.id} ¶${paragraph.number}** (${escapeMarkdown(source.meta.title)})`, '', indent(quoted(markQuoted(paragraph.text, pieces))), '');
  }
  return lines;
}

/** The text with each quoted piece in bold, the rest escaped. */
function markQuoted(text: string, pieces: readonly { start: number; end: number }[]): string {
  return quotedRuns(text, pieces)
    .map((run) => (run.quoted ? `**${escapeMarkdown(run.text)}**` : escapeMarkdown(run.text)))
    .join('');
}

function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SYNTAX, '\\$&');
}

function quoted(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

function indent(text: string): string {
  return text.replace(/^/gm, '  ');
}
