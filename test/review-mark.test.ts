import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/check/check-project.ts';
import { markClaim, noteText } from '../src/provenance/mark-review.ts';
import { reviewLedger } from '../src/provenance/review-ledger.ts';
import { formatLedgerMarkdown } from '../src/provenance/review-markdown.ts';
import { reviewNote } from '../src/render/review-note.ts';
import { reviewPage } from '../src/render/review-page.ts';
import type { Lock } from '../src/types.ts';
import { source, textFiles, type Files } from './helpers/project.ts';

const EMPTY: Lock = { version: 1, sources: [], citations: [], reviews: [] };
const AT = new Date('2026-11-26T09:30:00Z');

const FILES: Files = {
  'slides/01.md': '# Costs\n\n- Costs rose by "a third" [@memo ¶2]\n- The plan <b>stays</b> [@memo ¶1]\n\nNote:\nSay the plan is sound [@memo ¶1].\n',
  'assets/sources/memo.md': source('Memo <script>', 'The ministry said the plan is sound & <kept>.', 'Costs rose by a third in two years, the memo notes.'),
};

function check(files: Files, lock: Lock = EMPTY) {
  return checkProject({ slideFiles: textFiles(files, 'slides'), sourceFiles: textFiles(files, 'assets/sources'), lock });
}

describe('markClaim', () => {
  const result = check(FILES);
  const [costs, plan] = result.reviews;

  it('records the verdict bound to the claim\'s words and its cited paragraphs\' hashes', () => {
    const outcome = markClaim(EMPTY, result.reviews, result.sources, { claim: costs!.id, verdict: 'supported', note: '  fair,\n  as the memo says ' }, AT);
    expect(outcome.kind).toBe('marked');
    if (outcome.kind !== 'marked') return;
    const hash = result.sources.get('memo')!.paragraphs[1]!.hash;
    expect(outcome.lock.reviews).toEqual([
      { claim: costs!.id, verdict: 'supported', note: 'fair, as the memo says', text: 'Costs rose by "a third"', paragraphs: [{ source: 'memo', paragraph: 2, hash }], at: '2026-11-26T09:30:00.000Z' },
    ]);
    expect(outcome.was.kind).toBe('unreviewed');
    expect(check(FILES, outcome.lock).reviews.map((r) => r.status.kind)).toEqual(['supported', 'unreviewed', 'unreviewed']);
  });

  it('replaces an earlier verdict on the claim, and keeps the others', () => {
    const first = markClaim(EMPTY, result.reviews, result.sources, { claim: costs!.id, verdict: 'supported' }, AT);
    const second = first.kind === 'marked' ? markClaim(first.lock, check(FILES, first.lock).reviews, result.sources, { claim: plan!.id, verdict: 'overstated' }, AT) : first;
    const third = second.kind === 'marked' ? markClaim(second.lock, check(FILES, second.lock).reviews, result.sources, { claim: costs!.id, verdict: 'unsupported', note: 'no' }, AT) : second;
    expect(third.kind === 'marked' && third.was.kind).toBe('supported');
    expect(third.kind === 'marked' && third.lock.reviews.map((r) => [r.claim, r.verdict])).toEqual([
      [plan!.id, 'overstated'],
      [costs!.id, 'unsupported'],
    ]);
  });

  it('replaces the stale verdict of an edited claim, whose id changed', () => {
    const marked = markClaim(EMPTY, result.reviews, result.sources, { claim: costs!.id, verdict: 'supported' }, AT);
    if (marked.kind !== 'marked') throw new Error('not marked');
    const edited = { ...FILES, 'slides/01.md': (FILES['slides/01.md'] as string).replace('Costs rose', 'Costs rose sharply') };
    const now = check(edited, marked.lock);
    expect(now.reviews[0]?.status.kind).toBe('stale');
    const again = markClaim(marked.lock, now.reviews, now.sources, { claim: now.reviews[0]!.id, verdict: 'overstated' }, AT);
    expect(again.kind === 'marked' && again.was.kind).toBe('stale');
    expect(again.kind === 'marked' && again.lock.reviews.map((r) => [r.claim, r.verdict])).toEqual([[now.reviews[0]!.id, 'overstated']]);
  });

  it('names the nearest id for one that is not in the deck, and changes nothing', () => {
    const typo = `${costs!.id.slice(0, -1)}${costs!.id.endsWith('0') ? '1' : '0'}`;
    expect(markClaim(EMPTY, result.reviews, result.sources, { claim: typo, verdict: 'supported' }, AT)).toEqual({ kind: 'unknown', nearest: costs!.id });
    expect(markClaim(EMPTY, result.reviews, result.sources, { claim: 'nothing-like-it-at-all', verdict: 'supported' }, AT)).toEqual({ kind: 'unknown' });
  });

  it('keeps a note on one line, and none when it is blank', () => {
    expect(noteText(' a\n\tb  ')).toBe('a b');
    expect(noteText('  \n ')).toBeUndefined();
    expect(noteText(undefined)).toBeUndefined();
  });
});

