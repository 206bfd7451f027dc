import { hash } from 'node:crypto';
import type { Claim, Lock } from '../types.ts';

/** The provenance lock, at the project root (a deck in `decks/` has its own in its folder), committed with the briefing. */
export { LOCK_FILE } from '../project/decks.ts';

function claimDigest(file: string, text: string): string {
  return hash('sha256', `${file}\n${text}`);
}

function idOf(digest: string, occurrence: number): string {
  const id = `c${digest.slice(0, 8)}`;
  return occurrence === 0 ? id : `${id}-${occurrence + 1}`;
}

/**
 * The lock as a file: stable order (sources by id, citations by file and
 * key, reviews by claim) and one entry per line, so that a change to the
 * briefing is a readable diff of the lock.
 */
export function serializeLock(lock: Lock): string {
  const line = (value: unknown) => JSON.stringify(value);
  const byKey = <T>(key: (item: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  const sources = [...lock.sources].sort(byKey((s) => s.id)).map((source) => {
    const paragraphs = source.paragraphs.map((p) => `        ${line(p)}`).join(',\n');
    return `    {"id": ${line(source.id)}, "hash": ${line(source.hash)}, "paragraphs": [\n${paragraphs}\n    ]}`;
  });
  const citations = [...lock.citations].sort(byKey((c) => `${c.file}\u0000${c.key}`)).map((c) => `    ${line(c)}`);
  const reviews = [...lock.reviews].sort(byKey((r) => r.claim)).map((r) => `    ${line(r)}`);
  const list = (items: string[]) => (items.length ? `[\n${items.join(',\n')}\n  ]` : '[]');
  return `{\n  "version": 1,\n  "sources": ${list(sources)},\n  "citations": ${list(citations)},\n  "reviews": ${list(reviews)}\n}\n`;
}

/**
 * The ids of a deck's claims, in order. A claim's id is short, stable while
 * its file and words stay the same (its citations' ¶ numbers are not part of
 * it, so `brief check --fix` keeps it), and told apart from an identical
 * claim earlier in the file by its occurrence. What a reviewer types:
 * `brief review --mark c3f2a1b9=supported`.
 */
export function claimIds(claims: readonly Claim[]): string[] {
  // Identical claims are told apart by their whole digest, a short key for what may be a paragraph of notes.
  const seen = new Map<string, number>();
  return claims.map((claim) => {
    const digest = claimDigest(claim.span.file, claim.text);
    const occurrence = seen.get(digest) ?? 0;
    seen.set(digest, occurrence + 1);
    return idOf(digest, occurrence);
  });
}
