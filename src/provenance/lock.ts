import { createHash } from 'node:crypto';
import type { Claim } from '../types.ts';

/** The provenance lock, at the project root, committed with the briefing. */
export const LOCK_FILE = 'brief.lock.json';

/** A source paragraph as it was when the lock was written. */
export interface LockedParagraph {
  /** Its ¶ number. */
  n: number;
  /** `SourceParagraph.hash`: its normalised text's hash. */
  hash: string;
  /** Its first words, so that a person reading a diff of the lock knows which paragraph this is. */
  start: string;
}

export interface LockedSource {
  id: string;
  /** A hash of the whole body: the paragraphs' hashes in order. */
  hash: string;
  paragraphs: LockedParagraph[];
}

/**
 * A quotation's anchor, in the spirit of the W3C Web Annotation
 * TextQuoteSelector: the exact words and about 32 characters either side of
 * them in the paragraph they were verified in.
 */
export interface QuoteAnchor {
  source: string;
  paragraph: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** One citation on a slide, as it was when the lock was written. */
export interface LockedCitation {
  /** Survives line moves: the claim's id, the citation as written, and which of its kind in the claim it is. */
  key: string;
  /** The id of the claim that carries it (see `claimId`). */
  claim: string;
  file: string;
  /** The citation as written, `[@udhr ¶3]`. */
  text: string;
  /** Every paragraph it cites, with that paragraph's hash then. */
  cited: { source: string; paragraph: number; hash: string }[];
  quotations: QuoteAnchor[];
}

export type Verdict = 'supported' | 'overstated' | 'unsupported';

/** A reviewer's verdict on a claim, bound to what they read: stale when the claim's text or a cited paragraph changes. */
export interface Review {
  claim: string;
  verdict: Verdict;
  note?: string;
  /** The claim's text when the verdict was given. */
  text: string;
  /** The cited paragraphs' hashes when the verdict was given. */
  paragraphs: { source: string; paragraph: number; hash: string }[];
  /** When, as an ISO 8601 date and time. */
  at: string;
}

export interface Lock {
  version: 1;
  sources: LockedSource[];
  citations: LockedCitation[];
  reviews: Review[];
}

/**
 * A claim's id: short, stable while its file and words stay the same (its
 * citations' ¶ numbers are not part of it, so `brief check --fix` keeps it),
 * and told apart from an identical claim earlier in the file by `occurrence`.
 * What a reviewer types: `brief review --mark c3f2a1b9=supported`.
 */
export function claimId(file: string, text: string, occurrence: number): string {
  const id = `c${createHash('sha256').update(`${file}\n${text}`).digest('hex').slice(0, 8)}`;
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

/** The ids of a deck's claims, in order: identical claims in one file are numbered by occurrence. */
export function claimIds(claims: readonly Claim[]): string[] {
  const seen = new Map<string, number>();
  return claims.map((claim) => {
    const key = `${claim.span.file}\n${claim.text}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return claimId(claim.span.file, claim.text, occurrence);
  });
}
