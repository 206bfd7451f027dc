import { countsLine } from '../provenance/review-counts.ts';
import type { LedgerEntry, ReviewLedger } from '../provenance/review-ledger.ts';
import { verdictText } from '../provenance/status-text.ts';
import { MAX_NOTE_LENGTH, VERDICTS } from '../provenance/mark-review.ts';
import { escapeHtml } from './escape-html.ts';
import { REVIEW_STYLE, REVIEW_STYLE_HASH } from './review-page-style.ts';
import { markedText } from './source-reader.ts';
import { standalonePage } from './standalone-page.ts';

/** In the dev server, where the page's buttons send verdicts, and the token that shows a verdict came from this page. */
export interface VerdictForm {
  action: string;
  token: string;
}

/** Where the page is read: a file (`brief review --format html`), or the dev server, with forms once there is a lock to keep verdicts in. */
export type ReviewPageUse = { kind: 'file' } | { kind: 'dev-server'; form: VerdictForm } | { kind: 'dev-server-unlocked' };

const HOW: Record<ReviewPageUse['kind'], string> = {
  file:
    'Record a verdict with <code>brief review --mark ID=supported</code> (or <code>overstated</code>, <code>unsupported</code>), and <code>--note "…"</code> to say why; or on the <code>/review</code> page of <code>brief dev</code>.',
  'dev-server': 'Read each claim against the paragraphs it cites, then record a verdict: it is saved in <code>brief.lock.json</code>.',
  'dev-server-unlocked': 'There is no <code>brief.lock.json</code> yet, which verdicts are kept in: run <code>brief lock</code>, then reload this page to record them here.',
};

/**
 * The review ledger as a page: each claim beside the full text of the
 * paragraphs it cites, quoted words marked. Self-contained (its stylesheet
 * inline, admitted by hash) and script-free, so it reads as well printed or
 * sent as a file. In the dev server, each claim has buttons that post a
 * verdict (and a note) back: plain forms, no script.
 */
export function reviewPage(ledger: ReviewLedger, use: ReviewPageUse): string {
  const form = use.kind === 'dev-server' ? use.form : undefined;
  const policy = reviewPagePolicy(form !== undefined);
  let slide: number | undefined;
  const body: string[] = [];
  for (const entry of ledger.entries) {
    if (entry.slide.number !== slide) {
      slide = entry.slide.number;
      body.push(`<h2>Slide ${slide}${entry.slide.title ? `: ${escapeHtml(entry.slide.title)}` : ''}</h2>`);
    }
    body.push(claimHtml(entry, form));
  }
  if (ledger.entries.length === 0) body.push('<p class="none">The deck makes no claims: no bullet, paragraph, table row or blockquote carries a citation.</p>');
  if (ledger.voiced.length) {
    const items = ledger.voiced.map(({ statement, at }) => `<li><code>${escapeHtml(`${at.file}:${at.line}:${at.column}`)}</code> ${statement.voice}${statement.note ? ` (${escapeHtml(statement.note)})` : ''}: ${escapeHtml(statement.text)}</li>`);
    body.push(`<h2>In the briefer's own voice</h2><ul class="voiced">${items.join('')}</ul>`);
  }
  return standalonePage({
    title: `Review: ${ledger.title}`,
    policy,
    style: REVIEW_STYLE,
    body: `<header>
<h1>Review: ${escapeHtml(ledger.title)}</h1>
<p class="counts">${escapeHtml(countsLine(ledger.counts))}</p>
<p class="how">${HOW[use.kind]}</p>
</header>
<main>
${body.join('\n')}
</main>`,
  });
}

/**
 * The page's Content-Security-Policy: its own stylesheet and nothing else;
 * forms may post only to the page's own server, and only when it has them.
 */
export function reviewPagePolicy(withForms: boolean): string {
  return `default-src 'none'; style-src ${REVIEW_STYLE_HASH}; base-uri 'none'; form-action ${withForms ? "'self'" : "'none'"}`;
}

function claimHtml(entry: LedgerEntry, form: VerdictForm | undefined): string {
  const { id, claim, status } = entry;
  const where = `${entry.at.file}:${entry.at.line}:${entry.at.column}`;
  const verdict = verdictText(status);
  const cited = entry.cited.map(
    ({ source, paragraph, quoted }) =>
      `<figure class="cited"><figcaption>${escapeHtml(source.id)} ¶${paragraph.number} <span>${escapeHtml(source.meta.title)}</span></figcaption>` +
      `<p>${markedText(paragraph.text, quoted)}</p></figure>`,
  );
  return (
    `<article class="claim" id="claim-${escapeHtml(id)}" data-status="${status.kind}">` +
    `<div class="claim-side">` +
    `<p class="claim-meta"><code>${escapeHtml(id)}</code> <span class="status status-${status.kind}">${status.kind}</span> ${escapeHtml(where)}${claim.part === 'notes' ? ', in the speaker notes' : ''}</p>` +
    `<blockquote class="claim-text">${escapeHtml(claim.markdown)}</blockquote>` +
    (verdict ? `<p class="verdict">${withCode(verdict)}</p>` : '') +
    entry.accepted.map((d) => `<p class="accepted">Accepted ${d.code} (${withCode(d.message)}): “${escapeHtml(d.accepted ?? '')}”</p>`).join('') +
    (form ? verdictForm(entry, form) : '') +
    `</div>` +
    `<div class="source-side">${cited.join('') || '<p class="none">No cited paragraph could be read.</p>'}</div>` +
    `</article>`
  );
}

function verdictForm({ id, status }: LedgerEntry, form: VerdictForm): string {
  const note = status.kind === 'unreviewed' ? '' : (status.review.note ?? '');
  const current = status.kind === 'unreviewed' || status.kind === 'stale' ? undefined : status.kind;
  const buttons = VERDICTS.map((verdict) => `<button type="submit" name="verdict" value="${verdict}" aria-pressed="${verdict === current}">${verdict[0]?.toUpperCase()}${verdict.slice(1)}</button>`);
  return (
    `<form method="post" action="${escapeHtml(form.action)}">` +
    `<input type="hidden" name="token" value="${escapeHtml(form.token)}"><input type="hidden" name="claim" value="${escapeHtml(id)}">` +
    `<label>Note <input type="text" name="note" maxlength="${MAX_NOTE_LENGTH}" value="${escapeHtml(note)}"></label>${buttons.join('')}</form>`
  );
}

/** Escaped text with `backticked` values as code. */
function withCode(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}
