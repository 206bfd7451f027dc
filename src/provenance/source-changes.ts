import type { LockedSource, Source } from '../types.ts';
import { alignParagraphs, gapOf, moveReason, type Alignment } from './align-paragraphs.ts';
import { similarity } from './word-diff.ts';

/**
 * How alike an old paragraph and a new one must be (see `similarity`) for the
 * new one to count as the old one edited, rather than another paragraph: a
 * reworded sentence scores about 0.9, half of a paragraph split in two or
 * two paragraphs merged 2/3, unrelated paragraphs of one document 0.2 to 0.4
 * (their common small words). Chosen from test/provenance-drift.test.ts.
 */
export const EDITED_SIMILARITY = 0.5;

/** Where an old paragraph's text is now: at one place (and why it moved), at several, or nowhere. */
export type Whereabouts = { kind: 'at'; index: number; reason: string } | { kind: 'several'; indexes: number[] } | { kind: 'nowhere' };

/** A source as locked and as it is now, lined up: what both `brief check`'s drift and `brief sources diff` read. */
export class SourceChanges {
  readonly alignment: Alignment;

  constructor(
    readonly locked: LockedSource,
    readonly current: Source,
  ) {
    this.alignment = alignParagraphs(
      locked.paragraphs.map((p) => p.hash),
      current.paragraphs.map((p) => p.hash),
    );
  }

  /** The old paragraph a citation locked as ¶`n` with `hash` was: by number, or, if the lock numbered it otherwise, by its hash when only one has it. */
  oldIndexOf(n: number, hash: string): number | undefined {
    if (this.locked.paragraphs[n - 1]?.hash === hash) return n - 1;
    const places = indexesWith(this.locked.paragraphs, hash);
    return places.length === 1 ? places[0] : undefined;
  }

  /** Where an old paragraph's unchanged text stands now: lined up, or else found once anywhere (a reordering); at several places when its text was copied. */
  whereabouts(oldIndex: number): Whereabouts {
    const hash = this.locked.paragraphs[oldIndex]?.hash ?? '';
    const places = indexesWith(this.current.paragraphs, hash);
    const aligned = this.alignment.newIndexOf[oldIndex];
    // Lined up, it is that one; unless its text now occurs more often than it did, and the lining up is a guess.
    if (aligned !== undefined && places.length <= indexesWith(this.locked.paragraphs, hash).length) {
      return { kind: 'at', index: aligned, reason: moveReason(this.alignment, oldIndex, aligned) };
    }
    if (places.length === 1) return { kind: 'at', index: places[0] as number, reason: moveReason(this.alignment, oldIndex, places[0] as number) };
    return places.length > 1 ? { kind: 'several', indexes: places } : { kind: 'nowhere' };
  }

  /**
   * The new paragraph most like an old one whose text is gone, if one is
   * alike enough to be it edited: first among those standing where it stood,
   * then among all new paragraphs no old one lines up with. Ties go to the
   * nearer one.
   */
  counterpartOf(oldIndex: number): number | undefined {
    const before = this.locked.paragraphs[oldIndex]?.text ?? '';
    const unmatched = this.current.paragraphs.map((_, i) => i).filter((i) => this.alignment.oldIndexOf[i] === undefined);
    for (const candidates of [gapOf(this.alignment, oldIndex), unmatched]) {
      let best: { index: number; score: number } | undefined;
      for (const index of candidates) {
        const score = similarity(before, this.current.paragraphs[index]?.text ?? '');
        const nearer = best && score === best.score && Math.abs(index - oldIndex) < Math.abs(best.index - oldIndex);
        if (score >= EDITED_SIMILARITY && (!best || score > best.score || nearer)) best = { index, score };
      }
      if (best) return best.index;
    }
    return undefined;
  }
}

function indexesWith(paragraphs: readonly { hash: string }[], hash: string): number[] {
  const found: number[] = [];
  paragraphs.forEach((p, i) => {
    if (p.hash === hash) found.push(i);
  });
  return found;
}
