import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/check/check-project.ts';
import { claimReviews } from '../src/provenance/claim-reviews.ts';
import { claimIds } from '../src/provenance/lock.ts';
import { describeChanges, reviewStatus, type ReviewBasis } from '../src/provenance/review-status.ts';
import { verdictText } from '../src/provenance/status-text.ts';
import { summaryLine } from '../src/report/summary-line.ts';
import type { Review } from '../src/types.ts';
import { source, textFiles, type Files } from './helpers/project.ts';

const AT = '2026-11-20T10:00:00.000Z';

/** A claim that says `text` and cites `memo` ¶1 (hash aaa) and ¶2 (hash bbb). */
const NOW: ReviewBasis = {
  text: 'Costs rose by a third',
  paragraphs: [
    { source: 'memo', paragraph: 1, hash: 'aaa' },
    { source: 'memo', paragraph: 2, hash: 'bbb' },
  ],
};

function review(over: Partial<Review> = {}): Review {
  return { claim: 'c1', verdict: 'supported', text: NOW.text, paragraphs: NOW.paragraphs, at: AT, ...over };
}

describe('reviewStatus', () => {
  it.each<[string, Review | undefined, ReviewBasis, string, string?]>([
    ['no verdict: unreviewed', undefined, NOW, 'unreviewed'],
    ['a verdict on the same words and paragraph texts holds', review(), NOW, 'supported'],
    ['an overstated verdict holds as overstated', review({ verdict: 'overstated' }), NOW, 'overstated'],
    ['an unsupported verdict holds as unsupported', review({ verdict: 'unsupported' }), NOW, 'unsupported'],
    [
      'renumbered paragraphs with the same text (a paragraph inserted above, then --fix) keep the verdict',
      review(),
      { ...NOW, paragraphs: NOW.paragraphs.map((p) => ({ ...p, paragraph: p.paragraph + 1 })) },
      'supported',
    ],
    ['edited words make it stale', review(), { ...NOW, text: 'Costs rose by half' }, 'stale', 'its words changed'],
    [
      'an edited cited paragraph makes it stale',
      review(),
      { ...NOW, paragraphs: [NOW.paragraphs[0]!, { source: 'memo', paragraph: 2, hash: 'ccc' }] },
      'stale',
      'it cites text the verdict was not given on (`memo ¶2`)',
    ],
    [
      'a newly cited paragraph makes it stale',
      review(),
      { ...NOW, paragraphs: [...NOW.paragraphs, { source: 'other', paragraph: 4, hash: 'ddd' }] },
      'stale',
      'it cites text the verdict was not given on (`other ¶4`)',
    ],
    ['a paragraph no longer cited makes it stale', review(), { ...NOW, paragraphs: [NOW.paragraphs[0]!] }, 'stale', 'it no longer cites `memo ¶2`'],
    [
      'both sides changed: both said',
      review({ verdict: 'overstated' }),
      { text: 'Costs rose', paragraphs: [{ source: 'memo', paragraph: 1, hash: 'zzz' }] },
      'stale',
      'its words changed; it cites text the verdict was not given on (`memo ¶1`); it no longer cites `memo ¶2`',
    ],
  ])('%s', (_, given, now, kind, changes) => {
    const status = reviewStatus(given, () => now);
    expect(status.kind).toBe(kind);
    if (status.kind === 'stale') expect(describeChanges(status.changes)).toBe(changes);
  });

  it('says what a verdict was, when, with its note, and for a stale one what it was given on', () => {
    expect(verdictText(reviewStatus(undefined, () => NOW))).toBeUndefined();
    expect(verdictText(reviewStatus(review({ verdict: 'overstated', note: 'says always' }), () => NOW))).toBe('Marked `overstated` on 2026-11-20. Note: “says always”.');
    expect(verdictText(reviewStatus(review(), () => ({ ...NOW, text: 'Costs doubled' })))).toBe(
      'Marked `supported` on 2026-11-20; since then its words changed (it read: “Costs rose by a third”).',
    );
  });
});

const MEMO = source('Memo', 'The ministry said the plan is sound.', 'Costs rose by a third in two years, the memo notes.', 'Nothing else changed.');

function checked(slide: string, reviews: Review[] = [], extra: Files = {}) {
  const files: Files = { 'slides/01.md': slide, 'assets/sources/memo.md': MEMO, ...extra };
  return checkProject({ slideFiles: textFiles(files, 'slides'), sourceFiles: textFiles(files, 'assets/sources'), lock: { version: 1, sources: [], citations: [], reviews } });
}

/** The verdict a reviewer gave on the first claim of `slide`, as `brief review --mark` records it. */
function verdictOn(slide: string, over: Partial<Review> = {}): Review {
  const result = checked(slide);
  const first = result.reviews[0]!;
  const paragraphs = first.claim.citations.flatMap((c) => c.paragraphs).map((p) => ({ source: p.sourceId, paragraph: p.paragraph, hash: result.sources.get(p.sourceId)!.paragraphs[p.paragraph - 1]!.hash }));
  return { claim: first.id, verdict: 'supported', text: first.claim.text, paragraphs, at: AT, ...over };
}

