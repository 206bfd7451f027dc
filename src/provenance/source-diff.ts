import type { SourceChanges } from './source-changes.ts';
import { wordDiff } from './word-diff.ts';

/** One paragraph's change since the lock; numbers are ¶ numbers, `from` in the lock, `to` now. */
export type ParagraphChange =
  | { kind: 'moved'; from: number; to: number; text: string }
  | { kind: 'edited'; from: number; to: number; diff: string }
  | { kind: 'added'; to: number; text: string }
  | { kind: 'removed'; from: number; text: string };

export interface SourceDiff {
  /** In the order of the source as it is now; a removed paragraph where it stood. */
  changes: ParagraphChange[];
  unchanged: number;
}

/**
 * What changed in a source since the lock, paragraph by paragraph: moved
 * (same text, another number), edited (its new text is the most alike in its
 * place), removed, added. A paragraph merged into another shows as that one
 * edited, once for each paragraph merged.
 */
export function sourceDiff(changes: SourceChanges): SourceDiff {
  const placed: { change: ParagraphChange; at: number }[] = [];
  const accounted = new Set<number>();
  let unchanged = 0;
  let lastNew = -1;
  changes.locked.paragraphs.forEach((old, oldIndex) => {
    const where = changes.whereabouts(oldIndex);
    const to = where.kind === 'at' ? where.index : where.kind === 'several' ? nearest(where.indexes, oldIndex) : undefined;
    if (to !== undefined) {
      accounted.add(to);
      if (changes.alignment.newIndexOf[oldIndex] !== undefined) lastNew = to;
      if (to === oldIndex) unchanged++;
      else placed.push({ change: { kind: 'moved', from: old.n, to: to + 1, text: old.start }, at: to });
      return;
    }
    const counterpart = changes.counterpartOf(oldIndex);
    if (counterpart === undefined) {
      // Where it stood: just after the last paragraph before it that is still there.
      placed.push({ change: { kind: 'removed', from: old.n, text: old.text }, at: lastNew + 0.5 });
      return;
    }
    accounted.add(counterpart);
    const now = changes.current.paragraphs[counterpart]?.text ?? '';
    placed.push({ change: { kind: 'edited', from: old.n, to: counterpart + 1, diff: wordDiff(old.text, now) }, at: counterpart });
  });
  changes.current.paragraphs.forEach((paragraph, index) => {
    if (!accounted.has(index)) placed.push({ change: { kind: 'added', to: paragraph.number, text: paragraph.text }, at: index });
  });
  return { changes: placed.sort((a, b) => a.at - b.at).map((p) => p.change), unchanged };
}

function nearest(indexes: readonly number[], to: number): number {
  return indexes.reduce((best, i) => (Math.abs(i - to) < Math.abs(best - to) ? i : best));
}
