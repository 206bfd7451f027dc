import type { Span } from '../types.ts';
import type { Drift } from './drift.ts';

/** One ¶ reference to rewrite: `¶3` → `¶4` at its place in a slide file. */
export interface FixEdit {
  span: Span;
  /** The reference as the check read it, and what to write instead. */
  from: string;
  to: string;
}

/** The rewrites `brief check --fix` makes: the ¶ references of moved and relocated citations, where certain; nothing else. */
export function fixesOf(drift: Drift): FixEdit[] {
  return drift.citations
    .flatMap((c) => c.ranges)
    .flatMap((range) => (range.fixed === undefined ? [] : [{ span: range.span, from: range.label, to: range.fixed }]))
    .sort((a, b) => (a.span.file < b.span.file ? -1 : a.span.file > b.span.file ? 1 : a.span.offset - b.span.offset));
}

/** A text with the edits made, given offsets into that same text. */
export function applyEdits(text: string, edits: readonly FixEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.span.offset - a.span.offset)) {
    out = out.slice(0, edit.span.offset) + edit.to + out.slice(edit.span.offset + edit.span.length);
  }
  return out;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A slide file's bytes with the edits made and every other byte kept. The
 * check read the file with its byte order mark dropped and `\r\n` and `\r`
 * made `\n` (project/read-text.ts), so its offsets are mapped back onto the
 * file as it is. The caller makes sure the file still holds what the check read.
 */
export function applyEditsToBytes(bytes: Uint8Array, edits: readonly FixEdit[]): Uint8Array {
  const raw = decoder.decode(bytes);
  const rawEdits: FixEdit[] = [];
  let at = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  let read = 0;
  for (const edit of [...edits].sort((a, b) => a.span.offset - b.span.offset)) {
    // Each character the check read is one of the file's, except `\r\n`, which it read as one `\n`.
    for (; read < edit.span.offset && at < raw.length; read++) at += raw[at] === '\r' && raw[at + 1] === '\n' ? 2 : 1;
    rawEdits.push({ ...edit, span: { ...edit.span, offset: at } });
  }
  return new TextEncoder().encode(applyEdits(raw, rawEdits));
}