describe('claimReviews', () => {
  const slide = '# Costs\n\n- Costs rose by a third in two years [@memo ¶2]\n- The plan stays [@memo ¶1]\n';

  it('gives every claim, on the slide and in the notes, an id and a status', () => {
    const result = checked(`${slide}\nNote:\nSay that the plan is sound [@memo ¶1].\n`);
    expect(result.reviews.map((r) => [r.claim.text, r.claim.part, r.status.kind])).toEqual([
      ['Costs rose by a third in two years', 'body', 'unreviewed'],
      ['The plan stays', 'body', 'unreviewed'],
      ['Say that the plan is sound.', 'notes', 'unreviewed'],
    ]);
    expect(result.reviews.map((r) => r.id)).toEqual(claimIds(result.verification.claims));
  });

  it('finds the verdict of a claim by its id', () => {
    const verdict = verdictOn(slide);
    expect(checked(slide, [verdict]).reviews.map((r) => r.status.kind)).toEqual(['supported', 'unreviewed']);
  });

  it('finds the verdict of an edited claim, whose id changed, and shows it stale', () => {
    const verdict = verdictOn(slide, { note: 'fair' });
    const edited = slide.replace('by a third in two years', 'by a third in one year');
    const [first, second] = checked(edited, [verdict]).reviews;
    expect(first?.id).not.toBe(verdict.claim);
    expect(first?.status).toMatchObject({ kind: 'stale', review: { note: 'fair' }, changes: { text: true, changed: [], dropped: [] } });
    expect(second?.status.kind).toBe('unreviewed');
  });

  it('does not give an edited claim the verdict of another claim that cites the same paragraph in other words', () => {
    const verdict = verdictOn(slide);
    const rewritten = slide.replace('Costs rose by a third in two years', 'The memo is about money, not policy');
    expect(checked(rewritten, [verdict]).reviews.map((r) => r.status.kind)).toEqual(['unreviewed', 'unreviewed']);
  });

  it('makes a verdict stale when the cited paragraph is edited in the source', () => {
    const verdict = verdictOn(slide);
    const edited = { 'assets/sources/memo.md': MEMO.replace('by a third', 'by a quarter') };
    expect(checked(slide, [verdict], edited).reviews[0]?.status).toMatchObject({ kind: 'stale', changes: { text: false, changed: [{ sourceId: 'memo', paragraph: 2 }] } });
  });

  it('pairs each old verdict with one claim at most, the closest in words', () => {
    const verdict = verdictOn(slide);
    const two = '# Costs\n\n- Costs rose by a third in two years, it says [@memo ¶2]\n- Costs rose by a third in two years, it adds [@memo ¶2]\n';
    const statuses = claimReviews(checked(two).verification.claims, checked(two).sources, [verdict]).map((r) => r.status.kind);
    expect(statuses.sort()).toEqual(['stale', 'unreviewed']);
  });
});

describe('the check with reviews', () => {
  const slide = '---\ntitle: T\nreview: required\n---\n\n# Costs\n\n- Costs rose by a third in two years [@memo ¶2]\n- The plan stays [@memo ¶1]\n- Nothing else [@memo ¶3]\n';
  /** Each review diagnostic's code and the line of `text` it points at. */
  const located = (result: ReturnType<typeof checked>, text: string) =>
    result.diagnostics.filter((d) => d.code.startsWith('BRF31')).map((d) => `${d.code} ${'offset' in d.where ? text.slice(0, d.where.offset).split('\n').length : 0}`);

  it('with `review: required`, reports each claim without a current `supported` verdict at its line', () => {
    const supported = verdictOn(slide);
    const overstated = { ...verdictOn(slide.replace('- Costs rose by a third in two years [@memo ¶2]\n', '')), verdict: 'overstated' as const, note: 'says more' };
    const edited = slide.replace('in two years', 'in 2 years');
    const result = checked(edited, [supported, overstated]);
    expect(located(result, edited)).toEqual(['BRF311 8', 'BRF312 9', 'BRF310 10']);
    expect(result.diagnostics.find((d) => d.code === 'BRF312')?.message).toContain('The reviewer\'s note: `says more`.');
    expect(result.summary).toMatchObject({ errors: 3, claims: 3, claimsReviewed: 2, claimsStale: 1, claimsDisputed: 1 });
  });

  it('without it, reviews are counted, never reported', () => {
    const optional = slide.replace('review: required', 'review: optional');
    const result = checked(optional);
    expect(result.diagnostics.filter((d) => d.code.startsWith('BRF31'))).toEqual([]);
    expect(result.summary).toMatchObject({ errors: 0, claims: 3, claimsReviewed: 0, claimsStale: 0, claimsDisputed: 0 });
  });

  it('the summary line says how many claims are reviewed, with a lock only', () => {
    const result = checked(slide.replace('review: required\n', ''), [verdictOn(slide)]);
    expect(summaryLine(result.summary)).toMatch(/ verified\), 1 of 3 claims reviewed \(0 stale, 0 disputed\): 0 errors, /);
    const { claims, claimsReviewed, claimsStale, claimsDisputed, ...unlocked } = result.summary;
    expect([claims, claimsReviewed, claimsStale, claimsDisputed]).toEqual([3, 1, 0, 0]);
    expect(summaryLine(unlocked)).not.toContain('claims reviewed');
  });

  it('without a lock, the summary has no review counts', () => {
    const files: Files = { 'slides/01.md': slide.replace('review: required\n', ''), 'assets/sources/memo.md': MEMO };
    const result = checkProject({ slideFiles: textFiles(files, 'slides'), sourceFiles: textFiles(files, 'assets/sources') });
    expect(result.summary).not.toHaveProperty('claims');
    expect(result.reviews).toHaveLength(3);
  });

  it('refuses a `review` setting it does not know', () => {
    const result = checked(slide.replace('review: required', 'review: yes'));
    expect(result.diagnostics.map((d) => [d.code, d.message])).toContainEqual(['BRF109', 'Invalid deck front matter: `review` must be `required` or `optional`, found `yes`.']);
  });
});
