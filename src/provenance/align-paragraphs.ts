import { diffArrays } from 'diff';

/**
 * A source's paragraphs then (in the lock) and now, lined up by hash: the
 * longest run of paragraphs common to both, in order (an LCS diff), so that a
 * paragraph inserted, removed or reworded shifts nothing else out of place.
 * Indexes are 0-based; ¶ numbers are index + 1.
 */
export interface Alignment {
  /** For each old paragraph, the new paragraph it lines up with, if its text is unchanged and in order. */
  newIndexOf: (number | undefined)[];
  /** For each new paragraph, the old one it lines up with. */
  oldIndexOf: (number | undefined)[];
  /** Old and new paragraphs that do not line up but whose text is on the other side too: moved out of order. */
  reorderedOld: boolean[];
  reorderedNew: boolean[];
}

export function alignParagraphs(oldHashes: readonly string[], newHashes: readonly string[]): Alignment {
  const newIndexOf: (number | undefined)[] = oldHashes.map(() => undefined);
  const oldIndexOf: (number | undefined)[] = newHashes.map(() => undefined);
  let oldAt = 0;
  let newAt = 0;
  for (const change of diffArrays([...oldHashes], [...newHashes])) {
    if (change.removed) oldAt += change.count;
    else if (change.added) newAt += change.count;
    else {
      for (let k = 0; k < change.count; k++) {
        newIndexOf[oldAt + k] = newAt + k;
        oldIndexOf[newAt + k] = oldAt + k;
      }
      oldAt += change.count;
      newAt += change.count;
    }
  }
  const unmatchedOld = new Set(oldHashes.filter((_, i) => newIndexOf[i] === undefined));
  const unmatchedNew = new Set(newHashes.filter((_, i) => oldIndexOf[i] === undefined));
  return {
    newIndexOf,
    oldIndexOf,
    reorderedOld: oldHashes.map((hash, i) => newIndexOf[i] === undefined && unmatchedNew.has(hash)),
    reorderedNew: newHashes.map((hash, i) => oldIndexOf[i] === undefined && unmatchedOld.has(hash)),
  };
}

/**
 * The new paragraphs that stand where an unmatched old paragraph stood: those
 * between the new places of its nearest matched neighbours. An edited, merged
 * or split paragraph's new text is among them.
 */
export function gapOf(alignment: Alignment, oldIndex: number): number[] {
  const { newIndexOf, oldIndexOf } = alignment;
  let before = -1;
  for (let i = oldIndex - 1; i >= 0; i--) {
    const at = newIndexOf[i];
    if (at !== undefined) {
      before = at;
      break;
    }
  }
  let after = oldIndexOf.length;
  for (let i = oldIndex + 1; i < newIndexOf.length; i++) {
    const at = newIndexOf[i];
    if (at !== undefined) {
      after = at;
      break;
    }
  }
  const gap: number[] = [];
  for (let n = before + 1; n < after; n++) gap.push(n);
  return gap;
}

/** Why a paragraph unchanged in text now has another number: what happened above it, or a reordering. */
export function moveReason(alignment: Alignment, oldIndex: number, newIndex: number): string {
  const reorderedAbove = alignment.reorderedOld.slice(0, oldIndex).includes(true) || alignment.reorderedNew.slice(0, newIndex).includes(true);
  if (alignment.newIndexOf[oldIndex] !== newIndex || reorderedAbove) return 'the paragraphs were reordered';
  const added = alignment.oldIndexOf.slice(0, newIndex).filter((i) => i === undefined).length;
  const removed = alignment.newIndexOf.slice(0, oldIndex).filter((i) => i === undefined).length;
  const paragraphs = (n: number) => (n === 1 ? 'a paragraph' : `${n} paragraphs`);
  if (removed === 0) return `${paragraphs(added)} ${added === 1 ? 'was' : 'were'} inserted above it`;
  if (added === 0) return `${paragraphs(removed)} above it ${removed === 1 ? 'was' : 'were'} removed`;
  // Merged, split or rewritten: the count is what a reader can check.
  return `${paragraphs(removed)} above it ${removed === 1 ? 'was' : 'were'} replaced by ${added === 1 ? 'one' : added}`;
}