describe('the review ledger', () => {
  const result = check(FILES);
  const texts = new Map(Object.entries(FILES));
  const ledger = reviewLedger(result, texts);

  it('lists each claim with its place and the paragraphs it cites, quoted words marked', () => {
    expect(ledger.entries.map((e) => [e.id, `${e.at.file}:${e.at.line}:${e.at.column}`, e.claim.part, e.cited.map((c) => `${c.source.id} ¶${c.paragraph.number}`)])).toEqual([
      [result.reviews[0]!.id, 'slides/01.md:3:1', 'body', ['memo ¶2']],
      [result.reviews[1]!.id, 'slides/01.md:4:1', 'body', ['memo ¶1']],
      [result.reviews[2]!.id, 'slides/01.md:7:1', 'notes', ['memo ¶1']],
    ]);
    expect(ledger.entries[0]?.cited[0]?.quoted).toEqual([{ start: 14, end: 21 }]);
  });

  it('as Markdown: the status, the claim as written, the cited text in full with quoted words in bold, source text escaped', () => {
    const markdown = formatLedgerMarkdown(ledger);
    expect(markdown).toContain(`### ${result.reviews[0]!.id} · unreviewed\n\n\`slides/01.md:3:1\`\n\n> - Costs rose by "a third" [@memo ¶2]\n`);
    expect(markdown).toContain('  > Costs rose by **a third** in two years, the memo notes.');
    expect(markdown).toContain('  > The ministry said the plan is sound & \\<kept>.');
    expect(markdown).toContain('`slides/01.md:7:1`, in the speaker notes');
    expect(markdown).toContain('3 claims: 3 unreviewed, 0 stale, 0 unsupported, 0 overstated, 0 supported.');
  });

  it('as a page: self-contained, script-free, every text escaped, forms only in the dev server', () => {
    const page = new JSDOM(reviewPage(ledger, { kind: 'file' })).window.document;
    expect(page.querySelectorAll('article.claim')).toHaveLength(3);
    expect(page.querySelectorAll('script, [onerror], [onclick], link, img')).toHaveLength(0);
    expect(page.querySelectorAll('form')).toHaveLength(0);
    expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; base-uri 'none'; form-action 'none'$/);
    const second = page.querySelector(`#claim-${result.reviews[1]!.id}`);
    expect(second?.querySelector('.claim-text')?.textContent).toBe('- The plan <b>stays</b> [@memo ¶1]');
    expect(second?.querySelector('.claim-text b')).toBeNull();
    expect(second?.querySelector('.cited p')?.textContent).toBe('The ministry said the plan is sound & <kept>.');
    expect(second?.querySelector('figcaption')?.textContent).toBe('memo ¶1 Memo <script>');
    expect(page.querySelector(`#claim-${result.reviews[0]!.id} mark`)?.textContent).toBe('a third');

    const served = new JSDOM(reviewPage(ledger, { kind: 'dev-server', form: { action: '/review', token: 't"<' } })).window.document;
    const form = served.querySelector(`#claim-${result.reviews[0]!.id} form`);
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.querySelector<HTMLInputElement>('input[name=token]')?.value).toBe('t"<');
    expect([...(form?.querySelectorAll('button') ?? [])].map((b) => b.getAttribute('value'))).toEqual(['supported', 'overstated', 'unsupported']);
  });

  it('shows the warnings an author accepted on a claim, with the reason, and the statements in the briefer\'s own voice', () => {
    const files: Files = {
      'slides/01.md':
        '# China\n\n<!-- brief-accept BRF130: the "may" is said aloud -->\n- For China, a chance "to test the U.S. response" [@a ¶1]\n- We judge the test will come soon [!assessment]\n',
      'assets/sources/a.md': source('A', 'For China, this may be an opportunity to test the U.S. response to the Russian threats.'),
    };
    const ledger = reviewLedger(check(files), new Map(Object.entries(files)));
    expect(ledger.entries[0]?.accepted.map((d) => [d.code, d.accepted])).toEqual([['BRF130', 'the "may" is said aloud']]);
    expect(ledger.voiced.map(({ statement, at }) => [statement.voice, statement.text, at.line])).toEqual([['assessment', 'We judge the test will come soon', 5]]);
    const markdown = formatLedgerMarkdown(ledger);
    expect(markdown).toMatch(/Accepted BRF130 \(.+\): “the "may" is said aloud”/);
    expect(markdown).toContain("## In the briefer's own voice\n\n- `slides/01.md:5:36` assessment: We judge the test will come soon\n");
    const page = new JSDOM(reviewPage(ledger, { kind: 'file' })).window.document;
    expect(page.querySelector('.accepted')?.textContent).toMatch(/^Accepted BRF130 \(.+\): “the "may" is said aloud”$/);
    expect(page.querySelector('.voiced li')?.textContent).toBe('slides/01.md:5:36 assessment: We judge the test will come soon');
  });

  it('tells the speaker view how a slide\'s claims are reviewed', () => {
    const marked = markClaim(EMPTY, result.reviews, result.sources, { claim: result.reviews[0]!.id, verdict: 'supported' }, AT);
    const reviews = check(FILES, marked.kind === 'marked' ? marked.lock : EMPTY).reviews;
    const aside = new JSDOM(reviewNote(reviews)).window.document.querySelector('aside');
    expect(aside?.className).toBe('notes review-status');
    expect(aside?.textContent).toBe('Review: 1 of 3 claims supported; 2 unreviewed.');
    expect(reviewNote([])).toBe('');
  });
});
