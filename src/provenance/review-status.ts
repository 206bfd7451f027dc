import type { ParagraphRef, Review, ReviewChanges, ReviewStatus } from '../types.ts';

/** A claim as a verdict is bound to it: its words and its cited paragraphs' hashes. */
export interface ReviewBasis {
  text: string;
  paragraphs: Review['paragraphs'];
}

/**
 * Where a claim's review stands: `unreviewed` without a verdict; the
 * verdict itself while the claim says the same words and cites the same
 * paragraph texts as when it was given; `stale` once either changed. The
 * paragraphs are compared by content hash, not by number, so a citation
 * renumbered because a paragraph was inserted above it (`brief check --fix`)
 * keeps its verdict. The one place a status is decided: the check, the
 * review page and the speaker view all ask here. The claim's basis is
 * asked for only when there is a verdict: a deck no one has reviewed yet
 * needs none read.
 */
export function reviewStatus(review: Review | undefined, now: () => ReviewBasis): ReviewStatus {
  if (!review) return { kind: 'unreviewed' };
  const changes = changesSince(review, now());
  return changes ? { kind: 'stale', review, changes } : { kind: review.verdict, review };
}

function changesSince(review: Review, now: ReviewBasis): ReviewChanges | undefined {
  const text = (p: { source: string; hash: string }) => `${p.source}\n${p.hash}`;
  const place = (p: { source: string; paragraph: number }) => `${p.source}\n${p.paragraph}`;
  const read = new Set(review.paragraphs.map(text));
  const cited = new Set(now.paragraphs.map(text));
  const changed = now.paragraphs.filter((p) => !read.has(text(p)));
  // A paragraph edited in place is reported once, as changed, not also as dropped.
  const changedPlaces = new Set(changed.map(place));
  const dropped = review.paragraphs.filter((p) => !cited.has(text(p)) && !changedPlaces.has(place(p)));
  const textChanged = review.text !== now.text;
  if (!textChanged && changed.length === 0 && dropped.length === 0) return undefined;
  return { text: textChanged, changed: changed.map(refOf), dropped: dropped.map(refOf) };
}

function refOf(p: { source: string; paragraph: number }): ParagraphRef {
  return { sourceId: p.source, paragraph: p.paragraph };
}

/** What made a verdict stale, as a clause: `its words changed; it no longer cites `harbour-review ¶2``. */
export function describeChanges(changes: ReviewChanges): string {
  const cited = (refs: ReviewChanges['changed']) => refs.map((ref) => `\`${ref.sourceId} ¶${ref.paragraph}\``).join(', ');
  return [
    changes.text ? 'its words changed' : undefined,
    changes.changed.length ? `it cites text the verdict was not given on (${cited(changes.changed)})` : undefined,
    changes.dropped.length ? `it no longer cites ${cited(changes.dropped)}` : undefined,
  ]
    .filter(Boolean)
    .join('; ');
}
